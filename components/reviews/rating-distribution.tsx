// The listing's rating at a glance: the average of its published reviews and how they spread over
// 5★ … 1★, as bars with counts and percentages. Screen readers get one sentence per line instead of
// the drawing.
import { Stars, formatRating } from '@/components/ui/stars';
import { plural } from '@/lib/format/french';
import type { RatingDistribution as Distribution } from '@/lib/reviews/queries';

export function RatingDistribution({ distribution }: { distribution: Distribution }) {
  const { total, average, buckets } = distribution;
  if (total === 0 || average === null) return null;
  return (
    <div className="flex flex-col gap-5 rounded-card border border-ink-200 bg-white p-5 shadow-card sm:flex-row sm:items-center sm:gap-8">
      <p className="flex shrink-0 flex-col items-start gap-1">
        <span className="text-4xl font-bold text-brand-950">
          {formatRating(average)}
          <span className="text-lg font-semibold text-ink-700">&nbsp;/&nbsp;5</span>
        </span>
        <Stars value={average} size="md" />
        <span className="text-sm text-ink-700">{`Moyenne de ${plural(total, 'avis publié', 'avis publiés')}`}</span>
      </p>
      <ul aria-label="Répartition des notes" className="flex min-w-0 flex-1 flex-col gap-1.5">
        {buckets.map((bucket) => (
          <li key={bucket.rating} className="grid grid-cols-[4.5rem_minmax(0,1fr)_5.5rem] items-center gap-3 text-sm">
            <span className="sr-only">
              {`${plural(bucket.rating, 'étoile')}\u00a0: ${plural(bucket.count, 'avis', 'avis')}, soit ${bucket.percent}\u00a0%`}
            </span>
            <span aria-hidden="true" className="font-medium text-ink-800">
              {plural(bucket.rating, 'étoile')}
            </span>
            <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-pill bg-ink-100">
              <span className="block h-full rounded-pill bg-accent-500" style={{ width: `${bucket.percent}%` }} />
            </span>
            <span aria-hidden="true" className="text-right text-ink-700 tabular-nums">
              {`${bucket.count} · ${bucket.percent}\u00a0%`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
