// Sending an inquiry from a public listing: anti-spam checks, then in one transaction the inquiry, the
// acceptance of the charter in force (sending an inquiry accepts it at once), the e-mails to the
// advertiser and to the visitor (through the outbox) and the listing's inquiry count. Any failure
// writes nothing.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { countInquiry } from '@/lib/listings/stats';
import { publicListingWhere } from '@/lib/listings/visibility';
import { interactionCharterVersionId } from '@/lib/privacy/charter';
import { hitRateLimit, RATE_LIMITS, type RateLimitRule } from '@/lib/security/rate-limit';
import { checkFormToken, isHoneypotFilled } from './anti-spam';
import { CALL_SLOTS } from './contact-options';
import type { InquiryInput } from './schema';

/** Also the answer a robot caught by the honeypot gets: it must not learn that it was spotted. */
export const INQUIRY_SENT_MESSAGE =
  'Votre demande est envoyée. Le professionnel vous répondra par e-mail\u00a0; un accusé de réception vient de partir à votre adresse.';

export type SubmissionResult =
  /** Stored and e-mailed — or a robot filled the honeypot: it is told the same, and nothing is stored. */
  | { kind: 'sent' }
  | { kind: 'too-fast' }
  /** The signed timestamp is missing or forged. */
  | { kind: 'invalid-form' }
  | { kind: 'rate-limited'; scope: 'sender' | 'listing'; retryAfterMs: number }
  | { kind: 'listing-unavailable' };

export async function submitInquiry(
  data: InquiryInput,
  context: { ip: string | null },
  now = new Date(),
): Promise<SubmissionResult> {
  if (isHoneypotFilled(data.website)) return { kind: 'sent' };

  const token = checkFormToken(data.formToken, data.listingId, now);
  if (token === 'invalid') return { kind: 'invalid-form' };
  if (token === 'too-fast') return { kind: 'too-fast' };

  const limits: [RateLimitRule, string, 'sender' | 'listing'][] = [
    [RATE_LIMITS.inquiryIp, context.ip ?? 'unknown', 'sender'],
    [RATE_LIMITS.inquiryEmail, data.email, 'sender'],
    [RATE_LIMITS.inquiryListing, data.listingId, 'listing'],
  ];
  // One after the other: a sender already refused does not use up the listing's daily allowance.
  for (const [rule, subject, scope] of limits) {
    const limit = await hitRateLimit(prisma, rule, subject, now);
    if (!limit.allowed) return { kind: 'rate-limited', scope, retryAfterMs: limit.retryAfterMs };
  }

  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { ...publicListingWhere, id: data.listingId },
      select: { id: true, title: true, advertiser: { select: { fullName: true, user: { select: { email: true } } } } },
    });
    if (!listing) return { kind: 'listing-unavailable' } as const;

    // Sending an inquiry accepts the latest published version, in force for the sender at once.
    const charterVersionId = await interactionCharterVersionId(tx, now);
    const callback = data.contact === 'CALLBACK';
    const inquiry = await tx.inquiry.create({
      data: {
        listingId: listing.id,
        kind: callback ? 'CALLBACK' : 'MESSAGE',
        senderName: data.name,
        senderEmail: data.email,
        senderPhone: data.phone,
        message: data.message,
        preferredCallTime: callback ? CALL_SLOTS[data.callTime] : null,
        charterVersionId,
        lastMessageAt: now,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.charterAcceptance.create({
      data: { charterVersionId, email: data.email, context: 'INQUIRY', acceptedAt: now },
    });
    await enqueueEmail(tx, {
      to: listing.advertiser.user.email,
      template: 'inquiry-received',
      props: {
        advertiserName: listing.advertiser.fullName,
        senderName: data.name,
        listingTitle: listing.title,
        inboxUrl: `${env().APP_URL}/espace/demandes/${inquiry.id}`,
      },
      idempotencyKey: `inquiry-received:${inquiry.id}`,
    });
    await enqueueEmail(tx, {
      to: data.email,
      template: 'inquiry-acknowledgement',
      props: { senderName: data.name, advertiserName: listing.advertiser.fullName, listingTitle: listing.title },
      idempotencyKey: `inquiry-acknowledgement:${inquiry.id}`,
    });
    await countInquiry(tx, listing.id, now);
    return { kind: 'sent' } as const;
  });
}
