// Shown once an advertiser has deleted their account.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { ButtonLink } from '@/components/ui/button-link';

export const metadata: Metadata = { title: 'Compte supprimé', robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <AuthCard
      title="Votre compte est supprimé"
      intro={
        <p role="status">
          Votre annonce n’est plus visible et vos données ont été effacées. Seules vos factures sont conservées
          dix ans, comme la loi l’impose. Un e-mail de confirmation vient de vous être envoyé. Merci d’avoir
          utilisé Jauto-entreprends.
        </p>
      }
    >
      <ButtonLink href="/" variant="secondary">
        Retour à l’accueil
      </ButtonLink>
    </AuthCard>
  );
}
