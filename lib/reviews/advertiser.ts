// The advertiser's side of reviews: their list, one public reply per review (created or edited), and a
// free report of a reasoned doubt (Code de la consommation L111-7-2). Each function takes the
// advertiser's id and finds the review by id AND owner; a review itself is never edited nor deleted.
import 'server-only';
import { prisma, type ReviewStatus } from '@/lib/db/client';
import { reviewContentSelect } from '@/lib/reviews/queries';

export type AdvertiserReview = {
  id: string;
  authorName: string;
  rating: number;
  title: string | null;
  body: string;
  experienceDate: Date;
  publishedAt: Date | null;
  createdAt: Date;
  status: ReviewStatus;
  reply: { body: string; createdAt: Date; updatedAt: Date } | null;
  /** An open report of the advertiser's own, waiting for the team. */
  openReport: { reason: string; createdAt: Date } | null;
};

export const ADVERTISER_REVIEWS_PAGE_SIZE = 20;

const ownedBy = (advertiserId: string) => ({ listing: { advertiserId } });

export async function listAdvertiserReviews(advertiserId: string, page = 1) {
  const where = { ...ownedBy(advertiserId), status: { in: ['PUBLISHED', 'REMOVED'] as ReviewStatus[] } };
  const total = await prisma.review.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADVERTISER_REVIEWS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.review.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    skip: (current - 1) * ADVERTISER_REVIEWS_PAGE_SIZE,
    take: ADVERTISER_REVIEWS_PAGE_SIZE,
    select: {
      ...reviewContentSelect,
      status: true,
      reply: { select: { body: true, createdAt: true, updatedAt: true } },
      reports: {
        where: { byAdvertiser: true, status: 'OPEN' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { reason: true, createdAt: true },
      },
    },
  });
  const reviews: AdvertiserReview[] = rows.map(({ reports, ...row }) => ({ ...row, openReport: reports[0] ?? null }));
  return { reviews, total, page: current, pageCount };
}

/** Creates or replaces the public reply; 'not-found' for a review that is not the advertiser's or not online. */
export async function replyToReview(advertiserId: string, reviewId: string, body: string): Promise<'created' | 'updated' | 'not-found'> {
  const review = await prisma.review.findFirst({
    where: { id: reviewId, ...ownedBy(advertiserId), status: 'PUBLISHED' },
    select: { id: true, listing: { select: { slug: true } }, reply: { select: { id: true } } },
  });
  if (!review) return 'not-found';
  await prisma.reviewReply.upsert({
    where: { reviewId: review.id },
    create: { reviewId: review.id, body },
    update: { body },
  });
  return review.reply ? 'updated' : 'created';
}

/** Reports a doubt on a published review of the advertiser's listing; one open report at a time. */
export async function reportReview(advertiserId: string, reviewId: string, reason: string): Promise<'reported' | 'already-open' | 'not-found'> {
  return prisma.$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { id: reviewId, ...ownedBy(advertiserId), status: 'PUBLISHED' },
      select: { id: true },
    });
    if (!review) return 'not-found';
    const open = await tx.reviewReport.count({ where: { reviewId: review.id, byAdvertiser: true, status: 'OPEN' } });
    if (open > 0) return 'already-open';
    await tx.reviewReport.create({ data: { reviewId: review.id, byAdvertiser: true, reason } });
    return 'reported';
  });
}

export async function listingSlugOf(advertiserId: string): Promise<string | null> {
  const listing = await prisma.listing.findUnique({ where: { advertiserId }, select: { slug: true } });
  return listing?.slug ?? null;
}
