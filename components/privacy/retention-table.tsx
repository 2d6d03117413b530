// The retention table (lib/privacy/retention-rules.ts) as an accessible table: what, how long, from
// when, what happens at the end, and the source. Shown on /confidentialite and /admin/conservation.
import { RETENTION_RULES, retentionActionLabel, retentionPeriodLabel, type RetentionRule } from '@/lib/privacy/retention-rules';
import { frenchSpacing } from '@/lib/format/french';

const th = 'px-3 py-2 text-left text-sm font-semibold text-ink-900';
const td = 'px-3 py-2 align-top text-sm text-ink-800';

export function RetentionTable({ id = 'conservation', caption }: { id?: string; caption: string }) {
  const rules: RetentionRule[] = Object.values(RETENTION_RULES);
  return (
    <div role="region" aria-labelledby={`${id}-legende`} tabIndex={0} className="overflow-x-auto rounded-card border border-ink-200 bg-white">
      <table className="w-full min-w-[52rem] border-collapse">
        <caption id={`${id}-legende`} className="px-3 py-2 text-left text-sm text-ink-700">
          {caption}
        </caption>
        <thead className="border-b border-ink-200 bg-ink-50">
          <tr>
            <th scope="col" className={th}>Données</th>
            <th scope="col" className={th}>Durée</th>
            <th scope="col" className={th}>À compter de</th>
            <th scope="col" className={th}>Au terme</th>
            <th scope="col" className={th}>Pourquoi, et sur quelle base</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">
          {rules.map((rule) => (
            <tr key={rule.data}>
              <th scope="row" className={`${td} font-semibold text-ink-900`}>
                {rule.data}
              </th>
              <td className={`${td} whitespace-nowrap`}>{retentionPeriodLabel(rule)}</td>
              <td className={td}>
                {rule.from}
                {rule.note && <span className="mt-1 block text-ink-600">{frenchSpacing(rule.note)}</span>}
              </td>
              <td className={td}>{retentionActionLabel(rule)}</td>
              <td className={td}>
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
        </tbody>
      </table>
    </div>
  );
}
