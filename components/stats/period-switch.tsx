// Choice of the statistics' period: plain links (?periode=90), the current one marked aria-current.
import Link from 'next/link';
import { cx } from '@/components/ui/cx';
import { STATS_PERIODS, type StatsPeriod } from '@/lib/listings/stats';

export function PeriodSwitch({ current, basePath }: { current: StatsPeriod; basePath: string }) {
  return (
    <nav aria-label="Période">
      <ul className="inline-flex rounded-control border border-ink-300 bg-white p-1">
        {STATS_PERIODS.map((days) => {
          const active = days === current;
          return (
            <li key={days}>
              <Link
                href={days === 30 ? basePath : `${basePath}?periode=${days}`}
                aria-current={active ? 'page' : undefined}
                className={cx(
                  'inline-flex min-h-10 items-center rounded-control px-3 text-sm font-semibold',
                  active ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50',
                )}
              >
                {`${days}\u00a0derniers jours`}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
