// Listing search in PostgreSQL (docs/decisions/004-french-search.md): French stemming without accents
// on a weighted document (title > category > pitch > description), misspelt trades read as the
// category they resemble and, when nothing matches, misspelt title words matched by trigrams; filters
// (category, place, minimum rating), three orders with a stable tie-breaker, places recognised inside
// « Quoi ? ». Matching and ranking read the narrow "ListingSearch" rows; only the page's 20 listings
// are read in full. Only public listings (lib/listings/visibility.ts). Parametrised SQL only.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';
import type { ListingCardData } from '@/lib/listings/queries';
import { publicSearchRowSql } from '@/lib/listings/visibility';
import {
  analyseWords,
  findPlacesInQuery,
  pickPlace,
  placeCondition,
  resolvePlace,
  type PlaceFilter,
  type WordAnalysis,
} from './analysis';
import { effectiveSort, queryTokens, SEARCH_PAGE_SIZE, searchWords, type SearchParams, type SearchSort } from './schema';

/** A word at least this close to a category name is a trade, never a place (« peintre »). */
const TRADE_SIMILARITY = 0.75;
/** ts_rank weights for D (description), C (pitch), B (category), A (title). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** Relevance bonus for a listing located in the commune searched (over those only serving it). */
const LOCAL_BONUS = 1.25;

export type SearchResult = {
  listings: ListingCardData[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  sort: SearchSort;
  /** The place searched, and whether it was read from « Quoi ? » (« plombier 68000 »). */
  place?: { label: string; fromQuery: boolean };
  /** « Où ? » names no commune or department we know: nothing can match. */
  unknownPlace: boolean;
};

/** A tsquery lexeme literal (tsquery syntax, not SQL: the whole query is sent as one parameter). */
function lexemeLiteral(lexeme: string, weight: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${weight}`;
}

type TextMatch = {
  /** Every word's lexemes, or the category it may mean (« electrcien » → Électricien). */
  tsquery?: string;
  /** Words without a category that may also match a title by trigram similarity (typos). */
  fuzzyWords: Array<{ word: string; tsquery: string }>;
};

/**
 * Strict: each word must match the search document (its own lexemes, or the category it may mean).
 * Fuzzy, tried when strict finds nothing: a word that means no category may instead be close to a
 * word of the title (« Dupond » for « Dupont »).
 */
function textMatch(words: WordAnalysis[], fuzzy: boolean): TextMatch {
  const parts: string[] = [];
  const fuzzyWords: TextMatch['fuzzyWords'] = [];
  for (const word of words) {
    if (word.tsquery === '') continue;
    if (fuzzy && word.categories.length === 0) {
      fuzzyWords.push({ word: word.word, tsquery: word.tsquery });
      continue;
    }
    const alternatives = [
      word.tsquery,
      ...word.categories.map((category) => category.lexemes.map((lexeme) => lexemeLiteral(lexeme, 'B')).join(' & ')),
    ];
    parts.push(`(${alternatives.map((alternative) => `(${alternative})`).join(' | ')})`);
  }
  return { tsquery: parts.length > 0 ? parts.join(' & ') : undefined, fuzzyWords };
}

type Filters = {
  text: TextMatch;
  place?: PlaceFilter;
  categorySlug?: string;
  minRating?: number;
};

/**
 * The matching listings' ids and sort keys, from their search rows (aliased `s`). Relevance is computed
 * only when it orders the results: ranking every match is most of a broad query's work.
 */
function matchesSql({ text, place, categorySlug, minRating }: Filters, sort: SearchSort): Prisma.Sql {
  const conditions: Prisma.Sql[] = [publicSearchRowSql('s')];
  const rank: Prisma.Sql[] = [];
  if (text.tsquery) {
    conditions.push(Prisma.sql`s."document" @@ ${text.tsquery}::tsquery`);
    rank.push(Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], s."document", ${text.tsquery}::tsquery)`);
  }
  const fuzzy: Prisma.Sql[] = [];
  for (const { word, tsquery } of text.fuzzyWords) {
    fuzzy.push(Prisma.sql`(s."document" @@ ${tsquery}::tsquery OR search_normalize(${word}) <% s."normalizedTitle")`);
    rank.push(Prisma.sql`word_similarity(search_normalize(${word}), s."normalizedTitle")`);
  }
  if (categorySlug) {
    conditions.push(Prisma.sql`s."categoryId" = (SELECT fc."id" FROM "Category" fc WHERE fc."slug" = ${categorySlug})`);
  }
  if (place) conditions.push(placeCondition(place));
  if (minRating !== undefined) conditions.push(Prisma.sql`s."ratingAverage" >= ${minRating}::numeric`);

  let relevance = rank.length > 0 && sort === 'pertinence' ? Prisma.join(rank, ' + ') : Prisma.sql`0`;
  if (place?.kind === 'commune' && rank.length > 0 && sort === 'pertinence') {
    relevance = Prisma.sql`(${relevance}) * CASE WHEN s."communeCode" = ANY(${place.communeCodes}::text[]) THEN ${LOCAL_BONUS}::float4 ELSE 1 END`;
  }
  const columns = Prisma.sql`s."listingId" AS "id", (${relevance})::float4 AS "relevance", s."ratingAverage", s."ratingCount", s."publishedAt"`;
  if (text.tsquery && fuzzy.length > 0) {
    // The strict words narrow the rows through the index; the fuzzy words only filter those. Without
    // the fence (OFFSET 0), PostgreSQL may OR the title trigram index into the scan and read thousands
    // of rows resembling one word (« mariage ») that the other words then reject.
    return Prisma.sql`
      SELECT ${columns}
      FROM (SELECT * FROM "ListingSearch" s WHERE ${Prisma.join(conditions, ' AND ')} OFFSET 0) s
      WHERE ${Prisma.join(fuzzy, ' AND ')}`;
  }
  return Prisma.sql`
    SELECT ${columns}
    FROM "ListingSearch" s
    WHERE ${Prisma.join([...conditions, ...fuzzy], ' AND ')}`;
}

/** ORDER BY for rows aliased `alias` that carry the sort keys; always ends with the id (stable pages). */
function orderBy(sort: SearchSort, alias: 'm' | 'p'): Prisma.Sql {
  const row = Prisma.raw(alias);
  switch (sort) {
    case 'pertinence':
      return Prisma.sql`${row}."relevance" DESC, ${row}."ratingAverage" DESC NULLS LAST, ${row}."id"`;
    case 'note':
      return Prisma.sql`${row}."ratingAverage" DESC NULLS LAST, ${row}."ratingCount" DESC, ${row}."id"`;
    case 'recent':
      return Prisma.sql`${row}."publishedAt" DESC NULLS LAST, ${row}."id"`;
  }
}

/** A result card as the raw query returns it: Decimal rating, and the total count of matches. */
type Row = Omit<ListingCardData, 'ratingAverage'> & {
  ratingAverage: Prisma.Decimal | null;
  total: bigint;
};

/**
 * One page of result cards for a set of matching search rows (`matches` selects "id" and the sort
 * keys), with the total; shared by the search and the landing pages.
 */
export async function listingCardPage(
  matches: Prisma.Sql,
  sort: SearchSort,
  page: number,
): Promise<{ listings: ListingCardData[]; total: number }> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const rows = await prisma.$queryRaw<Row[]>`
    WITH matches AS (${matches}),
    page AS (
      SELECT m.*, COUNT(*) OVER () AS "total"
      FROM matches m
      ORDER BY ${orderBy(sort, 'm')}
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT l."slug", l."title",
           c."name" AS "categoryName", c."slug" AS "categorySlug",
           co."name" AS "communeName", co."departmentCode" AS "departmentCode",
           l."ratingAverage", l."ratingCount",
           (a."siretStatus" = 'VERIFIED') AS "siretVerified",
           p."total"
    FROM page p
    JOIN "Listing" l ON l."id" = p."id"
    JOIN "Category" c ON c."id" = l."categoryId"
    JOIN "Commune" co ON co."code" = l."communeCode"
    JOIN "AdvertiserProfile" a ON a."id" = l."advertiserId"
    ORDER BY ${orderBy(sort, 'p')}`;

  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: count separately so the page can offer a way back.
    const [{ count }] = await prisma.$queryRaw<Array<{ count: bigint }>>`SELECT COUNT(*) AS "count" FROM (${matches}) m`;
    total = Number(count);
  }
  const listings = rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    categoryName: row.categoryName,
    categorySlug: row.categorySlug,
    communeName: row.communeName,
    departmentCode: row.departmentCode,
    ratingAverage: row.ratingAverage === null ? null : Number(row.ratingAverage),
    ratingCount: row.ratingCount,
    siretVerified: row.siretVerified,
  }));
  return { listings, total };
}

/** What to search for: the words, and the place (from « Où ? », or read from « Quoi ? »). */
async function interpret(params: SearchParams) {
  const tokens = queryTokens(params.q);
  const words = searchWords(tokens);
  if (params.lieu) {
    const [analysed, place] = await Promise.all([analyseWords(words), resolvePlace(params.lieu)]);
    return { words: analysed, place, placeInQuery: undefined };
  }
  const [analysed, candidates] = await Promise.all([analyseWords(words), findPlacesInQuery(tokens)]);
  const byWord = new Map(analysed.map((word) => [word.word, word]));
  const isTrade = (token: number) =>
    byWord.get(tokens[token])?.categories.some((category) => category.similarity >= TRADE_SIMILARITY) ?? false;
  const found = pickPlace(candidates, isTrade);
  if (!found) return { words: analysed, place: undefined, placeInQuery: undefined };
  const remaining = new Set(searchWords([...tokens.slice(0, found.start), ...tokens.slice(found.end)]));
  const placeInQuery = { filter: found.filter, words: analysed.filter((word) => remaining.has(word.word)) };
  return { words: analysed, place: undefined, placeInQuery };
}

type Attempt = { words: WordAnalysis[]; fuzzy: boolean; place?: PlaceFilter; fromQuery: boolean };

export async function searchListings(params: SearchParams): Promise<SearchResult> {
  const sort = effectiveSort(params);
  const { words, place, placeInQuery } = await interpret(params);
  const base = { page: params.page, pageSize: SEARCH_PAGE_SIZE, sort };
  if (params.lieu && !place) {
    return { ...base, listings: [], total: 0, pageCount: 1, unknownPlace: true };
  }

  // Strictest reading first; the next ones only when it finds nothing: typos in titles, then a
  // « place » that was a word after all (« coupe de bois » names the commune of Bois).
  const attempts: Attempt[] = placeInQuery
    ? [
        { words: placeInQuery.words, fuzzy: false, place: placeInQuery.filter, fromQuery: true },
        { words: placeInQuery.words, fuzzy: true, place: placeInQuery.filter, fromQuery: true },
        { words, fuzzy: true, fromQuery: false },
      ]
    : [
        { words, fuzzy: false, place, fromQuery: false },
        { words, fuzzy: true, place, fromQuery: false },
      ];
  const canBeFuzzy = (attempt: Attempt) => attempt.words.some((word) => word.tsquery !== '' && word.categories.length === 0);
  let found: Awaited<ReturnType<typeof listingCardPage>> = { listings: [], total: 0 };
  let used: Attempt = attempts[0];
  for (const attempt of attempts) {
    if (attempt.fuzzy && !canBeFuzzy(attempt)) continue;
    used = attempt;
    const filters = { text: textMatch(attempt.words, attempt.fuzzy), place: attempt.place, categorySlug: params.categorie, minRating: params.note };
    found = await listingCardPage(matchesSql(filters, sort), sort, params.page);
    if (found.total > 0) break;
  }

  return {
    ...base,
    listings: found.listings,
    total: found.total,
    pageCount: Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE)),
    place: used.place && { label: used.place.label, fromQuery: used.fromQuery },
    unknownPlace: false,
  };
}
