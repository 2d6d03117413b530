// The reports of the retention purge: when, how it was started, what was deleted or anonymised per
// kind of data, and the errors.
import { cx } from '@/components/ui/cx';
import { cell, DataTable, rowHeaderCell } from '@/components/ui/data-table';
import { formatDateTime, formatNumber } from '@/lib/format/french';
import { RETENTION_RULES } from '@/lib/privacy/retention-rules';

type Run = { id: string; trigger: 'SCHEDULED' | 'MANUAL'; startedAt: Date; finishedAt: Date | null; purged: unknown; error: string | null };

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
    <DataTable
      id="purges"
      caption="Rapports des purges, de la plus récente à la plus ancienne"
      columns={['Début', 'Lancement', 'Traité', 'Erreurs']}
      minWidth="min-w-[44rem]"
    >
      {runs.map((run) => (
        <tr key={run.id}>
          <th scope="row" className={cx(rowHeaderCell, 'whitespace-nowrap')}>
            <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt)}</time>
            {!run.finishedAt && <span className="block text-warning-800">En cours ou interrompue</span>}
          </th>
          <td className={cell}>{run.trigger === 'MANUAL' ? 'Manuel' : 'Automatique'}</td>
          <td className={cell}>
            <Counts purged={run.purged} />
          </td>
          <td className={cx(cell, 'whitespace-pre-line')}>
            {run.error ? <span className="text-danger-700">{run.error}</span> : <span className="text-ink-600">Aucune</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
