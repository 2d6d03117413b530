// « Fil d’Ariane »: an ordered list of links, the last item being the current page.
import Link from 'next/link';
import { cx } from './cx';

export type Crumb = { label: string; href?: string };

export function Breadcrumbs({ items, className }: { items: Crumb[]; className?: string }) {
  return (
    <nav aria-label="Fil d’Ariane" className={cx('text-sm text-ink-600', className)}>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} className="flex items-center gap-2">
              {index > 0 && (
                <span aria-hidden="true" className="text-ink-400">
                  ›
                </span>
              )}
              {item.href && !last ? (
                <Link href={item.href} className="text-brand-700 underline hover:text-brand-900">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? 'page' : undefined} className={last ? 'text-ink-800' : undefined}>
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
