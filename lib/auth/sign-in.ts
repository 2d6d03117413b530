// Checks an e-mail and password and opens a session. Unknown e-mail and wrong password answer the
// same and take the same time; failures are rate-limited per account and per IP address.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { hitRateLimit, RATE_LIMITS, type RateLimitRule } from '@/lib/security/rate-limit';
import { hashPassword, verifyPassword } from './password';
import { createSession } from './sessions';

/** One message for an unknown e-mail and a wrong password: the form reveals no account. */
export const INVALID_CREDENTIALS_MESSAGE = 'E-mail ou mot de passe incorrect.';

export type SignInInput = {
  email: string;
  password: string;
  rememberMe: boolean;
  ip: string | null;
  userAgent: string | null;
};

export type SignInResult =
  | { kind: 'ok'; user: { id: string; email: string; role: 'ADVERTISER' | 'ADMIN' }; sessionToken: string }
  | { kind: 'invalid' }
  | { kind: 'rate_limited'; retryAfterMs: number };

/** Verified against when the e-mail is unknown, so both failures cost one argon2 verification. */
let decoyHash: Promise<string> | undefined;

async function undoHit(rule: RateLimitRule, subject: string, now: Date) {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  await prisma.rateLimitCounter.updateMany({
    where: { key: `${rule.name}:${subject}`, windowStart, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

export async function authenticate(input: SignInInput, now = new Date()): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ipSubject = input.ip ?? 'unknown';

  // Every attempt is counted first (atomic, so parallel guesses cannot slip through) and a success
  // gives its hit back: in effect the limits count failures.
  const [accountHit, ipHit] = await Promise.all([
    hitRateLimit(prisma, RATE_LIMITS.signInAccount, email, now),
    hitRateLimit(prisma, RATE_LIMITS.signInIp, ipSubject, now),
  ]);
  if (!accountHit.allowed || !ipHit.allowed) {
    return { kind: 'rate_limited', retryAfterMs: Math.max(accountHit.retryAfterMs, ipHit.retryAfterMs) };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, passwordHash: true },
  });
  decoyHash ??= hashPassword('decoy password that no account has');
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user || !passwordMatches) return { kind: 'invalid' };

  await Promise.all([
    undoHit(RATE_LIMITS.signInAccount, email, now),
    undoHit(RATE_LIMITS.signInIp, ipSubject, now),
  ]);
  const { token } = await createSession(prisma, { ...input, userId: user.id }, now);
  await prisma.user.update({ where: { id: user.id }, data: { lastActiveAt: now } });
  return { kind: 'ok', user: { id: user.id, email: user.email, role: user.role }, sessionToken: token };
}
