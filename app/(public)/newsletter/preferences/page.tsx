// /newsletter/preferences?jeton=…: reached from any newsletter without signing in (the signed link
// names the subscription). Lists every newsletter of that address: leave one, leave all, or come
// back to one left earlier. Nothing changes without a click here (link scanners only read the page).
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { PreferenceButton } from '@/components/newsletters/preference-button';
import { preferencesFor, type PreferenceList } from '@/lib/newsletters/preferences';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: 'Mes lettres d’information',
  description: 'Se désinscrire d’une lettre d’information ou de toutes.',
  path: '/newsletter/preferences',
  noindex: true,
});

type Props = { searchParams: Promise<{ jeton?: string | string[] }> };

const STATE_LABEL: Record<PreferenceList['state'], string> = {
  SUBSCRIBED: 'Abonné',
  UNSUBSCRIBED: 'Désinscrit',
  PENDING_CONFIRMATION: 'En attente de confirmation',
};

export default async function NewsletterPreferencesPage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const token = typeof jeton === 'string' ? jeton : '';
  const preferences = await preferencesFor(token);

  if (!preferences) {
    return (
      <LegalPage title="Mes lettres d’information">
        <p>
          Ce lien n’est pas valable{'\u00a0'}: ouvrez le lien «{'\u00a0'}Se désinscrire{'\u00a0'}» d’une lettre reçue, sans
          le modifier. Vous pouvez aussi{' '}
          <Link href="/messages-commerciaux">refuser tout message commercial</Link> avec votre adresse e-mail.
        </p>
      </LegalPage>
    );
  }

  const active = preferences.lists.filter((list) => list.state !== 'UNSUBSCRIBED');
  return (
    <LegalPage title="Mes lettres d’information">
      <p>
        Abonnements de l’adresse <strong>{preferences.email}</strong>. Chaque changement prend effet immédiatement.
      </p>
      <ul className="not-prose mt-6 flex flex-col gap-4">
        {preferences.lists.map((list) => (
          <li key={list.subscriptionId} className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
            <h2 className="text-lg font-semibold text-ink-950">
              {`La lettre «\u00a0${list.listName}\u00a0»`}
              {list.current && <span className="ml-2 text-sm font-normal text-ink-600">(celle de votre lien)</span>}
            </h2>
            <p className="mt-1 text-ink-700">{list.description}</p>
            <p className="mt-2 text-sm text-ink-700">
              État{'\u00a0'}: <strong>{STATE_LABEL[list.state]}</strong>
            </p>
            <div className="mt-3">
              {list.state === 'UNSUBSCRIBED' ? (
                <PreferenceButton
                  token={token}
                  subscription={list.subscriptionId}
                  choice="reinscrire"
                  variant="secondary"
                  label={`Me réabonner à «\u00a0${list.listName}\u00a0»`}
                />
              ) : (
                <PreferenceButton
                  token={token}
                  subscription={list.subscriptionId}
                  choice="desinscrire"
                  label={`Me désinscrire de «\u00a0${list.listName}\u00a0»`}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <div className="not-prose mt-6">
          <PreferenceButton token={token} subscription="all" choice="desinscrire" variant="secondary" label="Me désinscrire de toutes les lettres" />
        </div>
      )}
      <p className="mt-8">
        Pour ne plus recevoir aucun message commercial de notre part, quel qu’il soit{'\u00a0'}:{' '}
        <Link href="/messages-commerciaux">ne plus recevoir de messages commerciaux</Link>. Les messages liés à votre
        compte ou à vos demandes (sécurité, facturation) restent envoyés.
      </p>
    </LegalPage>
  );
}
