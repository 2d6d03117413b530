// /mes-donnees: clients and visitors without an account ask for a link to their data.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { PersonalDataRequestForm } from '@/components/privacy/personal-data-request-form';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Mes données',
    description: 'Téléchargez, désabonnez ou supprimez les données liées à votre adresse e-mail\u00a0: avis, demandes envoyées, abonnements.',
    path: '/mes-donnees',
  });
}

export default function PersonalDataPage() {
  return (
    <AuthCard
      title="Mes données"
      wide
      intro={
        <>
          <p>
            Vous avez laissé un avis, envoyé une demande à un professionnel ou vous êtes abonné à nos lettres{'\u00a0'}?
            Indiquez votre adresse e-mail{'\u00a0'}: nous vous envoyons un lien pour télécharger vos données, vous
            désabonner de tout ou demander leur suppression.
          </p>
          <p className="mt-2 text-sm">
            Vous êtes annonceur{'\u00a0'}? Les données de votre compte se gèrent depuis{' '}
            <Link href="/espace/compte" className="font-medium text-brand-700 underline underline-offset-2">
              votre espace
            </Link>
            .
          </p>
        </>
      }
    >
      <PersonalDataRequestForm />
    </AuthCard>
  );
}
