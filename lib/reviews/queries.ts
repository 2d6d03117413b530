// Public reads of reviews: only published reviews are ever counted or shown.
import 'server-only';
import { prisma, type Prisma } from '@/lib/db/client';

/** A review as its readers see it, on the listing and in the advertiser's space; never the e-mail. */
export const reviewContentSelect = {
  id: true,
  authorName: true,
  rating: true,
  title: true,
  body: true,
  experienceDate: true,
  publishedAt: true,
  createdAt: true,
} as const satisfies Prisma.ReviewSelect;

export type RatingBucket = {
  /** 5 down to 1. */
  rating: number;
  count: number;
  /** Rounded share of all published reviews, 0–100. */
  percent: number;
};

export type RatingDistribution = {
  total: number;
  /** Mean of the published ratings, null without any. */
  average: number | null;
  /** Always five buckets, 5★ first, empty ones included. */
  buckets: RatingBucket[];
};

/** How the listing's published reviews spread over 5★ … 1★. */
export async function getRatingDistribution(listingId: string): Promise<RatingDistribution> {
  const groups = await prisma.review.groupBy({
    by: ['rating'],
    where: { listingId, status: 'PUBLISHED' },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((group) => [group.rating, group._count._all]));
  const total = groups.reduce((sum, group) => sum + group._count._all, 0);
  const sum = groups.reduce((acc, group) => acc + group.rating * group._count._all, 0);
  return {
    total,
    average: total > 0 ? sum / total : null,
    buckets: [5, 4, 3, 2, 1].map((rating) => {
      const count = counts.get(rating) ?? 0;
      return { rating, count, percent: total > 0 ? Math.round((count / total) * 100) : 0 };
    }),
  };
}
