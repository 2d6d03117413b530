// « Voir les données »: the numbers behind a chart as a table, one row a bar or a day, so that they
// can be read exactly and by every assistive technology.
import type { ReactNode } from 'react';

export type ChartDataRow = { key: string; label: ReactNode; values: ReactNode[] };

type ChartDataProps = {
  /** The chart's title, which names the table. */
  title: string;
  /** The first column's heading, then one per numeric column. */
  labelHeading: string;
  valueHeadings: string[];
  rows: ChartDataRow[];
};

export function ChartData({ title, labelHeading, valueHeadings, rows }: ChartDataProps) {
  return (
    <details className="text-sm">
      <summary className="inline-flex min-h-9 cursor-pointer items-center rounded-control font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
        Voir les données
      </summary>
      <div className="mt-2 overflow-hidden rounded-control border border-ink-200">
        <table className="w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-ink-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold text-ink-800">
                {labelHeading}
              </th>
              {valueHeadings.map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2 text-right font-semibold text-ink-800">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-ink-100">
                <th scope="row" className="px-3 py-1.5 font-normal text-ink-800">
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td key={valueHeadings[index]} className="px-3 py-1.5 text-right text-ink-900 tabular-nums">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
