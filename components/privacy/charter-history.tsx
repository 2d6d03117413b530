// The list of charter versions, newest first: number, dates, kind of change, summary, and a link to
// each one's text with its diff.
import Link from 'next/link';
import { formatDate, frenchSpacing } from '@/lib/format/french';
import type { CharterVersionSummary } from '@/lib/privacy/queries';

function status(version: CharterVersionSummary, now: Date, inForce: number | null): string {
  if (version.effectiveAt > now) return `à venir, en vigueur le ${formatDate(version.effectiveAt)}`;
  if (version.version === inForce) return `en vigueur depuis le ${formatDate(version.effectiveAt)}`;
  return `en vigueur à partir du ${formatDate(version.effectiveAt)}`;
}

export function CharterHistory({ versions, now }: { versions: CharterVersionSummary[]; now: Date }) {
  if (versions.length === 0) return <p>La charte n’a pas encore été modifiée depuis sa première version.</p>;
  const inForce = versions.find((version) => version.effectiveAt <= now)?.version ?? null;
  return (
    <ol className="list-none pl-0">
      {versions.map((version) => (
        <li key={version.id} className="mb-4 border-l-4 border-brand-200 pl-3">
          <Link href={`/confidentialite/versions/${version.version}`} className="font-semibold">
            Version {version.version}
          </Link>{' '}
          — publiée le {formatDate(version.publishedAt)}, {status(version, now, inForce)}.{' '}
          <span className="text-ink-600">
            {version.changeKind === 'SUBSTANTIAL' ? 'Modification substantielle.' : 'Modification mineure.'}
          </span>
          {version.changeSummary && <span className="block">{frenchSpacing(version.changeSummary)}</span>}
        </li>
      ))}
    </ol>
  );
}
