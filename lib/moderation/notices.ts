// Receiving a notice of illegal content (DSA art. 16): open to anyone, stored for the moderation queue,
// acknowledged at once by e-mail through the outbox when the reporter gave an address (art. 16(4)).
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { isHoneypotFilled } from '@/lib/inquiries/anti-spam';
import { publicListingWhere } from '@/lib/listings/visibility';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { TARGET_TYPES } from './categories';
import type { NoticeInput } from './schema';

export const NOTICE_RECEIVED_MESSAGE =
  'Merci, votre signalement est enregistré. Notre équipe l’examine et vous informera de sa décision si vous avez indiqué votre adresse e-mail.';

/** Short reference quoted in e-mails, so the reporter and the author can refer to the case. */
export function noticeReference(id: string): string {
  return `S-${id.slice(-8).toUpperCase()}`;
}

export function listingUrl(slug: string): string {
  return `${env().APP_URL}/annonce/${slug}`;
}

export function reviewUrl(slug: string, reviewId: string): string {
  return `${listingUrl(slug)}#avis-${reviewId}`;
}

/**
 * What the report link of a listing or a review points to, to prefill the form. Public content only:
 * an id must not reveal the title of a draft or the author of a hidden review.
 */
export async function findReportTarget(type: string | undefined, id: string | undefined) {
  if (!id || id.length > 50) return null;
  if (type === 'listing') {
    const listing = await prisma.listing.findFirst({ where: { ...publicListingWhere, id }, select: { id: true, slug: true, title: true } });
    return listing && { type: 'listing' as const, id: listing.id, url: listingUrl(listing.slug), label: `l’annonce «\u00a0${listing.title}\u00a0»` };
  }
  if (type === 'review') {
    const review = await prisma.review.findFirst({
      where: { id, status: 'PUBLISHED', listing: publicListingWhere },
      select: { id: true, authorName: true, listing: { select: { slug: true, title: true } } },
    });
    return (
      review && {
        type: 'review' as const,
        id: review.id,
        url: reviewUrl(review.listing.slug, review.id),
        label: `l’avis de ${review.authorName} sur «\u00a0${review.listing.title}\u00a0»`,
      }
    );
  }
  return null;
}

export type NoticeResult = { kind: 'received' } | { kind: 'rate-limited'; retryAfterMs: number };

export async function submitNotice(data: NoticeInput, context: { ip: string | null }, now = new Date()): Promise<NoticeResult> {
  // A robot is told the same as a person, and nothing is stored.
  if (isHoneypotFilled(data.website)) return { kind: 'received' };
  const limit = await hitRateLimit(prisma, RATE_LIMITS.contentNoticeIp, context.ip ?? 'unknown', now);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs };

  const targetType = TARGET_TYPES[data.targetType];
  // A target that no longer exists (or a tampered id) is kept as a notice about the URL alone.
  const target = await findReportTarget(data.targetType, data.targetId ?? undefined);

  await prisma.$transaction(async (tx) => {
    const notice = await tx.contentNotice.create({
      data: {
        targetType,
        targetId: target?.id ?? null,
        category: data.category,
        url: data.url,
        explanation: data.explanation,
        reporterName: data.name,
        reporterEmail: data.email,
        goodFaith: true,
        acknowledgedAt: data.email ? now : null,
        createdAt: now,
      },
      select: { id: true },
    });
    if (data.email) {
      await enqueueEmail(tx, {
        to: data.email,
        template: 'content-notice-received',
        props: { reporterName: data.name ?? 'Madame, Monsieur', url: data.url, reference: noticeReference(notice.id) },
        idempotencyKey: `content-notice-received:${notice.id}`,
      });
    }
  });
  return { kind: 'received' };
}
