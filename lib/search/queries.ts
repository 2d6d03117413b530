// Listing search (first version): every word of « Quoi ? » must appear, accents ignored, in the
// title, the description or the category name; « Où ? » matches a commune (name or postcode) or a
// department (code or name), through the listing's commune or its service areas. Parametrised SQL
// only: user input never enters the query text. The full French search (tsvector, typos) comes later.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';
import type { ListingCardData } from '@/lib/listings/queries';
import { SEARCH_PAGE_SIZE, searchWords, type SearchParams } from './schema';

export type SearchResult = {
  listings: ListingCardData[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

/** Escapes LIKE wildcards so a user's « % » or « _ » is matched literally. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function wordCondition(word: string): Prisma.Sql {
  const pattern = likePattern(word);
  return Prisma.sql`(
    unaccent(l."title") ILIKE unaccent(${pattern})
    OR unaccent(l."description") ILIKE unaccent(${pattern})
    OR unaccent(c."name") ILIKE unaccent(${pattern})
  )`;
}

/** Normalised form for place names: lower case, no accents, hyphens and apostrophes as spaces. */
function placeKey(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(unaccent(regexp_replace(${sql}, '[-''’\\s]+', ' ', 'g')))`;
}

function placeCondition(place: string): Prisma.Sql {
  const key = placeKey(Prisma.sql`${place}::text`);
  const departmentCode = place.toUpperCase();
  // Communes named by the visitor (by name or postcode), and departments named by code or name.
  const matchingCommunes = Prisma.sql`
    SELECT pc."code", pc."departmentCode" FROM "Commune" pc
    WHERE ${placeKey(Prisma.sql`pc."name"`)} = ${key} OR ${place} = ANY(pc."postalCodes")`;
  const matchingDepartments = Prisma.sql`
    SELECT pd."code" FROM "Department" pd
    WHERE pd."code" = ${departmentCode} OR ${placeKey(Prisma.sql`pd."name"`)} = ${key}`;
  return Prisma.sql`(
    l."communeCode" IN (SELECT mc."code" FROM (${matchingCommunes}) mc)
    OR co."departmentCode" IN (${matchingDepartments})
    OR EXISTS (
      SELECT 1 FROM "ListingServiceArea" sa
      WHERE sa."listingId" = l."id" AND (
        sa."communeCode" IN (SELECT mc."code" FROM (${matchingCommunes}) mc)
        OR sa."departmentCode" IN (SELECT mc."departmentCode" FROM (${matchingCommunes}) mc)
        OR sa."departmentCode" IN (${matchingDepartments})
      )
    )
  )`;
}

/** A result card as the raw query returns it: Decimal rating, and the window's total count. */
type Row = Omit<ListingCardData, 'ratingAverage'> & {
  ratingAverage: Prisma.Decimal | null;
  total: bigint;
};

export async function searchListings(params: SearchParams): Promise<SearchResult> {
  const conditions: Prisma.Sql[] = [Prisma.sql`l."status" = 'PUBLISHED'`];
  for (const word of searchWords(params.q)) conditions.push(wordCondition(word));
  if (params.lieu) conditions.push(placeCondition(params.lieu));
  if (params.categorie) conditions.push(Prisma.sql`c."slug" = ${params.categorie}`);

  const pageSize = SEARCH_PAGE_SIZE;
  const offset = (params.page - 1) * pageSize;

  const rows = await prisma.$queryRaw<Row[]>`
    SELECT l."slug", l."title",
           c."name" AS "categoryName", c."slug" AS "categorySlug",
           co."name" AS "communeName", co."departmentCode" AS "departmentCode",
           l."ratingAverage", l."ratingCount",
           (a."siretStatus" = 'VERIFIED') AS "siretVerified",
           COUNT(*) OVER () AS "total"
    FROM "Listing" l
    JOIN "Category" c ON c."id" = l."categoryId"
    JOIN "Commune" co ON co."code" = l."communeCode"
    JOIN "AdvertiserProfile" a ON a."id" = l."advertiserId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY l."publishedAt" DESC NULLS LAST, l."id"
    LIMIT ${pageSize} OFFSET ${offset}`;

  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: count separately so the page can offer a way back.
    const [{ count }] = await prisma.$queryRaw<Array<{ count: bigint }>>`
      SELECT COUNT(*) AS "count"
      FROM "Listing" l
      JOIN "Category" c ON c."id" = l."categoryId"
      JOIN "Commune" co ON co."code" = l."communeCode"
      WHERE ${Prisma.join(conditions, ' AND ')}`;
    total = Number(count);
  }

  return {
    listings: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      categoryName: row.categoryName,
      categorySlug: row.categorySlug,
      communeName: row.communeName,
      departmentCode: row.departmentCode,
      ratingAverage: row.ratingAverage === null ? null : Number(row.ratingAverage),
      ratingCount: row.ratingCount,
      siretVerified: row.siretVerified,
    })),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
  };
}
