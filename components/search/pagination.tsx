// Previous / numbered / next links for a paginated list; the current page is marked aria-current.
import Link from 'next/link';
import { cx } from '@/components/ui/cx';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** Builds the URL of a page (keeping the other search parameters). */
  hrefFor: (page: number) => string;
};

/** Pages to show: first, last, and two around the current one, with gaps as null. */
function visiblePages(page: number, pageCount: number): Array<number | null> {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  sorted.forEach((p, index) => {
    if (index > 0 && p - sorted[index - 1] > 1) result.push(null);
    result.push(p);
  });
  return result;
}

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-control border px-3 text-sm font-semibold';

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={cx(itemClass, 'border-ink-300 text-brand-800 hover:bg-brand-50')}>
              <span aria-hidden="true">‹&nbsp;</span>Précédente
            </Link>
          </li>
        )}
        {visiblePages(page, pageCount).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-600">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={`Page ${p}`}
                className={cx(
                  itemClass,
                  p === page
                    ? 'border-brand-700 bg-brand-700 text-white'
                    : 'border-ink-300 text-brand-800 hover:bg-brand-50',
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={cx(itemClass, 'border-ink-300 text-brand-800 hover:bg-brand-50')}>
              Suivante<span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
