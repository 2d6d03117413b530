// « Mot de passe oublié »: a reset link by e-mail.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { PasswordResetRequestForm } from '@/components/auth/password-reset-request-form';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default function ForgottenPasswordPage() {
  return (
    <AuthCard
      title="Mot de passe oublié"
      intro={'Indiquez l’adresse e-mail de votre compte\u00a0: nous vous enverrons un lien pour choisir un nouveau mot de passe.'}
      footer={
        <Link href="/connexion" className="font-semibold text-brand-700 underline underline-offset-4">
          Retour à la connexion
        </Link>
      }
    >
      <PasswordResetRequestForm />
    </AuthCard>
  );
}
