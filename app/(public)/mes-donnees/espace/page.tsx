// What the site holds about the address, and the three rights exercised from here: download,
// unsubscribe from everything, erase.
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { AccountSection } from '@/components/accounts/account-section';
import { PersonalDataEraseForm } from '@/components/privacy/personal-data-erase-form';
import { PersonalDataUnsubscribeForm } from '@/components/privacy/personal-data-unsubscribe-form';
import { ButtonLink } from '@/components/ui/button-link';
import { buttonClasses } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';
import { AuthCard } from '@/components/auth/auth-card';
import { findPersonalDataSession, PERSONAL_DATA_COOKIE, summarizePersonalData } from '@/lib/privacy/personal-data';

export const metadata: Metadata = { title: 'Mes données', robots: { index: false } };

function plural(count: number, one: string, many: string): string {
  return `${count}\u00a0${count > 1 ? many : one}`;
}

export default async function PersonalDataSpacePage() {
  const session = await findPersonalDataSession((await cookies()).get(PERSONAL_DATA_COOKIE)?.value);
  if (!session) {
    return (
      <AuthCard title="Accès expiré" intro={<p>Votre accès à vos données a expiré ou n’a pas été ouvert.</p>}>
        <ButtonLink href="/mes-donnees">Demander un lien</ButtonLink>
      </AuthCard>
    );
  }
  const summary = await summarizePersonalData(session.email);
  return (
    <Container width="narrow" className="py-8 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Mes données</h1>
      <p className="mt-2 text-ink-700">
        Adresse{'\u00a0'}: <strong>{session.email}</strong>. Liées à cette adresse{'\u00a0'}:{' '}
        {plural(summary.reviews, 'avis', 'avis')}, {plural(summary.inquiries, 'demande envoyée', 'demandes envoyées')},{' '}
        {plural(summary.subscriptions, 'abonnement', 'abonnements')}, {plural(summary.notices, 'signalement', 'signalements')}.
      </p>
      {session.hasAccount && (
        <p className="mt-3 rounded-control bg-brand-50 px-3 py-2 text-sm text-ink-800">
          Cette adresse est celle d’un compte annonceur{'\u00a0'}: les données du compte (annonce, factures…) se
          téléchargent et se suppriment depuis{' '}
          <Link href="/espace/compte" className="font-medium text-brand-700 underline underline-offset-2">
            votre espace
          </Link>
          . Cette page ne couvre que ce que vous avez fait en tant que client.
        </p>
      )}
      <div className="mt-8 flex flex-col gap-6">
        <AccountSection
          id="telecharger"
          title="Télécharger mes données"
          description="Un fichier JSON avec vos avis, vos demandes et leurs réponses, vos abonnements, vos acceptations de la charte, vos oppositions et vos signalements."
        >
          <a href="/mes-donnees/export" download className={buttonClasses('secondary', 'md')}>
            Télécharger mes données
          </a>
        </AccountSection>
        <AccountSection
          id="desabonner"
          title="Me désabonner de tout"
          description="Toutes nos lettres d’information, et plus aucun message commercial à cette adresse."
        >
          <PersonalDataUnsubscribeForm />
        </AccountSection>
        <AccountSection
          id="supprimer"
          tone="danger"
          title="Supprimer mes données"
          description={'Vos demandes, abonnements et acceptations sont effacés\u00a0; vos avis restent publiés, sans votre nom ni votre adresse. Votre opposition aux messages commerciaux est gardée, pour que nous ne vous écrivions plus.'}
        >
          <PersonalDataEraseForm />
        </AccountSection>
      </div>
    </Container>
  );
}
