// Search parameters of /recherche, validated and normalised: anything malformed becomes "absent"
// rather than an error, so a hand-edited URL still shows results.
import { z } from 'zod';

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_WORDS = 8;

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
  page: firstString.transform((value) => {
    const page = Number.parseInt(value ?? '1', 10);
    return Number.isFinite(page) && page >= 1 && page <= 500 ? page : 1;
  }),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  return searchParamsSchema.parse(raw);
}

/** Words of the query, without duplicates, at most MAX_SEARCH_WORDS (1-letter words dropped). */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLowerCase()
    .split(/[\s,;:!?.'’"«»()/]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word.length >= 2);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}
