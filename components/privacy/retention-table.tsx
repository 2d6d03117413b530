// The retention table (lib/privacy/retention-rules.ts) as an accessible table: what, how long, from
// when, what happens at the end, and the source. Shown on /confidentialite and /admin/conservation.
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { RETENTION_RULES, retentionActionLabel, retentionPeriodLabel, type RetentionRule } from '@/lib/privacy/retention-rules';
import { frenchSpacing } from '@/lib/format/french';

export function RetentionTable({ id = 'conservation', caption }: { id?: string; caption: string }) {
  const rules: RetentionRule[] = Object.values(RETENTION_RULES);
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={['Données', 'Durée', 'À compter de', 'Au terme', 'Pourquoi, et sur quelle base']}
      minWidth="min-w-[52rem]"
    >
      {rules.map((rule) => (
        <tr key={rule.data}>
          <th scope="row" className={cx(cell, 'font-semibold text-ink-900')}>
            {rule.data}
          </th>
          <td className={cx(cell, 'whitespace-nowrap')}>{retentionPeriodLabel(rule)}</td>
          <td className={cell}>
            {rule.from}
            {rule.note && <span className="mt-1 block text-ink-600">{frenchSpacing(rule.note)}</span>}
          </td>
          <td className={cell}>{retentionActionLabel(rule)}</td>
          <td className={cell}>
            {frenchSpacing(rule.reason)}
            <span className="mt-1 block text-ink-600">
              Source{'\u00a0'}:{' '}
              {rule.source.url ? (
                <a href={rule.source.url} rel="noopener noreferrer" className="text-brand-700 underline hover:text-brand-900">
                  {rule.source.label}
                </a>
              ) : (
                rule.source.label
              )}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
