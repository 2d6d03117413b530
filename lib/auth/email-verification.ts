// Proving an address: at sign-up (a listing cannot be published before) and when an advertiser
// replaces their e-mail (the new one takes over only once confirmed; the old one is told).
import 'server-only';
import { prisma, type Tx } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { recordAudit } from '@/lib/audit/log';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { consumeUserToken, issueUserToken, retireUserTokens } from './user-tokens';

export function verificationUrl(token: string): string {
  return `${env().APP_URL}/verification?jeton=${encodeURIComponent(token)}`;
}

/** Writes a verification link and its e-mail in the caller's transaction. */
export async function sendVerificationEmail(tx: Tx, user: { id: string; email: string; name: string }, now = new Date()) {
  const { id, token } = await issueUserToken(tx, { userId: user.id, purpose: 'EMAIL_VERIFICATION' }, now);
  await enqueueEmail(tx, {
    to: user.email,
    template: 'verify-email',
    props: { name: user.name, verifyUrl: verificationUrl(token) },
    idempotencyKey: `email-verification:${id}`,
  });
}

export type ResendResult = { kind: 'sent' } | { kind: 'already_verified' } | { kind: 'rate_limited'; retryAfterMs: number };

export async function resendVerificationEmail(userId: string, now = new Date()): Promise<ResendResult> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, emailVerifiedAt: true, advertiser: { select: { fullName: true } } },
  });
  if (user.emailVerifiedAt) return { kind: 'already_verified' };
  const limit = await hitRateLimit(prisma, RATE_LIMITS.verificationResend, userId, now);
  if (!limit.allowed) return { kind: 'rate_limited', retryAfterMs: limit.retryAfterMs };
  await prisma.$transaction((tx) =>
    sendVerificationEmail(tx, { id: user.id, email: user.email, name: user.advertiser?.fullName ?? user.email }, now),
  );
  return { kind: 'sent' };
}

/** Starts an e-mail change: the link goes to the new address. The caller has checked the password. */
export async function requestEmailChange(tx: Tx, user: { id: string; name: string }, newEmail: string, now = new Date()) {
  const { id, token } = await issueUserToken(tx, { userId: user.id, purpose: 'EMAIL_CHANGE', newEmail }, now);
  await enqueueEmail(tx, {
    to: newEmail,
    template: 'email-change-confirm',
    props: { name: user.name, newEmail, confirmUrl: verificationUrl(token) },
    idempotencyKey: `email-change:${id}`,
  });
}

export type VerificationResult =
  | { kind: 'verified' }
  | { kind: 'email_changed'; newEmail: string }
  /** Someone else took the new address between the request and the click. */
  | { kind: 'email_taken' }
  | { kind: 'invalid' };

/** Follows a link from /verification: either kind of token (they share one URL). */
export async function confirmEmailToken(token: string, now = new Date()): Promise<VerificationResult> {
  return prisma.$transaction(async (tx) => {
    const verification = await consumeUserToken(tx, token, 'EMAIL_VERIFICATION', now);
    if (verification) {
      await tx.user.updateMany({ where: { id: verification.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
      return { kind: 'verified' };
    }
    const change = await consumeUserToken(tx, token, 'EMAIL_CHANGE', now);
    if (!change?.newEmail) return { kind: 'invalid' };
    const taken = await tx.user.findUnique({ where: { email: change.newEmail }, select: { id: true } });
    if (taken) return { kind: 'email_taken' };
    const before = await tx.user.findUniqueOrThrow({
      where: { id: change.userId },
      select: { email: true, advertiser: { select: { fullName: true } } },
    });
    await tx.user.update({ where: { id: change.userId }, data: { email: change.newEmail, emailVerifiedAt: now } });
    // A reset link sent to the old address must not take the account back.
    await retireUserTokens(tx, change.userId, 'PASSWORD_RESET', now);
    // The newsletter follows the account to its new address.
    await tx.newsletterSubscription.updateMany({ where: { userId: change.userId }, data: { email: change.newEmail } });
    await enqueueEmail(tx, {
      to: before.email,
      template: 'email-changed-notice',
      props: { name: before.advertiser?.fullName ?? before.email, newEmail: change.newEmail, contactEmail: env().CONTACT_EMAIL },
      idempotencyKey: `email-changed:${change.userId}:${now.getTime()}`,
    });
    await recordAudit(tx, {
      actorId: change.userId,
      action: 'account.email_changed',
      subjectType: 'User',
      subjectId: change.userId,
      subjectUserId: change.userId,
    });
    return { kind: 'email_changed', newEmail: change.newEmail };
  });
}
