// The period's totals, as a list of figures above the charts.
import { formatNumber } from '@/lib/format/french';

export type StatTotal = { label: string; value: number };

export function StatTotals({ totals }: { totals: StatTotal[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {totals.map((total) => (
        <div key={total.label} className="flex flex-col-reverse rounded-card border border-ink-200 bg-white p-4 shadow-card">
          <dt className="text-sm font-medium text-ink-700">{total.label}</dt>
          <dd className="text-3xl font-bold text-brand-950 tabular-nums">{formatNumber(total.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
