// A listing's life once published: review codes handed out, reviews (some answered), inquiries and
// daily statistics, with the listing's denormalised counters computed from exactly these rows.
import type { SeedBatch } from '@/lib/seed/batch';
import type { SeedContext } from '@/lib/seed/context';
import type { CategorySeed } from '@/lib/seed/data/categories';
import { FIRST_NAMES, LAST_NAMES } from '@/lib/seed/data/people';
import {
  CALLBACK_MESSAGES,
  CRITICAL_REPLIES,
  INQUIRY_ENDINGS,
  POSITIVE_REPLIES,
  PREFERRED_CALL_TIMES,
  REVIEW_CODE_LABELS,
  REVIEWS_BY_RATING,
} from '@/lib/seed/data/texts';
import { DAY_MS, type Random, startOfUtcDay, unknownSecretHash } from '@/lib/seed/random';
import { slugify } from '@/lib/seed/slug';

type Rating = 1 | 2 | 3 | 4 | 5;
export type RatingWeights = ReadonlyArray<readonly [Rating, number]>;

/** Most professionals satisfy their clients; a few do not, and their ratings show it. */
export const GOOD_RATINGS: RatingWeights = [[5, 58], [4, 25], [3, 8], [2, 4], [1, 5]];
export const POOR_RATINGS: RatingWeights = [[5, 20], [4, 25], [3, 25], [2, 15], [1, 15]];

const HOUR_MS = 60 * 60 * 1000;
/** Codes are valid for three months. */
const CODE_VALIDITY_MS = 90 * DAY_MS;
/** Reviews younger than this are still waiting for moderation. */
const MODERATION_DELAY_MS = 2 * DAY_MS;
/** Inquiries older than this are gone: the retention purge deletes them. */
const INQUIRY_HISTORY_MS = 180 * DAY_MS;
const STAT_DAYS = 30;

export interface ListingActivityPlan {
  listingId: string;
  publishedAt: Date;
  category: CategorySeed;
  ratings: RatingWeights;
  reviewCodes: number;
  inquiries: number;
  /** Average daily views when statistics are generated; none when undefined. */
  dailyViews?: number;
}

export interface ListingCounters {
  ratingCount: number;
  ratingAverage: string | null;
  reviewCodesIssued: number;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
}

export function randomClient(random: Random): Person {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const email = `${slugify(firstName)}.${slugify(lastName).replace(/-/g, '')}${random.int(1, 999)}@example.com`;
  return { firstName, lastName, email };
}

export const randomMobile = (random: Random) =>
  `+33${random.pick(['6', '7'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;

const later = (date: Date, minMs: number, maxMs: number, random: Random) =>
  new Date(date.getTime() + minMs + random.next() * (maxMs - minMs));

function addReview(
  ctx: SeedContext,
  batch: SeedBatch,
  plan: ListingActivityPlan,
  code: { id: string; createdAt: Date },
  reviewedAt: Date,
): { rating: Rating; published: boolean } {
  const { random, now } = ctx;
  const rating = random.weighted(plan.ratings);
  const [title, body] = random.pick(REVIEWS_BY_RATING[rating]);
  const author = randomClient(random);
  const pending = now.getTime() - reviewedAt.getTime() < MODERATION_DELAY_MS;
  const status = pending ? 'PENDING' : random.chance(0.97) ? 'PUBLISHED' : 'REJECTED';
  const publishedAt = status === 'PUBLISHED' ? later(reviewedAt, HOUR_MS, MODERATION_DELAY_MS, random) : null;
  const reviewId = random.id();
  batch.reviews.push({
    id: reviewId,
    listingId: plan.listingId,
    codeId: code.id,
    authorName: `${author.firstName} ${author.lastName.charAt(0)}.`,
    authorEmail: author.email,
    rating,
    title: random.chance(0.85) ? title : null,
    body,
    experienceDate: startOfUtcDay(new Date(code.createdAt.getTime() - random.int(0, 14) * DAY_MS)),
    status,
    rejectionReason: status === 'REJECTED' ? 'Le texte ne décrit pas une expérience vécue avec ce professionnel.' : null,
    publishedAt,
    createdAt: reviewedAt,
    updatedAt: publishedAt ?? reviewedAt,
  });
  if (publishedAt && random.chance(rating <= 3 ? 0.6 : 0.25)) {
    const repliedAt = later(publishedAt, 2 * HOUR_MS, 5 * DAY_MS, random);
    if (repliedAt < now) {
      batch.replies.push({
        id: random.id(),
        reviewId,
        body: random.pick(rating <= 3 ? CRITICAL_REPLIES : POSITIVE_REPLIES),
        createdAt: repliedAt,
        updatedAt: repliedAt,
      });
    }
  }
  return { rating, published: status === 'PUBLISHED' };
}

function addReviewCodesAndReviews(ctx: SeedContext, batch: SeedBatch, plan: ListingActivityPlan) {
  const { random, now } = ctx;
  const publishedRatings: number[] = [];
  for (let i = 0; i < plan.reviewCodes; i++) {
    const createdAt = random.dateBetween(plan.publishedAt, now);
    const code = { id: random.id(), createdAt };
    const reviewedAt = later(createdAt, HOUR_MS, 10 * DAY_MS, random);
    const used = reviewedAt < now && random.chance(0.7);
    batch.reviewCodes.push({
      id: code.id,
      listingId: plan.listingId,
      codeHash: unknownSecretHash(),
      // The secret is unknown, so is its hint; the seed's bulk insert names every column, defaults included.
      hint: '',
      label: random.pick(REVIEW_CODE_LABELS),
      expiresAt: new Date(createdAt.getTime() + CODE_VALIDITY_MS),
      usedAt: used ? reviewedAt : null,
      createdAt,
    });
    if (used) {
      const review = addReview(ctx, batch, plan, code, reviewedAt);
      if (review.published) publishedRatings.push(review.rating);
    }
  }
  return publishedRatings;
}

function inquiryMessage(random: Random, category: CategorySeed): string {
  return `${random.pick(category.requests)} ${random.pick(INQUIRY_ENDINGS)}`.trim();
}

function addInquiries(ctx: SeedContext, batch: SeedBatch, plan: ListingActivityPlan): Date[] {
  const { random, now } = ctx;
  const from = new Date(Math.max(plan.publishedAt.getTime(), now.getTime() - INQUIRY_HISTORY_MS));
  const dates: Date[] = [];
  for (let i = 0; i < plan.inquiries; i++) {
    const createdAt = random.dateBetween(from, now);
    const sender = randomClient(random);
    const callback = random.chance(0.25);
    const readAt = now.getTime() - createdAt.getTime() > DAY_MS && random.chance(0.8)
      ? later(createdAt, 10 * 60 * 1000, DAY_MS, random)
      : null;
    batch.inquiries.push({
      id: random.id(),
      listingId: plan.listingId,
      kind: callback ? 'CALLBACK' : 'MESSAGE',
      senderName: `${sender.firstName} ${sender.lastName}`,
      senderEmail: sender.email,
      senderPhone: callback || random.chance(0.3) ? randomMobile(random) : null,
      message: callback ? random.pick(CALLBACK_MESSAGES) : inquiryMessage(random, plan.category),
      preferredCallTime: callback ? random.pick(PREFERRED_CALL_TIMES) : null,
      charterVersionId: ctx.charterVersionId,
      readAt,
      archivedAt: readAt && random.chance(0.2) ? later(readAt, HOUR_MS, 2 * DAY_MS, random) : null,
      lastMessageAt: createdAt,
      createdAt,
    });
    dates.push(createdAt);
  }
  return dates;
}

function addStatistics(
  ctx: SeedContext,
  batch: SeedBatch,
  plan: ListingActivityPlan,
  dailyViews: number,
  inquiryDates: Date[],
) {
  const { random } = ctx;
  const inquiriesByDay = new Map<number, number>();
  for (const date of inquiryDates) {
    const day = startOfUtcDay(date).getTime();
    inquiriesByDay.set(day, (inquiriesByDay.get(day) ?? 0) + 1);
  }
  const today = startOfUtcDay(ctx.now).getTime();
  const firstDay = startOfUtcDay(plan.publishedAt).getTime();
  for (let back = STAT_DAYS - 1; back >= 0; back--) {
    const day = new Date(today - back * DAY_MS);
    if (day.getTime() < firstDay) continue;
    // Fewer searches on Sundays, a little more on Mondays.
    const weekdayFactor = [0.6, 1.2, 1.05, 1, 1, 0.95, 0.8][day.getUTCDay()];
    const views = Math.max(0, Math.round(dailyViews * weekdayFactor * (0.6 + random.next() * 0.8)));
    batch.statDays.push({
      listingId: plan.listingId,
      day,
      views,
      phoneReveals: Math.round(views * (0.03 + random.next() * 0.09)),
      inquiries: inquiriesByDay.get(day.getTime()) ?? 0,
    });
  }
}

export function addListingActivity(ctx: SeedContext, batch: SeedBatch, plan: ListingActivityPlan): ListingCounters {
  const ratings = addReviewCodesAndReviews(ctx, batch, plan);
  const inquiryDates = addInquiries(ctx, batch, plan);
  if (plan.dailyViews !== undefined) addStatistics(ctx, batch, plan, plan.dailyViews, inquiryDates);
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  return {
    ratingCount: ratings.length,
    ratingAverage: ratings.length > 0 ? (sum / ratings.length).toFixed(2) : null,
    reviewCodesIssued: plan.reviewCodes,
  };
}
