// « Mot de passe oublié »: the answer is the same whether or not the address has an account; the link
// (one hour, single use) sets a new password and signs every device out.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { recordAudit } from '@/lib/audit/log';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { hashPassword } from './password';
import { revokeAllSessions } from './sessions';
import { consumeUserToken, issueUserToken, retireUserTokens } from './user-tokens';

export function passwordResetUrl(token: string): string {
  return `${env().APP_URL}/mot-de-passe-oublie/nouveau?jeton=${encodeURIComponent(token)}`;
}

export type ResetRequestResult = { kind: 'accepted' } | { kind: 'rate_limited'; retryAfterMs: number };

export async function requestPasswordReset(input: { email: string; ip: string | null }, now = new Date()): Promise<ResetRequestResult> {
  // Limits are keyed by the typed address, whether or not it has an account: they reveal nothing.
  const [account, ip] = await Promise.all([
    hitRateLimit(prisma, RATE_LIMITS.passwordResetAccount, input.email, now),
    hitRateLimit(prisma, RATE_LIMITS.passwordResetIp, input.ip ?? 'unknown', now),
  ]);
  if (!account.allowed || !ip.allowed) {
    return { kind: 'rate_limited', retryAfterMs: Math.max(account.retryAfterMs, ip.retryAfterMs) };
  }
  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, advertiser: { select: { fullName: true } } },
  });
  if (user) {
    await prisma.$transaction(async (tx) => {
      const { id, token } = await issueUserToken(tx, { userId: user.id, purpose: 'PASSWORD_RESET' }, now);
      await enqueueEmail(tx, {
        to: user.email,
        template: 'password-reset',
        props: { name: user.advertiser?.fullName ?? user.email, resetUrl: passwordResetUrl(token) },
        idempotencyKey: `password-reset:${id}`,
      });
    });
  }
  return { kind: 'accepted' };
}

/** Sets the new password if the link is valid; every session of the account ends. */
export async function resetPassword(input: { token: string; password: string }, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const consumed = await consumeUserToken(tx, input.token, 'PASSWORD_RESET', now);
    if (!consumed) return false;
    const user = await tx.user.update({
      where: { id: consumed.userId },
      data: { passwordHash },
      select: { id: true, email: true, advertiser: { select: { fullName: true } } },
    });
    // Following the link proves the mailbox: the address counts as verified.
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await revokeAllSessions(tx, user.id);
    await retireUserTokens(tx, user.id, 'PASSWORD_RESET', now);
    await enqueueEmail(tx, {
      to: user.email,
      template: 'password-changed',
      props: { name: user.advertiser?.fullName ?? user.email, resetUrl: `${env().APP_URL}/mot-de-passe-oublie` },
      idempotencyKey: `password-changed:${user.id}:${now.getTime()}`,
    });
    await recordAudit(tx, { actorId: user.id, action: 'account.password_reset', subjectType: 'User', subjectId: user.id, subjectUserId: user.id });
    return true;
  });
}
