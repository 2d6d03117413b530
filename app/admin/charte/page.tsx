// Back-office: publish a new version of the privacy charter (Markdown, preview, diff, substantial
// flag, summary) and see every version with its dates.
import type { Metadata } from 'next';
import { CharterEditor } from '@/components/privacy/charter-editor';
import { CharterHistory } from '@/components/privacy/charter-history';
import { Notice } from '@/components/ui/notice';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format/french';
import { getLatestCharterText, listCharterVersions } from '@/lib/privacy/queries';

export const metadata: Metadata = { title: 'Charte de confidentialité · Administration' };

type PageProps = { searchParams: Promise<{ publiee?: string | string[] }> };

export default async function AdminCharterPage({ searchParams }: PageProps) {
  await requireAdmin('/admin/charte');
  const { publiee } = await searchParams;
  const now = new Date();
  const [latest, versions] = await Promise.all([getLatestCharterText(), listCharterVersions(now)]);
  const published = typeof publiee === 'string' ? versions.find((version) => String(version.version) === publiee) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Charte de confidentialité</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Chaque publication crée une nouvelle version, visible dans l’historique public. Une modification substantielle
        est annoncée sur la page d’accueil et n’entre en vigueur qu’un mois plus tard.
      </p>
      {published && (
        <Notice tone="success" className="mt-4">
          Version {published.version} publiée, en vigueur {published.effectiveAt > now ? 'le' : 'depuis le'}{' '}
          {formatDate(published.effectiveAt)}.
        </Notice>
      )}
      <section aria-labelledby="nouvelle-version" className="mt-8">
        <h2 id="nouvelle-version" className="text-xl font-semibold">
          Nouvelle version
        </h2>
        <div className="mt-4">
          {/* Remounted after each publication: the next version starts from the one just published. */}
          <CharterEditor key={latest.version ?? 0} previousVersion={latest.version} previousText={latest.bodyMarkdown} />
        </div>
      </section>
      <section aria-labelledby="versions" className="mt-10">
        <h2 id="versions" className="text-xl font-semibold">
          Versions publiées
        </h2>
        <div className="mt-4 text-sm text-ink-800">
          <CharterHistory versions={versions} now={now} />
        </div>
      </section>
    </>
  );
}
