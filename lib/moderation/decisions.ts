// Deciding on a notice (DSA art. 17): the content is removed (a listing suspended, a review hidden) or
// left as it is; the decision is kept as a ModerationDecision, written to the audit log, and its
// statement of reasons is e-mailed to the reporter and, when the content is restricted, to its author.
// A removed content can be restored later, with its own decision and statement.
import 'server-only';
import { prisma, type ModerationAction, type Tx } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/log';
import { enqueueEmail } from '@/lib/email/outbox';
import { formatDate } from '@/lib/format/french';
import { lockListing, refreshListingRating } from '@/lib/reviews/rating';
import { listingUrl, noticeReference, reviewUrl } from './notices';
import type { DecisionInput } from './schema';

export type DecisionResult =
  | { kind: 'decided'; decisionId: string }
  | { kind: 'already-decided' }
  | { kind: 'not-found' }
  /** « Retirer » needs a listing or a review that still exists. */
  | { kind: 'no-target' };

type Author = { name: string; email: string | null; contentLabel: string; url: string };

const DECISION_TEXT: Record<ModerationAction, { author: string; reporter: string }> = {
  SUSPEND: {
    author: 'Votre annonce est suspendue\u00a0: elle n’est plus visible sur le site.',
    reporter: 'Le contenu signalé a été retiré du site.',
  },
  REMOVE: { author: 'Votre avis est retiré du site.', reporter: 'Le contenu signalé a été retiré du site.' },
  DEMOTE: { author: 'Votre contenu est moins mis en avant.', reporter: 'Le contenu signalé est moins mis en avant.' },
  RESTORE: { author: 'Votre contenu est de nouveau visible sur le site.', reporter: 'Le contenu signalé est de nouveau visible.' },
  NO_ACTION: {
    author: 'Votre contenu reste en ligne\u00a0: aucune mesure n’est prise.',
    reporter:
      'Après examen, le contenu signalé reste en ligne\u00a0: il ne nous paraît ni illicite ni contraire à nos conditions générales d’utilisation.',
  },
};

async function loadAuthor(tx: Tx, targetType: 'LISTING' | 'REVIEW', targetId: string): Promise<(Author & { listingId: string }) | null> {
  if (targetType === 'LISTING') {
    const listing = await tx.listing.findUnique({
      where: { id: targetId },
      select: { id: true, slug: true, title: true, advertiser: { select: { fullName: true, user: { select: { email: true } } } } },
    });
    return (
      listing && {
        listingId: listing.id,
        name: listing.advertiser.fullName,
        email: listing.advertiser.user.email,
        contentLabel: `votre annonce «\u00a0${listing.title}\u00a0»`,
        url: listingUrl(listing.slug),
      }
    );
  }
  const review = await tx.review.findUnique({
    where: { id: targetId },
    select: { id: true, authorName: true, authorEmail: true, listing: { select: { id: true, slug: true, title: true } } },
  });
  return (
    review && {
      listingId: review.listing.id,
      name: review.authorName,
      email: review.authorEmail,
      contentLabel: `votre avis sur «\u00a0${review.listing.title}\u00a0»`,
      url: reviewUrl(review.listing.slug, review.id),
    }
  );
}

/** Hides or shows the content; false when it was already in that state (nothing to do). */
async function applyVisibility(tx: Tx, targetType: 'LISTING' | 'REVIEW', targetId: string, listingId: string, visible: boolean): Promise<boolean> {
  if (targetType === 'LISTING') {
    const { count } = await tx.listing.updateMany({
      where: { id: targetId, status: visible ? 'SUSPENDED' : { not: 'SUSPENDED' } },
      data: { status: visible ? 'PUBLISHED' : 'SUSPENDED' },
    });
    return count === 1;
  }
  await lockListing(tx, listingId);
  const { count } = await tx.review.updateMany({
    where: { id: targetId, status: visible ? 'REMOVED' : { in: ['PUBLISHED', 'PENDING'] } },
    data: { status: visible ? 'PUBLISHED' : 'REMOVED' },
  });
  // The advertiser's own reports of that review (lib/reviews) are settled by the same removal.
  if (!visible && count === 1) {
    await tx.reviewReport.updateMany({ where: { reviewId: targetId, status: 'OPEN' }, data: { status: 'UPHELD', resolvedAt: new Date() } });
  }
  await refreshListingRating(tx, listingId);
  return count === 1;
}

type Statement = { action: ModerationAction; grounds: string; statement: string; decisionId: string; decidedAt: Date; reference: string };

async function sendStatement(tx: Tx, recipient: 'author' | 'reporter', to: { name: string; email: string }, content: { contentLabel: string; url: string }, decision: Statement) {
  await enqueueEmail(tx, {
    to: to.email,
    template: 'moderation-decision',
    props: {
      name: to.name,
      recipient,
      contentLabel: recipient === 'author' ? content.contentLabel : 'le contenu',
      url: content.url,
      decision: DECISION_TEXT[decision.action][recipient],
      statement: decision.statement,
      grounds: decision.grounds,
      decidedAt: formatDate(decision.decidedAt),
      reference: decision.reference,
    },
    idempotencyKey: `moderation-decision:${decision.decisionId}:${recipient}`,
  });
}

export async function decideNotice(adminId: string, input: DecisionInput, now = new Date()): Promise<DecisionResult> {
  return prisma.$transaction(async (tx) => {
    const notice = await tx.contentNotice.findUnique({ where: { id: input.noticeId } });
    if (!notice) return { kind: 'not-found' } as const;
    const remove = input.decision === 'REMOVE';
    // One conditional update: two moderators deciding at once → one decision.
    const { count } = await tx.contentNotice.updateMany({
      where: { id: notice.id, status: 'OPEN' },
      data: { status: remove ? 'UPHELD' : 'DISMISSED' },
    });
    if (count !== 1) return { kind: 'already-decided' } as const;

    const author = notice.targetId ? await loadAuthor(tx, notice.targetType, notice.targetId) : null;
    if (remove && !author) throw new NoTargetError();
    const action: ModerationAction = remove ? (notice.targetType === 'LISTING' ? 'SUSPEND' : 'REMOVE') : 'NO_ACTION';
    if (remove && author) await applyVisibility(tx, notice.targetType, notice.targetId!, author.listingId, false);

    const decision = await tx.moderationDecision.create({
      data: {
        targetType: notice.targetType,
        targetId: notice.targetId ?? '',
        action,
        grounds: input.grounds,
        statement: input.statement,
        noticeId: notice.id,
        decidedById: adminId,
        createdAt: now,
      },
      select: { id: true },
    });
    const statement = {
      action,
      grounds: input.grounds,
      statement: input.statement,
      decisionId: decision.id,
      decidedAt: now,
      reference: noticeReference(notice.id),
    };
    if (notice.reporterEmail) {
      await sendStatement(tx, 'reporter', { name: notice.reporterName ?? 'Madame, Monsieur', email: notice.reporterEmail }, { contentLabel: '', url: notice.url }, statement);
    }
    // The author is told when their content is restricted (art. 17(1)); a notice left without effect
    // does not need to reach them.
    if (remove && author?.email) {
      await sendStatement(tx, 'author', { name: author.name, email: author.email }, author, statement);
    }
    await recordAudit(tx, {
      actorId: adminId,
      action: 'moderation.decided',
      subjectType: 'ContentNotice',
      subjectId: notice.id,
      metadata: { action, targetType: notice.targetType, targetId: notice.targetId },
    });
    return { kind: 'decided', decisionId: decision.id } as const;
  }).catch((error: unknown) => {
    if (error instanceof NoTargetError) return { kind: 'no-target' } as const;
    throw error;
  });
}

/** Rolls the transaction back when a removal has nothing to remove. */
class NoTargetError extends Error {}

export type RestoreResult = { kind: 'restored'; decisionId: string } | { kind: 'not-restorable' };

/** Puts a removed listing or review back online (after an internal complaint, for instance). */
export async function restoreContent(adminId: string, input: { decisionId: string; statement: string }, now = new Date()): Promise<RestoreResult> {
  return prisma.$transaction(async (tx) => {
    const previous = await tx.moderationDecision.findUnique({ where: { id: input.decisionId } });
    if (!previous || (previous.action !== 'SUSPEND' && previous.action !== 'REMOVE')) return { kind: 'not-restorable' } as const;
    const author = await loadAuthor(tx, previous.targetType, previous.targetId);
    if (!author) return { kind: 'not-restorable' } as const;
    const changed = await applyVisibility(tx, previous.targetType, previous.targetId, author.listingId, true);
    if (!changed) return { kind: 'not-restorable' } as const;
    const grounds = 'Réexamen de la décision du ' + formatDate(previous.createdAt);
    const decision = await tx.moderationDecision.create({
      data: {
        targetType: previous.targetType,
        targetId: previous.targetId,
        action: 'RESTORE',
        grounds,
        statement: input.statement,
        decidedById: adminId,
        createdAt: now,
      },
      select: { id: true },
    });
    if (author.email) {
      await sendStatement(tx, 'author', { name: author.name, email: author.email }, author, {
        action: 'RESTORE',
        grounds,
        statement: input.statement,
        decisionId: decision.id,
        decidedAt: now,
        reference: noticeReference(previous.noticeId ?? previous.id),
      });
    }
    await recordAudit(tx, {
      actorId: adminId,
      action: 'moderation.restored',
      subjectType: 'ModerationDecision',
      subjectId: previous.id,
      metadata: { targetType: previous.targetType, targetId: previous.targetId },
    });
    return { kind: 'restored', decisionId: decision.id } as const;
  });
}
