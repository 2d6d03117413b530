// The page the e-mailed link opens: a button uses the single-use link and opens a 30-minute session.
import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { PersonalDataOpenForm } from '@/components/privacy/personal-data-open-form';
import { ButtonLink } from '@/components/ui/button-link';
import { isPersonalDataLinkValid } from '@/lib/privacy/personal-data';

export const metadata: Metadata = { title: 'Accéder à mes données', robots: { index: false } };

export default async function PersonalDataAccessPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === 'string' && jeton.length <= 100 ? jeton : null;
  if (!token || !(await isPersonalDataLinkValid(token))) {
    return (
      <AuthCard title="Lien expiré" intro={<p>Ce lien a déjà servi ou a expiré (il est valable une heure).</p>}>
        <ButtonLink href="/mes-donnees">Demander un nouveau lien</ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Accéder à mes données"
      intro={<p>Pour votre sécurité, l’accès dure 30{'\u00a0'}minutes et ce lien ne sert qu’une fois.</p>}
    >
      <PersonalDataOpenForm token={token} />
    </AuthCard>
  );
}
