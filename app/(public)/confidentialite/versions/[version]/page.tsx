// One version of the charter, past, in force or announced: its text, its dates, and what changed
// since the version before it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LegalPage } from '@/components/content/legal-page';
import { Markdown } from '@/components/content/markdown';
import { CharterDiff } from '@/components/privacy/charter-diff';
import { formatDate, frenchSpacing } from '@/lib/format/french';
import { diffLines } from '@/lib/privacy/line-diff';
import { getCharterVersion } from '@/lib/privacy/queries';
import { pageMetadata } from '@/lib/seo/metadata';

type PageProps = { params: Promise<{ version: string }> };

function versionNumber(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { version } = await params;
  return pageMetadata({
    title: `Charte de confidentialité, version ${version}`,
    description: `Le texte de la version ${version} de la charte de confidentialité et ses changements par rapport à la version précédente.`,
    path: `/confidentialite/versions/${version}`,
    noindex: true,
  });
}

export default async function CharterVersionPage({ params }: PageProps) {
  await connection();
  const number = versionNumber((await params).version);
  const now = new Date();
  const found = number === null ? null : await getCharterVersion(number, now);
  if (!found) notFound();
  const when =
    found.effectiveAt > now
      ? `entre en vigueur le ${formatDate(found.effectiveAt)}`
      : `en vigueur à partir du ${formatDate(found.effectiveAt)}`;
  return (
    <LegalPage
      title={`Charte de confidentialité, version ${found.version}`}
      meta={`Publiée le ${formatDate(found.publishedAt)}, ${when}. ${found.changeKind === 'SUBSTANTIAL' ? 'Modification substantielle.' : 'Modification mineure.'}`}
    >
      <p>
        <Link href="/confidentialite">Version en vigueur et historique</Link>
      </p>
      {found.changeSummary && <p className="font-semibold">{frenchSpacing(found.changeSummary)}</p>}
      {found.previous && (
        <section aria-labelledby="changements" className="mb-10">
          <h2 id="changements">Changements depuis la version {found.previous.version}</h2>
          <CharterDiff lines={diffLines(found.previous.bodyMarkdown, found.bodyMarkdown)} labelledBy="changements" />
        </section>
      )}
      <h2 id="texte">Texte de la version {found.version}</h2>
      <Markdown source={found.bodyMarkdown} />
    </LegalPage>
  );
}
