// « Précédentes / Suivantes » under the inbox, keeping the view and the search.
import { ButtonLink } from '@/components/ui/button-link';
import type { InboxFilter } from '@/lib/inquiries/queries';
import { inboxHref } from './inbox-toolbar';

type Props = { filter: InboxFilter; q: string; page: number; pageCount: number };

export function InboxPagination({ filter, q, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages de demandes" className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <ButtonLink href={inboxHref(filter, q, page - 1)} variant="secondary" size="sm">
          ← Plus récentes
        </ButtonLink>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-700">
        Page {page} sur {pageCount}
      </p>
      {page < pageCount ? (
        <ButtonLink href={inboxHref(filter, q, page + 1)} variant="secondary" size="sm">
          Plus anciennes →
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
