// One question's results as horizontal bars drawn in SVG on the server (the style of the statistics
// charts): choices on the left, counts and shares on the right. Assistive technologies read the
// SVG's <title> and <desc> (every count in one sentence); « Voir les données » opens the same table.
import { ChartData } from '@/components/stats/chart-data';
import { plural } from '@/lib/format/french';
import type { ChoiceCount } from '@/lib/surveys/results';

type SurveyResultChartProps = {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  title: string;
  counts: ChoiceCount[];
  /** Responses that answered the question: the base of the percentages. */
  answered: number;
};

const ROW = 10;

function percent(count: number, base: number): number {
  return base === 0 ? 0 : Math.round((count / base) * 100);
}

function description(counts: ChoiceCount[], answered: number): string {
  if (answered === 0) return 'Personne n’a encore répondu à cette question.';
  const parts = counts.map(
    (entry) => `${entry.label}\u00a0: ${plural(entry.count, 'réponse')} (${percent(entry.count, answered)}\u00a0%)`,
  );
  return `${plural(answered, 'personne a répondu', 'personnes ont répondu')}. ${parts.join('\u00a0; ')}.`;
}

export function SurveyResultChart({ id, title, counts, answered }: SurveyResultChartProps) {
  const max = Math.max(1, ...counts.map((entry) => entry.count));
  const height = counts.length * ROW;
  const titleId = `${id}-titre`;
  const descId = `${id}-description`;
  return (
    <figure className="flex flex-col gap-2">
      <div className="grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)_4.5rem] gap-x-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_5.5rem]">
        <ul aria-hidden="true" className="flex flex-col text-sm text-ink-800">
          {counts.map((entry) => (
            <li key={entry.label} className="flex h-8 items-center truncate" title={entry.label}>
              {entry.label}
            </li>
          ))}
        </ul>
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 100 ${height}`}
          preserveAspectRatio="none"
          className="h-full w-full border-l border-ink-400"
          style={{ height: `${counts.length * 2}rem` }}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description(counts, answered)}</desc>
          {counts.map((entry, index) =>
            entry.count > 0 ? (
              <rect
                key={entry.label}
                x={0}
                y={index * ROW + ROW * 0.2}
                width={(entry.count / max) * 100}
                height={ROW * 0.6}
                className="fill-brand-600"
              />
            ) : null,
          )}
        </svg>
        <ul aria-hidden="true" className="flex flex-col text-right text-sm text-ink-700 tabular-nums">
          {counts.map((entry) => (
            <li key={entry.label} className="flex h-8 items-center justify-end">
              {`${entry.count} · ${percent(entry.count, answered)}\u00a0%`}
            </li>
          ))}
        </ul>
      </div>
      <ChartData
        title={title}
        labelHeading="Réponse"
        valueHeadings={['Nombre', 'Part']}
        rows={counts.map((entry) => ({ key: entry.label, label: entry.label, values: [entry.count, `${percent(entry.count, answered)}\u00a0%`] }))}
      />
    </figure>
  );
}
