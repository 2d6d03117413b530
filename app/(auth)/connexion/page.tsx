// « Connexion » to the advertiser's space (and the team's back-office).
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Notice } from '@/components/ui/notice';
import { redirectIfSignedIn } from '@/lib/auth/guards';
import { safeNextPath } from '@/lib/auth/next-path';

export const metadata: Metadata = { title: 'Connexion' };

const NOTICES: Record<string, string> = {
  deconnecte: 'Vous êtes déconnecté. À bientôt\u00a0!',
  reinitialise: 'Votre mot de passe est changé. Connectez-vous avec le nouveau.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = typeof params.next === 'string' ? safeNextPath(params.next) : undefined;
  await redirectIfSignedIn(next);
  const notice = Object.keys(NOTICES).find((key) => params[key] !== undefined);
  return (
    <AuthCard
      title="Connexion"
      intro={next ? 'Connectez-vous pour accéder à cette page.' : 'Accédez à votre espace annonceur.'}
      footer={
        <>
          Pas encore de compte&nbsp;?{' '}
          <Link href="/inscription" className="font-semibold text-brand-700 underline underline-offset-4">
            Créer un compte annonceur
          </Link>
        </>
      }
    >
      {notice && (
        <Notice tone="success" className="mb-5">
          {NOTICES[notice]}
        </Notice>
      )}
      <SignInForm next={next} />
    </AuthCard>
  );
}
