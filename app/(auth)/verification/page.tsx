// Where the verification and e-mail change links lead: the address is confirmed on arrival.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { ButtonLink } from '@/components/ui/button-link';
import { confirmEmailToken, type VerificationResult } from '@/lib/auth/email-verification';

export const metadata: Metadata = { title: 'Confirmation de l’adresse e-mail', referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ jeton?: string }> };

const OUTCOMES: Record<VerificationResult['kind'], { title: string; body: string }> = {
  verified: {
    title: 'Adresse e-mail confirmée',
    body: 'Merci\u00a0! Votre adresse est confirmée\u00a0: vous pourrez publier votre annonce dès qu’elle sera prête.',
  },
  email_changed: {
    title: 'Nouvelle adresse confirmée',
    body: 'Votre compte utilise désormais cette adresse. Un message a été envoyé à l’ancienne pour l’en informer.',
  },
  email_taken: {
    title: 'Adresse déjà utilisée',
    body: 'Un autre compte utilise déjà cette adresse\u00a0: votre adresse n’a pas changé.',
  },
  invalid: {
    title: 'Lien expiré',
    body: 'Ce lien n’est plus valable\u00a0: il a déjà servi ou date de plus de 24\u00a0heures. Demandez-en un nouveau depuis votre espace.',
  },
};

export default async function VerificationPage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const result = typeof jeton === 'string' && jeton.length <= 100 ? await confirmEmailToken(jeton) : { kind: 'invalid' as const };
  const outcome = OUTCOMES[result.kind];
  return (
    <AuthCard title={outcome.title} intro={<p role="status">{outcome.body}</p>}>
      <ButtonLink href="/espace/compte">Aller à mon espace</ButtonLink>
    </AuthCard>
  );
}
