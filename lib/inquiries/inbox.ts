// What the advertiser does with an inquiry in their inbox: read it, archive it, answer it. Every write
// is conditioned on (inquiry id AND the advertiser owning its listing): for anyone else nothing
// changes and the caller learns only « introuvable ».
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { ownedBy } from './queries';

function ownInquiry(advertiserId: string, inquiryId: string) {
  return { AND: [{ id: inquiryId }, ownedBy(advertiserId)] };
}

/** Marks the inquiry read the first time it is opened; false when it is not the advertiser's. */
export async function markRead(advertiserId: string, inquiryId: string): Promise<boolean> {
  const where = ownInquiry(advertiserId, inquiryId);
  const { count } = await prisma.inquiry.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  return count > 0 || (await prisma.inquiry.count({ where })) > 0;
}

export async function archive(advertiserId: string, inquiryId: string): Promise<boolean> {
  const { count } = await prisma.inquiry.updateMany({
    where: ownInquiry(advertiserId, inquiryId),
    data: { archivedAt: new Date() },
  });
  return count > 0;
}

export async function unarchive(advertiserId: string, inquiryId: string): Promise<boolean> {
  const { count } = await prisma.inquiry.updateMany({
    where: ownInquiry(advertiserId, inquiryId),
    data: { archivedAt: null },
  });
  return count > 0;
}

export type AnswerResult = { outcome: 'sent'; answerId: string } | { outcome: 'not-found' };

/**
 * Stores the answer and queues its e-mail to the visitor in one transaction: either both happen or
 * neither. Reply-To is the advertiser's account address, so the visitor's reply reaches them directly.
 */
export async function answerInquiry(advertiserId: string, inquiryId: string, body: string): Promise<AnswerResult> {
  return prisma.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({
      where: ownInquiry(advertiserId, inquiryId),
      select: {
        id: true,
        senderName: true,
        senderEmail: true,
        message: true,
        readAt: true,
        answeredAt: true,
        listing: { select: { title: true, advertiser: { select: { fullName: true, user: { select: { email: true } } } } } },
      },
    });
    if (!inquiry) return { outcome: 'not-found' };

    const now = new Date();
    const answer = await tx.inquiryAnswer.create({ data: { inquiryId, body, createdAt: now }, select: { id: true } });
    await tx.inquiry.update({
      where: { id: inquiry.id },
      data: { answeredAt: inquiry.answeredAt ?? now, readAt: inquiry.readAt ?? now, lastMessageAt: now },
    });
    const { title, advertiser } = inquiry.listing;
    await enqueueEmail(tx, {
      to: inquiry.senderEmail,
      template: 'inquiry-answer',
      props: {
        senderName: inquiry.senderName,
        advertiserName: advertiser.fullName,
        listingTitle: title,
        answer: body,
        originalMessage: inquiry.message,
      },
      idempotencyKey: `inquiry-answer:${answer.id}`,
      replyTo: advertiser.user.email,
    });
    return { outcome: 'sent', answerId: answer.id };
  });
}
