// A rating drawn as five stars, read by screen readers as « 4,5 sur 5 ».
import { cx } from './cx';

const STAR_PATH =
  'M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z';

/** « 4,5 » : French decimal comma, at most one decimal. */
export function formatRating(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
}

type StarsProps = {
  /** 0 to 5, decimals allowed. */
  value: number;
  size?: 'sm' | 'md';
  /** Show « 4,5 » next to the stars (visible text, hidden from screen readers to avoid repetition). */
  showValue?: boolean;
  className?: string;
};

export function Stars({ value, size = 'sm', showValue = false, className }: StarsProps) {
  const clamped = Math.max(0, Math.min(5, value));
  const dimension = size === 'sm' ? 'h-4 w-4' : 'h-5 w-5';
  return (
    <span className={cx('inline-flex items-center gap-1.5', className)}>
      <span className="sr-only">{`${formatRating(clamped)} sur 5`}</span>
      <span aria-hidden="true" className="inline-flex">
        {[0, 1, 2, 3, 4].map((index) => {
          const fill = Math.max(0, Math.min(1, clamped - index));
          return (
            <span key={index} className={cx('relative', dimension)}>
              <svg viewBox="0 0 20 20" className={cx('absolute inset-0 text-ink-300', dimension)}>
                <path d={STAR_PATH} fill="currentColor" />
              </svg>
              <span className="absolute inset-0 overflow-hidden" style={{ width: `${fill * 100}%` }}>
                <svg viewBox="0 0 20 20" className={cx('text-accent-500', dimension)}>
                  <path d={STAR_PATH} fill="currentColor" />
                </svg>
              </span>
            </span>
          );
        })}
      </span>
      {showValue && (
        <span aria-hidden="true" className="font-semibold text-ink-900">
          {formatRating(clamped)}
        </span>
      )}
    </span>
  );
}
