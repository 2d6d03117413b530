// The privacy charter in force (version, date in force), the pending version if one is announced, the
// retention table of lib/privacy/retention-rules.ts (across the page's width), and the history of
// every version.
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LegalPage } from '@/components/content/legal-page';
import { Markdown } from '@/components/content/markdown';
import { CharterHistory } from '@/components/privacy/charter-history';
import { RetentionTable } from '@/components/privacy/retention-table';
import { env } from '@/lib/env';
import { formatDate, frenchSpacing } from '@/lib/format/french';
import { pendingChange } from '@/lib/privacy/effective-date';
import { getCurrentCharter, listCharterVersions } from '@/lib/privacy/queries';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Charte de confidentialité',
    description: `Comment ${SITE_NAME} collecte, utilise et protège vos données personnelles, combien de temps il les garde, et comment exercer vos droits.`,
    path: '/confidentialite',
  });
}

export default async function CharterPage() {
  await connection();
  const now = new Date();
  const [charter, versions] = await Promise.all([getCurrentCharter(now), listCharterVersions(now)]);
  const pending = pendingChange(versions, now);
  // The retention table has five columns: it gets the page's width, the text around it keeps the
  // reading column.
  const retentionAndHistory = (
    <>
      <div className="prose-fr">
        <h2 id="durees-de-conservation">Durées de conservation, en détail</h2>
        <p>
          Chaque nuit, un traitement automatique supprime ou anonymise les données arrivées au terme de leur durée de
          conservation.
        </p>
      </div>
      <RetentionTable caption="Durée de conservation de chaque catégorie de données" />
      <div className="prose-fr">
        <h2 id="historique">Historique des versions</h2>
        <CharterHistory versions={versions} now={now} />
      </div>
    </>
  );
  return (
    <LegalPage
      title="Charte de confidentialité"
      meta={
        charter.version !== null && charter.effectiveAt
          ? `Version ${charter.version}, en vigueur depuis le ${formatDate(charter.effectiveAt)}.`
          : undefined
      }
      fullWidth={retentionAndHistory}
    >
      {pending && (
        <section aria-labelledby="version-a-venir" className="mb-8 rounded-card border border-brand-300 bg-brand-50 p-4">
          <p id="version-a-venir" className="mb-1 font-semibold text-brand-950">
            Une nouvelle version entre en vigueur le <time dateTime={pending.effectiveAt.toISOString()}>{formatDate(pending.effectiveAt)}</time>.
          </p>
          {pending.changeSummary && <p className="mb-1">{frenchSpacing(pending.changeSummary)}</p>}
          <p className="mb-0">
            <Link href={`/confidentialite/versions/${pending.version}`}>Lire la version {pending.version} et ses changements</Link>. Elle
            s’applique dès maintenant si vous envoyez une demande, créez un compte ou utilisez un autre service interactif du
            site.
          </p>
        </section>
      )}
      <Markdown source={charter.bodyMarkdown} />
    </LegalPage>
  );
}
