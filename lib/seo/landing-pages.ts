// Landing pages /[categorie]/[lieu]: a category in a department or a commune. Places match as in the
// search engine (lib/search/analysis.ts `placeCondition`): a commune shows the listings located in
// it, serving it or serving its whole department; a department those located in it or serving it or
// one of its communes. Only public listings (lib/listings/visibility.ts). Parametrised SQL only.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';
import type { ListingCardData } from '@/lib/listings/queries';
import { publicListingSql, publicSearchRowSql } from '@/lib/listings/visibility';
import { placeCondition, type PlaceFilter } from '@/lib/search/analysis';
import { listingCardPage } from '@/lib/search/queries';
import { SEARCH_PAGE_SIZE } from '@/lib/search/schema';

/** Slugs are lowercase ASCII words joined by dashes: anything else is a 404 without a query. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 100;
/** Links to other communes of the department on a landing page. */
const NEARBY_LIMIT = 12;

export type LandingCategory = { id: string; slug: string; name: string; description: string };

export type LandingPlace =
  | { kind: 'department'; code: string; name: string; slug: string }
  | {
      kind: 'commune';
      code: string;
      name: string;
      slug: string;
      department: { code: string; name: string; slug: string };
    };

export type Landing = { category: LandingCategory; place: LandingPlace };

export type LandingResults = {
  listings: ListingCardData[];
  total: number;
  page: number;
  pageCount: number;
};

export type NearbyCommune = { slug: string; name: string; departmentCode: string };

export function landingPath(categorySlug: string, placeSlug: string): string {
  return `/${categorySlug}/${placeSlug}`;
}

function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

/** The category and the place named by the URL, or null (the page is a 404). */
export async function resolveLanding(categorySlug: string, placeSlug: string): Promise<Landing | null> {
  if (!isSlug(categorySlug) || !isSlug(placeSlug)) return null;
  // Unique-index look-ups, in parallel: an unknown pair costs one round trip.
  const [category, department, commune] = await Promise.all([
    prisma.category.findUnique({
      where: { slug: categorySlug },
      select: { id: true, slug: true, name: true, description: true },
    }),
    prisma.department.findUnique({ where: { slug: placeSlug }, select: { code: true, name: true, slug: true } }),
    prisma.commune.findUnique({
      where: { slug: placeSlug },
      select: { code: true, name: true, slug: true, department: { select: { code: true, name: true, slug: true } } },
    }),
  ]);
  if (!category) return null;
  if (department) return { category, place: { kind: 'department', ...department } };
  if (commune) return { category, place: { kind: 'commune', ...commune } };
  return null;
}

function placeFilter(place: LandingPlace): PlaceFilter {
  return place.kind === 'commune'
    ? { kind: 'commune', communeCodes: [place.code], departmentCodes: [place.department.code], label: place.name }
    : { kind: 'department', departmentCodes: [place.code], label: place.name };
}

/**
 * One page of the landing page's listings, newest first (the search engine's order without words),
 * ending with the id so pages are stable.
 */
export async function getLandingListings({ category, place }: Landing, page: number): Promise<LandingResults> {
  // The search engine's own narrow rows (aliased `s`, as placeCondition expects).
  const matches = Prisma.sql`
    SELECT s."listingId" AS "id", s."publishedAt" FROM "ListingSearch" s
    WHERE ${publicSearchRowSql('s')} AND s."categoryId" = ${category.id} AND ${placeCondition(placeFilter(place))}`;
  const { listings, total } = await listingCardPage(matches, 'recent', page);
  return {
    listings,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
  };
}

/**
 * Other communes of the department with a landing page of their own for this category: a public
 * listing of the category is located there or names the commune in its service area. Largest first.
 */
export async function getNearbyCommunes({ category, place }: Landing): Promise<NearbyCommune[]> {
  const departmentCode = place.kind === 'commune' ? place.department.code : place.code;
  const excluded = place.kind === 'commune' ? place.code : '';
  return prisma.$queryRaw<NearbyCommune[]>`
    WITH listings AS (
      SELECT l."id", l."communeCode" FROM "Listing" l
      WHERE ${publicListingSql('l')} AND l."categoryId" = ${category.id}
    ),
    codes AS (
      SELECT listings."communeCode" AS "code" FROM listings
      UNION
      SELECT sa."communeCode" FROM "ListingServiceArea" sa
      JOIN listings ON listings."id" = sa."listingId"
      WHERE sa."communeCode" IS NOT NULL
    )
    SELECT co."slug", co."name", co."departmentCode"
    FROM "Commune" co JOIN codes ON codes."code" = co."code"
    WHERE co."departmentCode" = ${departmentCode} AND co."code" <> ${excluded}
    ORDER BY co."population" DESC NULLS LAST, co."name"
    LIMIT ${NEARBY_LIMIT}`;
}
