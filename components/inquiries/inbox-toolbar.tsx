// The inbox's views as links (the current one marked with aria-current) and its search, a plain GET
// form that keeps the current view.
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { Field } from '@/components/ui/field';
import type { InboxFilter } from '@/lib/inquiries/queries';

const FILTER_LABELS: Record<InboxFilter, string> = {
  toutes: 'Toutes',
  'non-lues': 'Non lues',
  repondues: 'Répondues',
  archivees: 'Archivées',
};

export function inboxHref(filter: InboxFilter, q: string, page = 1): string {
  const params = new URLSearchParams();
  if (filter !== 'toutes') params.set('filtre', filter);
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/espace/demandes?${query}` : '/espace/demandes';
}

export function InboxToolbar({ filter, q }: { filter: InboxFilter; q: string }) {
  return (
    <div className="flex flex-col gap-4 md:flex-row md:items-end md:justify-between">
      <nav aria-label="Filtrer les demandes">
        <ul className="flex flex-wrap gap-1">
          {(Object.keys(FILTER_LABELS) as InboxFilter[]).map((value) => (
            <li key={value}>
              <Link
                href={inboxHref(value, q)}
                aria-current={value === filter ? 'page' : undefined}
                className={cx(
                  'inline-flex min-h-10 items-center rounded-pill border px-3 text-sm font-semibold',
                  value === filter
                    ? 'border-brand-700 bg-brand-700 text-white'
                    : 'border-ink-300 bg-white text-ink-800 hover:bg-ink-100',
                )}
              >
                {FILTER_LABELS[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/espace/demandes" role="search" className="flex items-end gap-2">
        {filter !== 'toutes' && <input type="hidden" name="filtre" value={filter} />}
        <Field
          label="Rechercher une demande"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          hint="Nom, e-mail ou mots du message"
          wrapperClassName="min-w-0 flex-1"
        />
        <button type="submit" className={buttonClasses('secondary', 'md')}>
          Rechercher
        </button>
      </form>
    </div>
  );
}
