// A per-day chart drawn on the server as SVG (no chart library, no script): bars or a line, round
// gridlines, French day labels. Assistive technologies read its <title> and <desc> (total and best
// day), and « Voir les données » opens the same numbers as a table.
import { cx } from '@/components/ui/cx';
import { plural } from '@/lib/format/french';
import { ChartData } from './chart-data';
import { chartTicks } from './chart-scale';
import { longDay, shortDay } from './dates';

export type DailyPoint = { day: Date; value: number };

export type ChartUnit = { one: string; many: string; none: string };

type DailyChartProps = {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  title: string;
  points: DailyPoint[];
  /** French wording of the counted thing: { one: 'vue', many: 'vues', none: 'Aucune vue' }. */
  unit: ChartUnit;
  kind?: 'bar' | 'line';
};

/** Each day takes 10 units of width and the height is 100: the SVG stretches to its box. */
const SLOT = 10;
const HEIGHT = 100;

function summary(points: DailyPoint[], unit: ChartUnit): string {
  const total = points.reduce((sum, point) => sum + point.value, 0);
  const first = points[0];
  const last = points[points.length - 1];
  const span = first && last ? ` du ${longDay(first.day)} au ${longDay(last.day)}` : '';
  if (total === 0) return `${unit.none} sur la période${span}.`;
  const best = points.reduce((top, point) => (point.value > top.value ? point : top));
  return (
    `${plural(total, unit.one, unit.many)} au total${span}. ` +
    `Meilleur jour\u00a0: ${plural(best.value, unit.one, unit.many)} le ${longDay(best.day)}.`
  );
}

/** Where the day labels go: the first and last day and two in between, never crowded on a phone. */
function labelIndexes(count: number): number[] {
  if (count <= 1) return count === 1 ? [0] : [];
  return [...new Set([0, Math.round((count - 1) / 3), Math.round(((count - 1) * 2) / 3), count - 1])];
}

export function DailyChart({ id, title, points, unit, kind = 'bar' }: DailyChartProps) {
  const ticks = chartTicks(Math.max(0, ...points.map((point) => point.value)));
  const max = ticks[ticks.length - 1];
  const width = Math.max(1, points.length) * SLOT;
  const y = (value: number) => HEIGHT - (value / max) * HEIGHT;
  const line = points.map((point, index) => `${index * SLOT + SLOT / 2},${y(point.value)}`).join(' ');
  const titleId = `${id}-titre`;
  const descId = `${id}-description`;

  return (
    <figure className="flex flex-col gap-2">
      <div className="flex gap-2">
        <div aria-hidden="true" className="relative h-44 w-10 shrink-0 text-right text-xs text-ink-600 tabular-nums">
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 translate-y-1/2" style={{ bottom: `${(tick / max) * 100}%` }}>
              {tick.toLocaleString('fr-FR')}
            </span>
          ))}
        </div>
        <div className="relative h-44 min-w-0 flex-1 border-b border-l border-ink-400">
          <svg
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="absolute inset-0 h-full w-full overflow-visible"
          >
            <title id={titleId}>{title}</title>
            <desc id={descId}>{summary(points, unit)}</desc>
            {ticks.slice(1).map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={width}
                y1={y(tick)}
                y2={y(tick)}
                className="stroke-ink-200"
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {kind === 'bar' ? (
              points.map((point, index) =>
                point.value > 0 ? (
                  <rect
                    key={point.day.toISOString()}
                    x={index * SLOT + SLOT * 0.15}
                    width={SLOT * 0.7}
                    y={y(point.value)}
                    height={HEIGHT - y(point.value)}
                    className="fill-brand-600"
                  >
                    <title>{`${shortDay(point.day)}\u00a0: ${plural(point.value, unit.one, unit.many)}`}</title>
                  </rect>
                ) : null,
              )
            ) : (
              <>
                <polygon
                  points={`${SLOT / 2},${HEIGHT} ${line} ${width - SLOT / 2},${HEIGHT}`}
                  className="fill-brand-100"
                />
                <polyline
                  points={line}
                  fill="none"
                  className="stroke-brand-700"
                  strokeWidth={2.5}
                  strokeLinejoin="round"
                  vectorEffect="non-scaling-stroke"
                />
              </>
            )}
          </svg>
        </div>
      </div>
      <div aria-hidden="true" className="relative ml-12 h-5 text-xs text-ink-600">
        {labelIndexes(points.length).map((index, position, all) => {
          const edge = position === 0 ? 'left-0' : position === all.length - 1 ? 'right-0' : '-translate-x-1/2';
          const centre = `${((index + 0.5) / points.length) * 100}%`;
          const middle = position !== 0 && position !== all.length - 1;
          return (
            <span key={index} className={cx('absolute whitespace-nowrap', edge)} style={middle ? { left: centre } : undefined}>
              {shortDay(points[index].day)}
            </span>
          );
        })}
      </div>
      <ChartData
        title={title}
        labelHeading="Jour"
        valueHeadings={[unit.many.charAt(0).toUpperCase() + unit.many.slice(1)]}
        rows={points.map((point) => ({ key: point.day.toISOString(), label: longDay(point.day), values: [point.value.toLocaleString('fr-FR')] }))}
      />
    </figure>
  );
}
