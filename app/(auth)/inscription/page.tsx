// « Créer mon compte »: advertisers sign up with their SIRET.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/accounts/sign-up-form';
import { redirectIfSignedIn } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Créer un compte annonceur' };

export default async function SignUpPage() {
  await redirectIfSignedIn();
  return (
    <AuthCard
      wide
      title="Créer un compte annonceur"
      intro={
        <p>
          Deux minutes suffisent. Votre SIRET est vérifié auprès du répertoire officiel des entreprises, et votre
          adresse n’est jamais publiée. Le paiement de l’abonnement vient ensuite, au moment de publier.
        </p>
      }
      footer={
        <>
          Déjà inscrit&nbsp;?{' '}
          <Link href="/connexion" className="font-semibold text-brand-700 underline underline-offset-4">
            Se connecter
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
