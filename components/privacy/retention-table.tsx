// The retention table (lib/privacy/retention-rules.ts): what, how long, from when, what happens at the
// end, and the source. Shown on /confidentialite and /admin/conservation. Five columns of prose do not
// fit a phone, so below `md` each rule is a card (a heading, then term/definition pairs); from `md` up
// it is the real table. Only one of the two is displayed, so assistive technology meets the rules once.
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { RETENTION_RULES, retentionActionLabel, retentionPeriodLabel, type RetentionRule } from '@/lib/privacy/retention-rules';
import { frenchSpacing } from '@/lib/format/french';

const COLUMNS = {
  data: 'Données',
  period: 'Durée',
  from: 'À compter de',
  action: 'Au terme',
  basis: 'Pourquoi, et sur quelle base',
} as const;

/** The date the period runs from, and what happens before it ends. */
function RuleStart({ rule }: { rule: RetentionRule }) {
  return (
    <>
      {rule.from}
      {rule.note && <span className="mt-1 block text-ink-600">{frenchSpacing(rule.note)}</span>}
    </>
  );
}

/** The purpose, then the text or guidance behind the period. */
function RuleBasis({ rule }: { rule: RetentionRule }) {
  return (
    <>
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
    </>
  );
}

const term = 'font-semibold text-ink-900';

/** Below `md`: one card per rule. Cards are titled with h3, as both pages put the rules under an h2. */
function RetentionCards({ id, caption, rules }: { id: string; caption: string; rules: RetentionRule[] }) {
  const captionId = `${id}-liste-legende`;
  return (
    <div className="md:hidden">
      <p id={captionId} className="mb-3 text-sm text-ink-700">
        {caption}
      </p>
      {/* role="list": Safari drops a list's semantics once its bullets are removed. */}
      <ul role="list" aria-labelledby={captionId} className="flex flex-col gap-3">
        {rules.map((rule) => (
          <li key={rule.data} className="rounded-card border border-ink-200 bg-white p-4">
            <h3 className="text-base font-semibold text-ink-950">{rule.data}</h3>
            <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm text-ink-800">
              <dt className={term}>{COLUMNS.period}</dt>
              <dd>{retentionPeriodLabel(rule)}</dd>
              <dt className={term}>{COLUMNS.from}</dt>
              <dd>
                <RuleStart rule={rule} />
              </dd>
              <dt className={term}>{COLUMNS.action}</dt>
              <dd>{retentionActionLabel(rule)}</dd>
              {/* The longest term and text: on a line of their own, across the card. */}
              <dt className={cx(term, 'col-span-2 mt-1')}>{COLUMNS.basis}</dt>
              <dd className="col-span-2">
                <RuleBasis rule={rule} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RetentionTable({ id = 'conservation', caption }: { id?: string; caption: string }) {
  const rules: RetentionRule[] = Object.values(RETENTION_RULES);
  return (
    <>
      <RetentionCards id={id} caption={caption} rules={rules} />
      <DataTable
        id={id}
        caption={caption}
        columns={[
          COLUMNS.data,
          COLUMNS.period,
          COLUMNS.from,
          COLUMNS.action,
          // Header cells do not wrap; this long one may, or it alone would make the table scroll at `md`.
          <span key="basis" className="whitespace-normal">
            {COLUMNS.basis}
          </span>,
        ]}
        // The narrowest room the table gets from `md` up is the back-office column beside its side
        // navigation at `lg` (44rem, border included): it fits there without scrolling.
        minWidth="min-w-[43rem]"
        className="hidden md:block"
      >
        {rules.map((rule) => (
          <tr key={rule.data}>
            <th scope="row" className={cx(cell, 'font-semibold text-ink-900')}>
              {rule.data}
            </th>
            <td className={cx(cell, 'whitespace-nowrap')}>{retentionPeriodLabel(rule)}</td>
            <td className={cell}>
              <RuleStart rule={rule} />
            </td>
            <td className={cell}>{retentionActionLabel(rule)}</td>
            {/* The longest text: a larger share of the width keeps the rows short. */}
            <td className={cx(cell, 'w-2/5')}>
              <RuleBasis rule={rule} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
