// /newsletter/confirmer?jeton=…: the second step of the double opt-in of the « Clients » newsletter.
import type { Metadata } from 'next';
import { NewsletterConfirmForm } from '@/components/reviews/newsletter-confirm-form';
import { LegalPage } from '@/components/content/legal-page';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Confirmer votre inscription à la newsletter',
  description: 'Confirmez votre inscription à la newsletter Clients.',
  path: '/newsletter/confirmer',
  noindex: true,
});

type Props = { searchParams: Promise<{ jeton?: string | string[] }> };

export default async function NewsletterConfirmPage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const token = typeof jeton === 'string' ? jeton : '';
  return (
    <LegalPage title="Confirmer votre inscription">
      {token ? (
        <>
          <p>
            Vous avez demandé à recevoir la newsletter «&nbsp;Clients&nbsp;» (nouveaux services près de chez vous,
            conseils pour bien choisir un professionnel). Confirmez-le pour que votre inscription compte.
          </p>
          <NewsletterConfirmForm token={token} />
        </>
      ) : (
        <p>Ce lien est incomplet. Ouvrez le lien reçu par e-mail, sans le modifier.</p>
      )}
    </LegalPage>
  );
}
