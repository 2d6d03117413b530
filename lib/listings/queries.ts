// Public reads of listings and categories. Only public listings (lib/listings/visibility.ts) and
// only public fields are ever selected: never the advertiser's name, street address, phone, e-mail
// or SIRET digits (only the verification status).
import 'server-only';
import { prisma, type Prisma } from '@/lib/db/client';
import {
  readHours,
  readServices,
  readSocialLinks,
  type ListingService,
  type SocialLinks,
  type Weekday,
} from '@/lib/listings/content';
import { publicListingWhere } from '@/lib/listings/visibility';
import { reviewContentSelect } from '@/lib/reviews/queries';

/** What a result card shows. */
export type ListingCardData = {
  slug: string;
  title: string;
  categoryName: string;
  categorySlug: string;
  communeName: string;
  departmentCode: string;
  ratingAverage: number | null;
  ratingCount: number;
  siretVerified: boolean;
};

export type CategoryWithCount = {
  slug: string;
  name: string;
  description: string;
  publishedCount: number;
};

export type ServiceArea = { kind: 'commune' | 'department'; name: string; code: string };

export type PublicReview = {
  id: string;
  authorName: string;
  rating: number;
  title: string | null;
  body: string;
  experienceDate: Date;
  publishedAt: Date | null;
  createdAt: Date;
  reply: { body: string; createdAt: Date } | null;
};

export type PublicListing = ListingCardData & {
  id: string;
  pitch: string;
  description: string;
  departmentName: string;
  priceInfo: string | null;
  services: ListingService[];
  socialLinks: SocialLinks;
  /** Whether « Afficher le numéro » appears; the number itself is only sent on request. */
  showPhone: boolean;
  hours: Partial<Record<Weekday, string>> | null;
  website: string | null;
  publishedAt: Date | null;
  siretCheckedAt: Date | null;
  serviceAreas: ServiceArea[];
  reviewCodesIssued: number;
  /** Reviews posted with a code, whatever their moderation status (review transparency). */
  reviewsPosted: number;
  reviews: PublicReview[];
};

const cardSelect = {
  slug: true,
  title: true,
  ratingAverage: true,
  ratingCount: true,
  category: { select: { name: true, slug: true } },
  commune: { select: { name: true, departmentCode: true } },
  advertiser: { select: { siretStatus: true } },
} as const;

type CardRow = {
  slug: string;
  title: string;
  ratingAverage: { toNumber(): number } | null;
  ratingCount: number;
  category: { name: string; slug: string };
  commune: { name: string; departmentCode: string };
  advertiser: { siretStatus: string };
};

function toCard(row: CardRow): ListingCardData {
  return {
    slug: row.slug,
    title: row.title,
    categoryName: row.category.name,
    categorySlug: row.category.slug,
    communeName: row.commune.name,
    departmentCode: row.commune.departmentCode,
    ratingAverage: row.ratingAverage === null ? null : row.ratingAverage.toNumber(),
    ratingCount: row.ratingCount,
    siretVerified: row.advertiser.siretStatus === 'VERIFIED',
  };
}

/** The most recently published listings, newest first. */
export async function getRecentListings(limit = 6): Promise<ListingCardData[]> {
  const rows = await prisma.listing.findMany({
    where: publicListingWhere,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** Every category in its editorial order, with the number of public listings in it. */
export async function getCategoriesWithCounts(): Promise<CategoryWithCount[]> {
  const rows = await prisma.category.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { listings: { where: publicListingWhere } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    description: row.description,
    publishedCount: row._count.listings,
  }));
}

/** Everything the listing page shows; the advertiser's preview reads it too (lib/listings/editor.ts). */
export const listingViewSelect = {
  ...cardSelect,
  id: true,
  pitch: true,
  description: true,
  priceInfo: true,
  services: true,
  socialLinks: true,
  showPhone: true,
  hours: true,
  website: true,
  publishedAt: true,
  reviewCodesIssued: true,
  commune: { select: { name: true, departmentCode: true, department: { select: { name: true } } } },
  advertiser: { select: { siretStatus: true, siretCheckedAt: true } },
  serviceAreas: {
    select: {
      commune: { select: { code: true, name: true, departmentCode: true } },
      department: { select: { code: true, name: true } },
    },
  },
  reviews: {
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: {
      ...reviewContentSelect,
      reply: { select: { body: true, createdAt: true } },
    },
  },
  _count: { select: { reviews: { where: { codeId: { not: null } } } } },
} as const satisfies Prisma.ListingSelect;

type ListingViewRow = Prisma.ListingGetPayload<{ select: typeof listingViewSelect }>;

/** A public listing with its published reviews; null when absent or not public. */
export async function getPublishedListingBySlug(slug: string): Promise<PublicListing | null> {
  const row = await prisma.listing.findFirst({ where: { ...publicListingWhere, slug }, select: listingViewSelect });
  return row ? toPublicListing(row) : null;
}

export function toPublicListing(row: ListingViewRow): PublicListing {
  const serviceAreas: ServiceArea[] = row.serviceAreas
    .map((area): ServiceArea | null => {
      if (area.department) return { kind: 'department', name: area.department.name, code: area.department.code };
      if (area.commune) return { kind: 'commune', name: area.commune.name, code: area.commune.departmentCode };
      return null;
    })
    .filter((area): area is ServiceArea => area !== null)
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'fr') : a.kind === 'department' ? -1 : 1));

  return {
    ...toCard(row),
    id: row.id,
    pitch: row.pitch,
    description: row.description,
    departmentName: row.commune.department.name,
    priceInfo: row.priceInfo,
    services: readServices(row.services),
    socialLinks: readSocialLinks(row.socialLinks),
    showPhone: row.showPhone,
    hours: readHours(row.hours),
    website: row.website,
    publishedAt: row.publishedAt,
    siretCheckedAt: row.advertiser.siretStatus === 'VERIFIED' ? row.advertiser.siretCheckedAt : null,
    serviceAreas,
    reviewCodesIssued: row.reviewCodesIssued,
    reviewsPosted: row._count.reviews,
    reviews: row.reviews,
  };
}
