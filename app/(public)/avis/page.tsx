// /avis: a client redeems the review code a professional handed them (?code= comes from the QR code or
// the e-mailed link and only prefills the field) and publishes one verified review.
import type { Metadata } from 'next';
import Link from 'next/link';
import { RedeemFlow } from '@/components/reviews/redeem-flow';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Container } from '@/components/ui/container';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Donner votre avis',
    description: 'Vous avez reçu un code d’évaluation d’un professionnel ? Saisissez-le pour publier votre avis vérifié.',
    path: '/avis',
    noindex: true,
  }),
  // The code in the address must not travel to other sites in the Referer header.
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function ReviewRedemptionPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const initialCode = typeof code === 'string' ? code.slice(0, 40) : '';
  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Donner votre avis' }]} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-brand-950">Donner votre avis</h1>
      <p className="mt-3 max-w-prose text-ink-800">
        Seuls les clients à qui un professionnel a remis un code d’évaluation peuvent déposer un avis&nbsp;: chaque
        code ne sert qu’une fois. C’est ce que garantit la mention{' '}
        <Link href="/avis-verifies" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
          «&nbsp;Avis vérifié&nbsp;»
        </Link>
        .
      </p>
      <RedeemFlow initialCode={initialCode} />
    </Container>
  );
}
