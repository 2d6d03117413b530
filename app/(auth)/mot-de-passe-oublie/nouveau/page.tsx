// The page the reset e-mail links to: a new password, if the link is still valid.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { PasswordResetForm } from '@/components/auth/password-reset-form';
import { ButtonLink } from '@/components/ui/button-link';
import { isUserTokenUsable } from '@/lib/auth/user-tokens';
import { prisma } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Nouveau mot de passe', referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ jeton?: string }> };

export default async function NewPasswordPage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const usable = typeof jeton === 'string' && (await isUserTokenUsable(prisma, jeton, 'PASSWORD_RESET'));
  if (!usable) {
    return (
      <AuthCard title="Lien expiré" intro={'Ce lien n’est plus valable\u00a0: il a déjà servi, ou il date de plus d’une heure.'}>
        <ButtonLink href="/mot-de-passe-oublie">Demander un nouveau lien</ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Nouveau mot de passe" intro="Choisissez votre nouveau mot de passe. Vos appareils connectés seront déconnectés.">
      <PasswordResetForm token={jeton} />
    </AuthCard>
  );
}
