// Suggestions as the visitor types in « Quoi ? »: categories, communes (« plombier colm » → « plombier
// à Colmar ») and titles of public listings, at most 8, each with the address it leads to.
import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/db/client';
import { publicSearchRowSql } from '@/lib/listings/visibility';
import { queryTokens, searchHref } from './schema';

export const MAX_SUGGESTIONS = 8;
const MAX_CATEGORIES = 3;
const MAX_COMMUNES = 3;
/** A category whose name is this close to the typed text is suggested even if misspelt. */
const CATEGORY_SIMILARITY = 0.5;
/** Shorter texts match too many communes and titles to be useful (and no trigram to index). */
const MIN_PREFIX = 3;

export const suggestionsQuerySchema = z.object({
  q: z.string().trim().min(2).max(120),
  lieu: z.string().trim().max(80).optional(),
});

export type SuggestionKind = 'categorie' | 'commune' | 'annonce';

export type Suggestion = {
  kind: SuggestionKind;
  label: string;
  /** Shown beside the label: the department, or the listing's commune. */
  detail: string;
  href: string;
};

async function categorySuggestions(text: string, lieu: string | undefined): Promise<Suggestion[]> {
  const rows = await prisma.$queryRaw<Array<{ slug: string; name: string }>>`
    SELECT c."slug", c."name"
    FROM "Category" c
    CROSS JOIN LATERAL (SELECT search_normalize(c."name") AS name, search_normalize(${text}) AS typed) n
    WHERE n.name LIKE n.typed || '%' OR n.name LIKE '% ' || n.typed || '%'
       OR word_similarity(n.typed, n.name) >= ${CATEGORY_SIMILARITY}
    ORDER BY (n.name LIKE n.typed || '%') DESC, word_similarity(n.typed, n.name) DESC, c."position", c."name"
    LIMIT ${MAX_CATEGORIES}`;
  return rows.map((row) => ({
    kind: 'categorie',
    label: row.name,
    detail: 'Catégorie',
    href: searchHref({ categorie: row.slug, lieu }),
  }));
}

/**
 * Communes whose name starts with the end of the text (« plombier colm »), the words before it being
 * the trade; or named by a complete postcode. Most populous first.
 */
async function communeSuggestions(text: string): Promise<Suggestion[]> {
  const tokens = queryTokens(text);
  const candidates = [1, 2]
    .filter((size) => tokens.length >= size)
    .map((size) => ({ what: tokens.slice(0, -size).join(' '), place: tokens.slice(-size).join(' ') }))
    .filter((candidate) => candidate.place.length >= MIN_PREFIX);
  if (candidates.length === 0) return [];
  const places = candidates.map((candidate) => candidate.place);
  // A range on the normalised name rather than LIKE: the btree (text_pattern_ops) serves it for
  // each typed text, and chr(1114111), the last code point, closes the prefix range.
  const rows = await prisma.$queryRaw<Array<{ place: string; name: string; departmentCode: string; population: number | null }>>`
    SELECT g.p AS "place", co."name", co."departmentCode", co."population"
    FROM unnest(${places}::text[]) AS g(p)
    CROSS JOIN LATERAL (
      SELECT pc."name", pc."departmentCode", pc."population" FROM "Commune" pc
      WHERE g.p ~ '^[0-9]{5}$' AND pc."postalCodes" @> ARRAY[g.p]
      UNION ALL
      SELECT nc."name", nc."departmentCode", nc."population"
      FROM "Commune" nc, search_normalize(g.p) AS typed(t)
      WHERE g.p !~ '^[0-9]+$'
        AND search_normalize(nc."name") ~>=~ typed.t
        AND search_normalize(nc."name") ~<~ (typed.t || chr(1114111))
    ) co
    ORDER BY co."population" DESC NULLS LAST, co."name"
    LIMIT ${MAX_COMMUNES}`;
  return rows.map((row) => {
    const what = candidates.find((candidate) => candidate.place === row.place)!.what;
    return {
      kind: 'commune',
      label: what ? `${what} à ${row.name}` : row.name,
      detail: `Commune (${row.departmentCode})`,
      href: searchHref({ q: what || undefined, lieu: row.name }),
    };
  });
}

async function listingSuggestions(text: string, limit: number): Promise<Suggestion[]> {
  if (limit <= 0 || text.length < MIN_PREFIX) return [];
  const rows = await prisma.$queryRaw<Array<{ slug: string; title: string; communeName: string; departmentCode: string }>>`
    SELECT l."slug", l."title", co."name" AS "communeName", co."departmentCode"
    FROM "ListingSearch" s
    JOIN "Listing" l ON l."id" = s."listingId"
    JOIN "Commune" co ON co."code" = s."communeCode"
    WHERE s."normalizedTitle" LIKE '%' || search_normalize(${text}) || '%'
      AND ${publicSearchRowSql('s')}
    ORDER BY s."ratingCount" DESC, s."listingId"
    LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: 'annonce',
    label: row.title,
    detail: `${row.communeName} (${row.departmentCode})`,
    href: `/annonce/${row.slug}`,
  }));
}

export async function searchSuggestions(input: z.infer<typeof suggestionsQuerySchema>): Promise<Suggestion[]> {
  const lieu = input.lieu || undefined;
  const [categories, communes] = await Promise.all([
    categorySuggestions(input.q, lieu),
    lieu ? Promise.resolve([]) : communeSuggestions(input.q),
  ]);
  const listings = await listingSuggestions(input.q, MAX_SUGGESTIONS - categories.length - communes.length);
  return [...categories, ...communes, ...listings].slice(0, MAX_SUGGESTIONS);
}
