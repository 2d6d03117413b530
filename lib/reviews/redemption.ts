// Redeeming a review code at /avis. Step 1 checks the code; step 2 publishes the review and consumes
// the code in one transaction, with a conditional update that only one request can win (two tabs, one
// review). Unknown, used, expired and revoked codes get one and the same answer, and wrong codes are
// rate-limited per address and globally, so guessing a 60-bit code is hopeless.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { publicListingWhere } from '@/lib/listings/visibility';
import { NEWSLETTER_LISTS, requestClientsNewsletter } from '@/lib/newsletters/lists';
import { interactionCharterVersionId } from '@/lib/privacy/charter';
import { hitRateLimit, isRateLimited, RATE_LIMITS } from '@/lib/security/rate-limit';
import { hashReviewCode, normalizeReviewCode } from './code';
import { lockListing, refreshListingRating } from './rating';
import type { ReviewInput } from './schema';

/** The one answer for a code that is unknown, already used, expired or revoked. */
export const INVALID_CODE_MESSAGE =
  'Ce code n’est pas valable. Vérifiez-le auprès du professionnel qui vous l’a remis.';

export type RedeemableCode = {
  code: string;
  listing: { title: string; slug: string; advertiserName: string };
  /** Bounds of « Date de l'expérience », as YYYY-MM-DD (Paris): the code's creation day, today. */
  minExperienceDate: string;
  maxExperienceDate: string;
};

export type CheckResult =
  | { kind: 'valid'; redeemable: RedeemableCode }
  | { kind: 'invalid' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'listing-unavailable' };

export type SubmitResult =
  | { kind: 'published'; listingSlug: string; listingTitle: string; newsletterPending: boolean }
  | { kind: 'invalid' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'listing-limited' }
  | { kind: 'listing-unavailable' }
  | { kind: 'bad-date'; message: string };

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** « 2026-11-27 »: the calendar day in France of an instant. */
export function parisDate(date: Date): string {
  return parisDay.format(date);
}

/** Refused before any look-up while the address, or the whole site, has used up its wrong guesses. */
async function lockedOut(ip: string, now: Date): Promise<CheckResult | null> {
  for (const [rule, subject] of [
    [RATE_LIMITS.reviewCodeFailureIp, ip],
    [RATE_LIMITS.reviewCodeFailureGlobal, 'all'],
  ] as const) {
    const verdict = await isRateLimited(prisma, rule, subject, now);
    if (!verdict.allowed) return { kind: 'rate-limited', retryAfterMs: verdict.retryAfterMs };
  }
  return null;
}

async function countFailure(ip: string, now: Date): Promise<void> {
  await hitRateLimit(prisma, RATE_LIMITS.reviewCodeFailureIp, ip, now);
  await hitRateLimit(prisma, RATE_LIMITS.reviewCodeFailureGlobal, 'all', now);
}

type FoundCode = { id: string; createdAt: Date; listingId: string; listing: RedeemableCode['listing']; public: boolean };

/** The redeemable code behind what was typed, or null (and one failure counted). */
async function findRedeemable(input: string, ip: string, now: Date): Promise<FoundCode | null> {
  const canonical = normalizeReviewCode(input);
  const row = canonical
    ? await prisma.reviewCode.findFirst({
        where: { codeHash: hashReviewCode(canonical), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        select: {
          id: true,
          createdAt: true,
          listingId: true,
          listing: { select: { title: true, slug: true, advertiser: { select: { fullName: true } } } },
        },
      })
    : null;
  if (!row) {
    await countFailure(ip, now);
    return null;
  }
  const visible = await prisma.listing.count({ where: { ...publicListingWhere, id: row.listingId } });
  return {
    id: row.id,
    createdAt: row.createdAt,
    listingId: row.listingId,
    listing: { title: row.listing.title, slug: row.listing.slug, advertiserName: row.listing.advertiser.fullName },
    public: visible === 1,
  };
}

export async function checkReviewCode(input: string, context: { ip: string | null }, now = new Date()): Promise<CheckResult> {
  const ip = context.ip ?? 'unknown';
  const locked = await lockedOut(ip, now);
  if (locked) return locked;
  const found = await findRedeemable(input, ip, now);
  if (!found) return { kind: 'invalid' };
  if (!found.public) return { kind: 'listing-unavailable' };
  return {
    kind: 'valid',
    redeemable: {
      code: normalizeReviewCode(input)!,
      listing: found.listing,
      minExperienceDate: parisDate(found.createdAt),
      maxExperienceDate: parisDate(now),
    },
  };
}

/** « Marie » + « Dupont » → « Marie D. »: only the initial of the surname is ever stored. */
export function publicAuthorName(firstName: string, lastName: string): string {
  const initial = lastName.match(/\p{L}/u)?.[0]?.toUpperCase();
  const first = firstName.trim().replace(/\s+/g, ' ');
  return initial ? `${first} ${initial}.` : first;
}

class CodeAlreadyConsumed extends Error {}

export async function submitReview(data: ReviewInput, context: { ip: string | null }, now = new Date()): Promise<SubmitResult> {
  const ip = context.ip ?? 'unknown';
  const locked = await lockedOut(ip, now);
  if (locked) return locked as SubmitResult;
  const found = await findRedeemable(data.code, ip, now);
  if (!found) return { kind: 'invalid' };
  if (!found.public) return { kind: 'listing-unavailable' };

  const min = parisDate(found.createdAt);
  const max = parisDate(now);
  if (data.experienceDate > max) return { kind: 'bad-date', message: 'La date de l’expérience ne peut pas être dans le futur.' };
  if (data.experienceDate < min) {
    return { kind: 'bad-date', message: 'La date de l’expérience ne peut pas précéder la remise du code par le professionnel.' };
  }

  const listingLimit = await hitRateLimit(prisma, RATE_LIMITS.reviewListing, found.listingId, now);
  if (!listingLimit.allowed) return { kind: 'listing-limited' };

  const canonical = normalizeReviewCode(data.code)!;
  try {
    return await prisma.$transaction(async (tx) => {
      // The only check that counts: exactly one request turns this code from unused to used.
      const consumed = await tx.$queryRaw<{ id: string; listingId: string }[]>(Prisma.sql`
        UPDATE "ReviewCode" SET "usedAt" = ${now}
        WHERE "codeHash" = ${hashReviewCode(canonical)} AND "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > ${now}
        RETURNING "id", "listingId"`);
      if (consumed.length !== 1) throw new CodeAlreadyConsumed();
      const { id: codeId, listingId } = consumed[0];

      await lockListing(tx, listingId);
      const listing = await tx.listing.findUniqueOrThrow({
        where: { id: listingId },
        select: { slug: true, title: true, advertiser: { select: { fullName: true, user: { select: { email: true } } } } },
      });
      const review = await tx.review.create({
        data: {
          listingId,
          codeId,
          authorName: publicAuthorName(data.firstName, data.lastName),
          authorEmail: data.email,
          rating: data.rating,
          title: data.title,
          body: data.body,
          experienceDate: new Date(`${data.experienceDate}T00:00:00Z`),
          // A posteriori moderation: a review from a valid code is online at once (review-policy page).
          status: 'PUBLISHED',
          publishedAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      await refreshListingRating(tx, listingId);

      const charterVersionId = await interactionCharterVersionId(tx, now);
      await tx.charterAcceptance.create({ data: { charterVersionId, email: data.email, context: 'REVIEW', acceptedAt: now } });

      await enqueueEmail(tx, {
        to: listing.advertiser.user.email,
        template: 'review-published',
        props: {
          advertiserName: listing.advertiser.fullName,
          listingTitle: listing.title,
          rating: data.rating,
          reviewsUrl: `${env().APP_URL}/espace/avis`,
        },
        idempotencyKey: `review-published:${review.id}`,
      });

      let newsletterPending = false;
      if (data.newsletter === 'on') {
        const request = await requestClientsNewsletter(tx, data.email, now);
        if (request) {
          newsletterPending = true;
          await enqueueEmail(tx, {
            to: data.email,
            template: 'newsletter-confirm',
            props: {
              name: data.firstName,
              listName: NEWSLETTER_LISTS[1].name,
              confirmUrl: `${env().APP_URL}/newsletter/confirmer?jeton=${encodeURIComponent(request.confirmToken)}`,
            },
            idempotencyKey: `newsletter-confirm:${review.id}`,
          });
        }
      }
      return { kind: 'published', listingSlug: listing.slug, listingTitle: listing.title, newsletterPending } as const;
    });
  } catch (error) {
    if (error instanceof CodeAlreadyConsumed) return { kind: 'invalid' };
    throw error;
  }
}
