// The reports of the retention purge: when, how it was started, what was deleted or anonymised per
// kind of data, and the errors.
import { formatDateTime, formatNumber } from '@/lib/format/french';
import { RETENTION_RULES } from '@/lib/privacy/retention-rules';

type Run = { id: string; trigger: 'SCHEDULED' | 'MANUAL'; startedAt: Date; finishedAt: Date | null; purged: unknown; error: string | null };

const th = 'px-3 py-2 text-left text-sm font-semibold text-ink-900 whitespace-nowrap';
const td = 'px-3 py-2 align-top text-sm text-ink-800';

function kindLabel(kind: string): string {
  if (kind === 'inactivityWarnings') return 'Avertissements d’inactivité envoyés';
  return kind in RETENTION_RULES ? RETENTION_RULES[kind as keyof typeof RETENTION_RULES].data : kind;
}

function Counts({ purged }: { purged: unknown }) {
  const entries = Object.entries((purged ?? {}) as Record<string, number>).filter(([, count]) => count > 0);
  if (entries.length === 0) return <span className="text-ink-600">Rien à échéance</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {entries.map(([kind, count]) => (
        <li key={kind}>
          {kindLabel(kind)}{'\u00a0'}: <strong>{formatNumber(count)}</strong>
        </li>
      ))}
    </ul>
  );
}

export function RetentionRunsTable({ runs }: { runs: Run[] }) {
  return (
    <div role="region" aria-labelledby="purges-legende" tabIndex={0} className="overflow-x-auto rounded-card border border-ink-200 bg-white">
      <table className="w-full min-w-[44rem] border-collapse">
        <caption id="purges-legende" className="px-3 py-2 text-left text-sm text-ink-700">
          Rapports des purges, de la plus récente à la plus ancienne
        </caption>
        <thead className="border-b border-ink-200 bg-ink-50">
          <tr>
            <th scope="col" className={th}>Début</th>
            <th scope="col" className={th}>Lancement</th>
            <th scope="col" className={th}>Traité</th>
            <th scope="col" className={th}>Erreurs</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row" className={`${td} font-normal whitespace-nowrap`}>
                <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt)}</time>
                {!run.finishedAt && <span className="block text-warning-800">En cours ou interrompue</span>}
              </th>
              <td className={td}>{run.trigger === 'MANUAL' ? 'Manuel' : 'Automatique'}</td>
              <td className={td}>
                <Counts purged={run.purged} />
              </td>
              <td className={`${td} whitespace-pre-line`}>
                {run.error ? <span className="text-danger-700">{run.error}</span> : <span className="text-ink-600">Aucune</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
