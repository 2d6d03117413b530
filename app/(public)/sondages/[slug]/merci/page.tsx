// After answering: thanks, and nothing more to do.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { getPublicSurvey } from '@/lib/surveys/queries';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Merci pour vos réponses', robots: { index: false, follow: false } };

export default async function SurveyThanksPage({ params }: Props) {
  const survey = await getPublicSurvey((await params).slug);
  if (!survey) notFound();
  return (
    <Container width="narrow" className="flex flex-col items-start gap-4 py-12 sm:py-16">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{`Sondage «\u00a0${survey.title}\u00a0»`}</p>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Merci pour vos réponses&nbsp;!</h1>
      <p className="text-ink-800">
        Elles sont enregistrées et nous aideront à améliorer le site. Vous ne serez plus invité à ce sondage.
      </p>
      <ButtonLink href="/" variant="secondary">
        Retour à l’accueil
      </ButtonLink>
    </Container>
  );
}
