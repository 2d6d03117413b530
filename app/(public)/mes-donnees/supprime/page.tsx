// Shown once a client's data is erased.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { ButtonLink } from '@/components/ui/button-link';

export const metadata: Metadata = { title: 'Données supprimées', robots: { index: false } };

export default function PersonalDataErasedPage() {
  return (
    <AuthCard
      title="Vos données sont supprimées"
      intro={
        <p role="status">
          Vos demandes et abonnements sont effacés, et vos avis sont désormais publiés sous le nom «{'\u00a0'}Client
          anonymisé{'\u00a0'}», sans votre adresse e-mail. Nous ne vous enverrons plus de message commercial.
        </p>
      }
    >
      <ButtonLink href="/" variant="secondary">
        Retour à l’accueil
      </ButtonLink>
    </AuthCard>
  );
}
