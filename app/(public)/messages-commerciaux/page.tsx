// « Ne plus recevoir de messages commerciaux »: the form anyone can use, for any address they hold.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { OptOutRequestForm } from '@/components/privacy/personal-data-opt-out-form';
import { env } from '@/lib/env';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Ne plus recevoir de messages commerciaux',
    description: 'Opposez-vous en un clic à tout message commercial de notre part.',
    path: '/messages-commerciaux',
  });
}

export default function CommercialOptOutPage() {
  const { CONTACT_EMAIL, COMPANY_NAME, COMPANY_ADDRESS } = env();
  return (
    <AuthCard
      title="Ne plus recevoir de messages commerciaux"
      wide
      intro={
        <>
          <p>
            Indiquez votre adresse{'\u00a0'}: nous y envoyons un lien de confirmation, et un clic dessus suffit pour ne plus
            recevoir aucune lettre d’information ni offre de notre part. Chaque message commercial contient aussi ce
            lien.
          </p>
          <p className="mt-2 text-sm">
            Vous pouvez également nous écrire à <a href={`mailto:${CONTACT_EMAIL}`} className="underline">{CONTACT_EMAIL}</a>{' '}
            ou par courrier à {COMPANY_NAME}, {COMPANY_ADDRESS}.
          </p>
        </>
      }
    >
      <OptOutRequestForm />
    </AuthCard>
  );
}
