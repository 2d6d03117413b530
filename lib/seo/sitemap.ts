// What the sitemap lists: the home page and the static public pages, every public listing, and the
// landing pages that have listings: category × department and category × commune, taken from the
// listings' own communes and their service areas. (A commune served only through a department-wide
// area still has a page, but listing every commune of every such department would drown the rest.)
// Only the columns a URL needs are read, one chunk at a time.
import 'server-only';
import type { MetadataRoute } from 'next';
import { Prisma, prisma } from '@/lib/db/client';
import { publicListingSql, publicListingWhere } from '@/lib/listings/visibility';
import { landingPath } from './landing-pages';
import { absoluteUrl } from './metadata';
import { chunkCount, chunkSlices, SITEMAP_CHUNK_SIZE, type Section, type SectionSlice } from './sitemap-chunks';

/** Public pages that are not built from data. */
export const STATIC_PATHS = [
  '/',
  '/annonceurs',
  '/tarifs',
  '/avis-verifies',
  '/newsletter',
  '/cgu',
  '/confidentialite',
  '/contact',
  '/cookies',
  '/mentions-legales',
];

type Kind = 'static' | 'listings' | 'departments' | 'communes';

const publicListings = () => Prisma.sql`
  SELECT l."id", l."categoryId", l."communeCode", l."updatedAt" FROM "Listing" l WHERE ${publicListingSql('l')}`;

/** (categoryId, department code, updatedAt) for every department a public listing works in. */
const departmentPairs = () => Prisma.sql`
  WITH pub AS (${publicListings()})
  SELECT pub."categoryId", co."departmentCode" AS "code", pub."updatedAt"
  FROM pub JOIN "Commune" co ON co."code" = pub."communeCode"
  UNION ALL
  SELECT pub."categoryId", sa."departmentCode", pub."updatedAt"
  FROM pub JOIN "ListingServiceArea" sa ON sa."listingId" = pub."id"
  WHERE sa."departmentCode" IS NOT NULL
  UNION ALL
  SELECT pub."categoryId", sco."departmentCode", pub."updatedAt"
  FROM pub JOIN "ListingServiceArea" sa ON sa."listingId" = pub."id"
  JOIN "Commune" sco ON sco."code" = sa."communeCode"`;

/** (categoryId, commune code, updatedAt) for every commune a public listing is located in or names. */
const communePairs = () => Prisma.sql`
  WITH pub AS (${publicListings()})
  SELECT pub."categoryId", pub."communeCode" AS "code", pub."updatedAt" FROM pub
  UNION ALL
  SELECT pub."categoryId", sa."communeCode", pub."updatedAt"
  FROM pub JOIN "ListingServiceArea" sa ON sa."listingId" = pub."id"
  WHERE sa."communeCode" IS NOT NULL`;

async function countPairs(pairs: Prisma.Sql): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<Array<{ count: bigint }>>`
    SELECT COUNT(*) AS "count" FROM (SELECT DISTINCT p."categoryId", p."code" FROM (${pairs}) p) d`;
  return Number(count);
}

/** The sitemap's sections in their fixed order, with their sizes. */
export async function sitemapSections(): Promise<Section<Kind>[]> {
  const [listings, departments, communes] = await Promise.all([
    prisma.listing.count({ where: publicListingWhere }),
    countPairs(departmentPairs()),
    countPairs(communePairs()),
  ]);
  return [
    { kind: 'static', count: STATIC_PATHS.length },
    { kind: 'listings', count: listings },
    { kind: 'departments', count: departments },
    { kind: 'communes', count: communes },
  ];
}

/** How many sitemap files the site needs now. */
export async function sitemapChunkCount(size = SITEMAP_CHUNK_SIZE): Promise<number> {
  const sections = await sitemapSections();
  return chunkCount(
    sections.reduce((sum, section) => sum + section.count, 0),
    size,
  );
}

async function landingEntries(pairs: Prisma.Sql, place: 'Department' | 'Commune', slice: SectionSlice) {
  const placeTable = Prisma.raw(`"${place}"`);
  const rows = await prisma.$queryRaw<Array<{ categorySlug: string; placeSlug: string; lastModified: Date }>>`
    SELECT c."slug" AS "categorySlug", pl."slug" AS "placeSlug", MAX(p."updatedAt") AS "lastModified"
    FROM (${pairs}) p
    JOIN "Category" c ON c."id" = p."categoryId"
    JOIN ${placeTable} pl ON pl."code" = p."code"
    GROUP BY c."slug", pl."slug"
    ORDER BY c."slug", pl."slug"
    LIMIT ${slice.limit} OFFSET ${slice.offset}`;
  return rows.map((row) => ({ url: absoluteUrl(landingPath(row.categorySlug, row.placeSlug)), lastModified: row.lastModified }));
}

async function sliceEntries(slice: SectionSlice<Kind>): Promise<MetadataRoute.Sitemap> {
  switch (slice.kind) {
    case 'static':
      return STATIC_PATHS.slice(slice.offset, slice.offset + slice.limit).map((path) => ({ url: absoluteUrl(path) }));
    case 'listings': {
      const rows = await prisma.listing.findMany({
        where: publicListingWhere,
        select: { slug: true, updatedAt: true },
        orderBy: { slug: 'asc' },
        skip: slice.offset,
        take: slice.limit,
      });
      return rows.map((row) => ({ url: absoluteUrl(`/annonce/${row.slug}`), lastModified: row.updatedAt }));
    }
    case 'departments':
      return landingEntries(departmentPairs(), 'Department', slice);
    case 'communes':
      return landingEntries(communePairs(), 'Commune', slice);
  }
}

/** The URLs of sitemap file `index` (0-based). */
export async function sitemapChunk(index: number, size = SITEMAP_CHUNK_SIZE): Promise<MetadataRoute.Sitemap> {
  const slices = chunkSlices(await sitemapSections(), index, size);
  const parts = await Promise.all(slices.map(sliceEntries));
  return parts.flat();
}
