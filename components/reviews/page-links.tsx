// « Précédents / Suivants » under a list of the review pages (codes, reviews), by ?page=.
import { ButtonLink } from '@/components/ui/button-link';

export function PageLinks({ path, page, pageCount, label }: { path: string; page: number; pageCount: number; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <ButtonLink href={`${path}?page=${page - 1}`} variant="secondary" size="sm">
          ← Plus récents
        </ButtonLink>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-700">
        Page {page} sur {pageCount}
      </p>
      {page < pageCount ? (
        <ButtonLink href={`${path}?page=${page + 1}`} variant="secondary" size="sm">
          Plus anciens →
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
