// /espace/compte: everything the advertiser can see and change about their account.
import type { Metadata } from 'next';
import { AccountSection } from '@/components/accounts/account-section';
import { ContactForm } from '@/components/accounts/contact-form';
import { DeleteAccountForm } from '@/components/accounts/delete-account-form';
import { EmailChangeForm } from '@/components/accounts/email-change-form';
import { PasswordChangeForm } from '@/components/accounts/password-change-form';
import { PreferencesForm } from '@/components/accounts/preferences-form';
import { SessionsList } from '@/components/accounts/sessions-list';
import { SiretChangeForm } from '@/components/accounts/siret-change-form';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { buttonClasses } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';
import { formatFrenchPhone } from '@/lib/accounts/phone';
import { getAccountOverview } from '@/lib/accounts/queries';
import { deviceName } from '@/lib/auth/device-name';
import { requireAdvertiser } from '@/lib/auth/guards';
import { formatDate, formatDateTime, formatSiret } from '@/lib/format/french';
import { siretStatusExplanation } from '@/lib/siret/status';

export const metadata: Metadata = { title: 'Mon compte' };

const SECTIONS = [
  ['coordonnees', 'Coordonnées'],
  ['siret', 'SIRET'],
  ['connexion', 'E-mail et mot de passe'],
  ['preferences', 'Lettres et offres'],
  ['appareils', 'Appareils connectés'],
  ['donnees', 'Mes données'],
] as const;

type Props = { searchParams: Promise<{ bienvenue?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const session = await requireAdvertiser('/espace/compte');
  const { bienvenue } = await searchParams;
  const { user, sessions, newsletter } = await getAccountOverview(session.user.id);
  const profile = user.advertiser!;

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Sections de la page" className="lg:sticky lg:top-6 lg:self-start">
        <ul className="flex flex-wrap gap-2 text-sm lg:flex-col lg:gap-1">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-block rounded-control px-2 py-1 font-semibold text-brand-700 hover:bg-brand-50">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex min-w-0 flex-col gap-6">
        <header>
          <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Mon compte</h1>
          <p className="mt-1 text-ink-700">
            {profile.fullName} · inscrit le {formatDate(user.createdAt)}
          </p>
          {bienvenue && (
            <Notice tone="success" className="mt-4">
              Bienvenue&nbsp;! Votre compte est créé. Confirmez votre adresse e-mail avec le lien que nous venons de
              vous envoyer.
            </Notice>
          )}
        </header>

        <AccountSection id="coordonnees" title="Coordonnées" description="Votre adresse et votre téléphone ne sont jamais publiés sans votre accord.">
          <ContactForm
            current={{
              fullName: profile.fullName,
              addressLine: profile.addressLine,
              postalCode: profile.postalCode,
              city: profile.city,
              phone: formatFrenchPhone(profile.phone),
            }}
          />
        </AccountSection>

        <AccountSection id="siret" title="SIRET">
          <dl className="mb-5 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold text-ink-700">Numéro</dt>
            <dd className="font-mono text-ink-900">{formatSiret(profile.siret)}</dd>
            <dt className="font-semibold text-ink-700">Statut</dt>
            <dd>
              <SiretStatusBadge status={profile.siretStatus} />
              <span className="mt-1 block text-ink-600">{siretStatusExplanation(profile.siretStatus)}</span>
            </dd>
            {profile.siretRegisteredName && (
              <>
                <dt className="font-semibold text-ink-700">Nom au répertoire</dt>
                <dd className="text-ink-900">{profile.siretRegisteredName}</dd>
              </>
            )}
            {profile.siretLegalForm && (
              <>
                <dt className="font-semibold text-ink-700">Forme juridique</dt>
                <dd className="text-ink-900">{profile.siretLegalForm}</dd>
              </>
            )}
            {profile.siretCheckedAt && (
              <>
                <dt className="font-semibold text-ink-700">Vérifié le</dt>
                <dd className="text-ink-900">{formatDate(profile.siretCheckedAt)}</dd>
              </>
            )}
          </dl>
          <SiretChangeForm />
        </AccountSection>

        <AccountSection
          id="connexion"
          title="E-mail et mot de passe"
          description={
            <>
              Adresse actuelle&nbsp;: <strong>{user.email}</strong>{' '}
              {user.emailVerifiedAt ? '(confirmée)' : '(pas encore confirmée)'}. Ces changements demandent votre
              mot de passe actuel.
            </>
          }
        >
          <div className="grid gap-8 md:grid-cols-2">
            <div>
              <h3 className="mb-3 font-bold text-ink-900">Changer d’adresse e-mail</h3>
              <EmailChangeForm />
            </div>
            <div>
              <h3 className="mb-3 font-bold text-ink-900">Changer de mot de passe</h3>
              <PasswordChangeForm />
            </div>
          </div>
        </AccountSection>

        <AccountSection id="preferences" title="Lettres et offres">
          <PreferencesForm current={{ newsletter, partnerOffers: user.partnerOffersOptInAt !== null }} />
        </AccountSection>

        <AccountSection id="appareils" title="Appareils connectés" description="Un appareil que vous ne reconnaissez pas ? Déconnectez-le et changez votre mot de passe.">
          <SessionsList
            sessions={sessions.map((row) => ({
              id: row.id,
              device: deviceName(row.userAgent),
              lastSeen: formatDateTime(row.lastSeenAt),
              createdAt: formatDateTime(row.createdAt),
              current: row.id === session.id,
              rememberMe: row.rememberMe,
            }))}
          />
        </AccountSection>

        <AccountSection
          id="donnees"
          title="Mes données"
          description="Vous pouvez obtenir une copie de tout ce que nous savons de vous, à tout moment (RGPD, articles 15 et 20)."
        >
          <a href="/espace/compte/donnees" download className={buttonClasses('secondary', 'md')}>
            Télécharger mes données
          </a>
          <p className="mt-2 text-sm text-ink-600">Un fichier JSON lisible par un tableur ou un autre service.</p>
        </AccountSection>

        <AccountSection id="suppression" title="Supprimer mon compte" tone="danger">
          <div className="mb-5 grid gap-4 text-sm text-ink-800 md:grid-cols-2">
            <div>
              <h3 className="font-bold text-ink-900">Ce qui est supprimé tout de suite</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>votre annonce, dépubliée à l’instant, avec ses photos et ses statistiques&nbsp;;</li>
                <li>les avis reçus et vos réponses, les codes d’avis non utilisés&nbsp;;</li>
                <li>les demandes de vos clients&nbsp;;</li>
                <li>vos coordonnées, votre SIRET, vos connexions et vos préférences.</li>
              </ul>
            </div>
            <div>
              <h3 className="font-bold text-ink-900">Ce qui est conservé, et pourquoi</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  vos factures, avec le nom et le SIRET qui y figurent, dix ans, parce que la loi l’impose (article L123-22 du Code de commerce)&nbsp;;
                </li>
                <li>
                  une ligne du journal de sécurité indiquant qu’un compte a été supprimé, sans vos coordonnées.
                </li>
              </ul>
            </div>
          </div>
          <DeleteAccountForm />
        </AccountSection>
      </div>
    </div>
  );
}
