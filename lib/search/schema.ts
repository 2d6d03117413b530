// Search parameters of /recherche (q, categorie, lieu, note, tri, page), validated and normalised:
// anything malformed becomes "absent" rather than an error, so a hand-edited URL still shows results.
import { z } from 'zod';

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_WORDS = 8;
/** Tokens of « Quoi ? » looked at for a place (« plombier saint-louis 68300 »). */
export const MAX_QUERY_TOKENS = 12;

/** `tri`: relevance (the default when there is a query), best rated, newest (the default otherwise). */
export const SEARCH_SORTS = ['pertinence', 'note', 'recent'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Minimum ratings the filter offers (any value from 1 to 5 is accepted in the URL). */
export const MIN_RATING_CHOICES = [3, 4, 4.5] as const;

/** A search param may arrive as a string, an array (repeated key) or nothing: keep the first string. */
const firstString = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().optional().catch(undefined),
);

const text = (max: number) =>
  firstString.transform((value) => {
    const cleaned = (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
    return cleaned === '' ? undefined : cleaned;
  });

export const searchParamsSchema = z.object({
  q: text(120),
  /** Commune name, postcode, department code or name. « Colmar (68) » is read as « Colmar ». */
  lieu: text(80).transform((value) => value?.replace(/\s*\([^)]*\)\s*$/, '').trim() || undefined),
  categorie: firstString.transform((value) =>
    value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 80 ? value : undefined,
  ),
  /** Minimum average rating, 1 to 5 (« 4,5 » and « 4.5 » both read). */
  note: firstString.transform((value) => {
    const rating = Number((value ?? '').replace(',', '.'));
    return value && Number.isFinite(rating) && rating >= 1 && rating <= 5 ? Math.round(rating * 10) / 10 : undefined;
  }),
  tri: firstString.transform((value) => SEARCH_SORTS.find((sort) => sort === value)),
  page: firstString.transform((value) => {
    const page = Number.parseInt(value ?? '1', 10);
    return Number.isFinite(page) && page >= 1 && page <= 500 ? page : 1;
  }),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  return searchParamsSchema.parse(raw);
}

/** The order actually applied: relevance needs words to be relevant to. */
export function effectiveSort(params: Pick<SearchParams, 'q' | 'tri'>): SearchSort {
  if (params.tri === 'pertinence' || !params.tri) return params.q ? 'pertinence' : 'recent';
  return params.tri;
}

/**
 * Tokens of a query in their typed form: split on spaces and punctuation, apostrophes included
 * (« l'isle-adam » → « l », « isle-adam »), hyphens kept inside words. One-letter tokens stay, since
 * they can be part of a place name; `searchWords` drops them.
 */
export function queryTokens(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/[\s,;:!?.'’"«»()/]+/u)
    .map((token) => token.replace(/^-+|-+$/g, ''))
    .filter((token) => token !== '')
    .slice(0, MAX_QUERY_TOKENS);
}

/** Words to search for, without duplicates, at most MAX_SEARCH_WORDS (1-letter words dropped). */
export function searchWords(tokens: string[]): string[] {
  return [...new Set(tokens.filter((token) => token.length >= 2))].slice(0, MAX_SEARCH_WORDS);
}

/** `/recherche?…` for these parameters (page 1 and absent values omitted). */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.categorie) query.set('categorie', params.categorie);
  if (params.lieu) query.set('lieu', params.lieu);
  if (params.note) query.set('note', String(params.note));
  if (params.tri) query.set('tri', params.tri);
  if (params.page && params.page > 1) query.set('page', String(params.page));
  const text = query.toString();
  return text ? `/recherche?${text}` : '/recherche';
}
