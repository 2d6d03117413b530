// Reads a query before searching: each word's French lexemes, which category a word may mean, even
// misspelt (« electrcien » → Électricien), and which place the visitor named, in « Où ? » or inside
// « Quoi ? » (« plombier 68000 », « plombier colmar »). Parametrised SQL only.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';

/** A word this close to a category name (pg_trgm word_similarity) may mean that category. */
const CATEGORY_SIMILARITY = 0.5;
/** Shorter words are too ambiguous to correct. */
const MIN_CORRECTED_LENGTH = 4;
/** Longest place name looked for inside « Quoi ? », in words (« saint-martin-de-re » counts as one). */
const MAX_PLACE_WORDS = 4;

export type WordAnalysis = {
  word: string;
  /** plainto_tsquery('french_unaccent', word) as text; '' for a stop word (« de », « la »). */
  tsquery: string;
  /** Each category whose name is close to the word (typo tolerance), with its lexemes. */
  categories: Array<{ id: string; lexemes: string[]; similarity: number }>;
};

/** Where to search: communes (with their departments, for department-wide service areas) or departments. */
export type PlaceFilter =
  | { kind: 'commune'; communeCodes: string[]; departmentCodes: string[]; label: string }
  | { kind: 'department'; departmentCodes: string[]; label: string };

export async function analyseWords(words: string[]): Promise<WordAnalysis[]> {
  if (words.length === 0) return [];
  const rows = await prisma.$queryRaw<Array<Omit<WordAnalysis, 'word'> & { index: number }>>`
    SELECT (t.i - 1)::int AS "index",
           plainto_tsquery('french_unaccent', t.w)::text AS "tsquery",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', c."id",
                      'lexemes', tsvector_to_array(to_tsvector('french_unaccent', c."name")),
                      'similarity', m.similarity))
             FROM "Category" c
             CROSS JOIN LATERAL (
               SELECT word_similarity(search_normalize(t.w), search_normalize(c."name")) AS similarity
             ) m
             WHERE char_length(t.w) >= ${MIN_CORRECTED_LENGTH} AND m.similarity >= ${CATEGORY_SIMILARITY}
           ), '[]'::json) AS "categories"
    FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, i)`;
  return rows
    .sort((a, b) => a.index - b.index)
    .map(({ tsquery, categories, index }) => ({ word: words[index], tsquery, categories }));
}

type PlaceRow = {
  text: string;
  kind: 'commune' | 'postcode' | 'department';
  code: string;
  name: string;
  departmentCode: string;
  population: number | null;
};

/** Communes and departments named exactly by each text (name, postcode or department code). */
async function findPlaces(texts: string[]): Promise<PlaceRow[]> {
  if (texts.length === 0) return [];
  const postcodes = texts.filter((text) => /^\d{5}$/.test(text));
  // Each text and each department name is normalised once (MATERIALIZED), not once per pair compared.
  return prisma.$queryRaw<PlaceRow[]>`
    WITH departments AS MATERIALIZED (
      SELECT d."code", d."name", search_normalize(d."name") AS "normalized" FROM "Department" d
    ),
    department_texts AS MATERIALIZED (
      SELECT g.t, search_normalize(g.t) AS "normalized" FROM unnest(${texts}::text[]) AS g(t)
    )
    SELECT g.t AS "text", 'commune' AS "kind", co."code", co."name", co."departmentCode", co."population"
    FROM unnest(${texts}::text[]) AS g(t)
    JOIN "Commune" co ON search_normalize(co."name") = search_normalize(g.t)
    UNION ALL
    SELECT g.t, 'postcode', co."code", co."name", co."departmentCode", co."population"
    FROM unnest(${postcodes}::text[]) AS g(t)
    JOIN "Commune" co ON co."postalCodes" @> ARRAY[g.t]
    UNION ALL
    SELECT g.t, 'department', d."code", d."name", d."code", NULL
    FROM department_texts g
    JOIN departments d ON d."code" = upper(g.t) OR d."normalized" = g."normalized"`;
}

function toFilter(rows: PlaceRow[]): PlaceFilter | undefined {
  // Postcodes and commune names are more precise than a department (« Paris » is both).
  const communes = rows.filter((row) => row.kind !== 'department');
  if (communes.length > 0) {
    const [main] = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    return {
      kind: 'commune',
      communeCodes: [...new Set(communes.map((row) => row.code))],
      departmentCodes: [...new Set(communes.map((row) => row.departmentCode))],
      label: `${main.name} (${main.departmentCode})`,
    };
  }
  if (rows.length === 0) return undefined;
  return {
    kind: 'department',
    departmentCodes: [...new Set(rows.map((row) => row.code))],
    label: `${rows[0].name} (${rows[0].code})`,
  };
}

/** The place typed in « Où ? »; undefined when it names nothing known. */
export async function resolvePlace(lieu: string): Promise<PlaceFilter | undefined> {
  return toFilter(await findPlaces([lieu]));
}

/** A place found inside « Quoi ? », with the tokens that name it. */
export type PlaceInQuery = { filter: PlaceFilter; start: number; end: number };

type Span = { text: string; start: number; end: number };

/** Every run of 1 to MAX_PLACE_WORDS consecutive tokens that leaves at least one word to search for. */
function placeSpans(tokens: string[]): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_PLACE_WORDS); end++) {
      const rest = [...tokens.slice(0, start), ...tokens.slice(end)];
      if (!rest.some((token) => token.length >= 2)) continue;
      spans.push({ text: tokens.slice(start, end).join(' '), start, end });
    }
  }
  return spans;
}

/**
 * Candidate places named inside the query. The caller picks with `pickPlace` once it knows which
 * tokens are trade words (« peintre » is also a commune of the Jura).
 */
export async function findPlacesInQuery(tokens: string[]): Promise<Array<PlaceInQuery & { kinds: Set<string> }>> {
  const spans = placeSpans(tokens);
  const rows = await findPlaces([...new Set(spans.map((span) => span.text))]);
  const candidates: Array<PlaceInQuery & { kinds: Set<string> }> = [];
  for (const span of spans) {
    const matching = rows.filter((row) => row.text === span.text);
    const filter = toFilter(matching);
    if (filter) candidates.push({ filter, start: span.start, end: span.end, kinds: new Set(matching.map((row) => row.kind)) });
  }
  return candidates;
}

/**
 * The most likely place: a postcode first, then the longest name, then the one nearest the end
 * (« plombier colmar »). Tokens that look like a trade are never a place.
 */
export function pickPlace(
  candidates: Array<PlaceInQuery & { kinds: Set<string> }>,
  isTradeWord: (token: number) => boolean,
): PlaceInQuery | undefined {
  const eligible = candidates.filter((candidate) => {
    for (let token = candidate.start; token < candidate.end; token++) if (isTradeWord(token)) return false;
    return true;
  });
  const score = (candidate: PlaceInQuery & { kinds: Set<string> }) =>
    (candidate.kinds.has('postcode') ? 1000 : 0) + (candidate.end - candidate.start) * 100 + candidate.end;
  const [best] = eligible.sort((a, b) => score(b) - score(a));
  return best && { filter: best.filter, start: best.start, end: best.end };
}

/**
 * SQL condition « this listing works in this place », on the "ListingSearch" row aliased `s`: its
 * `places` tokens (kept by triggers from the listing's commune and service areas) meet the place's.
 * A commune: located there or serving it (`commune:`), or serving its whole department (`department:`).
 * A department: located in it, serving it or serving one of its communes (`in-department:`).
 */
export function placeCondition(place: PlaceFilter): Prisma.Sql {
  const tokens =
    place.kind === 'commune'
      ? [
          ...place.communeCodes.map((code) => `commune:${code}`),
          ...place.departmentCodes.map((code) => `department:${code}`),
        ]
      : place.departmentCodes.map((code) => `in-department:${code}`);
  return Prisma.sql`s."places" && ${tokens}::text[]`;
}
