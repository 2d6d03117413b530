// Moderation of reviews by the team (/admin/avis): the queue of open reports, « Masquer » with a written
// statement of reasons (DSA art. 17) e-mailed to the author and to the advertiser, « Rétablir », and
// « Rejeter le signalement ». Each decision is a ModerationDecision, an audit-log entry, and the
// listing's rating recomputed in the same transaction.
import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { prisma, type ModerationAction, type Tx } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format/french';
import { reviewContentSelect } from '@/lib/reviews/queries';
import { lockListing, refreshListingRating } from './rating';

export const REVIEW_SUBJECT = 'review';
export const REVIEW_HIDDEN = 'review.hidden';
export const REVIEW_RESTORED = 'review.restored';
export const REVIEW_REPORT_DISMISSED = 'review.report_dismissed';

const GROUNDS =
  'Politique de publication des avis de Jauto-entreprends (page « Avis vérifiés »), conditions générales d’utilisation, et article L111-7-2 du Code de la consommation.';

export async function listOpenReports() {
  return prisma.reviewReport.findMany({
    where: { status: 'OPEN' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      reason: true,
      byAdvertiser: true,
      createdAt: true,
      review: {
        select: {
          ...reviewContentSelect,
          status: true,
          listing: { select: { title: true, slug: true } },
        },
      },
    },
  });
}

export async function listRemovedReviews() {
  return prisma.review.findMany({
    where: { status: 'REMOVED' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: 50,
    select: {
      ...reviewContentSelect,
      updatedAt: true,
      listing: { select: { title: true, slug: true } },
    },
  });
}

export function reviewPublicUrl(slug: string, reviewId: string): string {
  return `${env().APP_URL}/annonce/${slug}#avis-${reviewId}`;
}

type ReviewForDecision = {
  id: string;
  authorName: string;
  authorEmail: string | null;
  anonymizedAt: Date | null;
  listingId: string;
  listing: { slug: string; advertiser: { fullName: string; userId: string; user: { email: string } } };
};

const reviewForDecision = {
  id: true,
  authorName: true,
  authorEmail: true,
  anonymizedAt: true,
  listingId: true,
  listing: { select: { slug: true, advertiser: { select: { fullName: true, userId: true, user: { select: { email: true } } } } } },
} as const;

/** The decision row, its statement e-mailed to the author (if reachable) and to the advertiser, and the audit entry. */
async function decide(
  tx: Tx,
  input: {
    adminId: string;
    review: ReviewForDecision;
    action: ModerationAction;
    auditAction: string;
    decision: string;
    statement: string;
    notifyAuthor: boolean;
    now: Date;
  },
) {
  const { review, now } = input;
  const decision = await tx.moderationDecision.create({
    data: {
      targetType: 'REVIEW',
      targetId: review.id,
      action: input.action,
      grounds: GROUNDS,
      statement: input.statement,
      decidedById: input.adminId,
      createdAt: now,
    },
    select: { id: true },
  });
  const common = {
    contentLabel: 'L’avis',
    url: reviewPublicUrl(review.listing.slug, review.id),
    decision: input.decision,
    statement: input.statement,
    grounds: GROUNDS,
    decidedAt: formatDate(now),
    reference: decision.id,
  };
  if (input.notifyAuthor && review.authorEmail && !review.anonymizedAt) {
    await enqueueEmail(tx, {
      to: review.authorEmail,
      template: 'moderation-decision',
      props: { ...common, name: review.authorName, recipient: 'author' },
      idempotencyKey: `moderation-decision:${decision.id}:author`,
    });
  }
  await enqueueEmail(tx, {
    to: review.listing.advertiser.user.email,
    template: 'moderation-decision',
    props: { ...common, name: review.listing.advertiser.fullName, recipient: 'listingOwner' },
    idempotencyKey: `moderation-decision:${decision.id}:advertiser`,
  });
  await recordAudit(tx, {
    actorId: input.adminId,
    action: input.auditAction,
    subjectType: REVIEW_SUBJECT,
    subjectId: review.id,
    subjectUserId: review.listing.advertiser.userId,
    reason: input.statement,
    metadata: { decisionId: decision.id, listingId: review.listingId },
  });
}

/**
 * Hiding and restoring are the same move in opposite directions: the review changes status only if it is
 * still in `from` (a concurrent decision loses), the listing's rating follows, and the decision is
 * recorded and e-mailed, in one transaction.
 */
async function moveReview(
  adminId: string,
  reviewId: string,
  reason: string,
  now: Date,
  move: {
    from: 'PUBLISHED' | 'REMOVED';
    to: 'PUBLISHED' | 'REMOVED';
    action: 'REMOVE' | 'RESTORE';
    auditAction: string;
    decision: string;
    upholdReports: boolean;
  },
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const review = await tx.review.findFirst({ where: { id: reviewId, status: move.from }, select: reviewForDecision });
    if (!review) return false;
    await lockListing(tx, review.listingId);
    const { count } = await tx.review.updateMany({ where: { id: review.id, status: move.from }, data: { status: move.to } });
    if (count !== 1) return false;
    if (move.upholdReports) {
      await tx.reviewReport.updateMany({ where: { reviewId: review.id, status: 'OPEN' }, data: { status: 'UPHELD', resolvedAt: now } });
    }
    await refreshListingRating(tx, review.listingId);
    await decide(tx, {
      adminId,
      review,
      action: move.action,
      auditAction: move.auditAction,
      decision: move.decision,
      statement: reason,
      notifyAuthor: true,
      now,
    });
    return true;
  });
}

/** « Masquer »: a published review becomes REMOVED; its open reports are upheld. */
export function hideReview(adminId: string, reviewId: string, reason: string, now = new Date()): Promise<boolean> {
  return moveReview(adminId, reviewId, reason, now, {
    from: 'PUBLISHED',
    to: 'REMOVED',
    action: 'REMOVE',
    auditAction: REVIEW_HIDDEN,
    decision: 'L’avis a été masqué : il n’est plus visible sur le site.',
    upholdReports: true,
  });
}

/** « Rétablir »: a hidden review is published again. */
export function restoreReview(adminId: string, reviewId: string, reason: string, now = new Date()): Promise<boolean> {
  return moveReview(adminId, reviewId, reason, now, {
    from: 'REMOVED',
    to: 'PUBLISHED',
    action: 'RESTORE',
    auditAction: REVIEW_RESTORED,
    decision: 'L’avis a été rétabli : il est de nouveau visible sur le site.',
    upholdReports: false,
  });
}

/** « Rejeter le signalement »: the review stays online; the advertiser who reported is told why. */
export async function dismissReport(adminId: string, reportId: string, reason: string, now = new Date()): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const report = await tx.reviewReport.findFirst({ where: { id: reportId, status: 'OPEN' }, select: { id: true, reviewId: true } });
    if (!report) return false;
    const { count } = await tx.reviewReport.updateMany({ where: { id: report.id, status: 'OPEN' }, data: { status: 'DISMISSED', resolvedAt: now } });
    if (count !== 1) return false;
    const review = await tx.review.findUniqueOrThrow({ where: { id: report.reviewId }, select: reviewForDecision });
    await decide(tx, {
      adminId,
      review,
      action: 'NO_ACTION',
      auditAction: REVIEW_REPORT_DISMISSED,
      decision: 'Le signalement a été rejeté : l’avis reste publié.',
      statement: reason,
      notifyAuthor: false,
      now,
    });
    return true;
  });
}
