// The one rate limiter: fixed windows counted in PostgreSQL (RateLimitCounter), so every app server
// shares the same counts. One atomic upsert per hit; no read-then-write race.
import 'server-only';
import { Prisma, type Db } from '@/lib/db/client';

export type RateLimitRule = {
  /** Namespace of the key, e.g. `sign-in:account`. */
  name: string;
  /** Hits allowed per window; the next one is refused. */
  limit: number;
  windowMs: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every limit of the site in one place, so they can be read and tuned together. */
export const RATE_LIMITS = {
  /** Failed sign-ins for one account: the 11th in a minute is refused, even with the right password. */
  signInAccount: { name: 'sign-in:account', limit: 10, windowMs: MINUTE },
  /** Failed sign-ins from one address (offices share an IP, hence a higher figure). */
  signInIp: { name: 'sign-in:ip', limit: 30, windowMs: MINUTE },
  signUpIp: { name: 'sign-up:ip', limit: 10, windowMs: HOUR },
  passwordResetAccount: { name: 'password-reset:account', limit: 3, windowMs: HOUR },
  passwordResetIp: { name: 'password-reset:ip', limit: 10, windowMs: HOUR },
  verificationResend: { name: 'verification-resend:user', limit: 3, windowMs: 15 * MINUTE },
  /** Wrong current password on a sensitive change (e-mail, password, SIRET, deletion). */
  reauthentication: { name: 'reauthentication:user', limit: 10, windowMs: 15 * MINUTE },
  phoneReveal: { name: 'phone-reveal:ip', limit: 30, windowMs: MINUTE },
  /** Inquiries sent from one address: a visitor writes to a few professionals, not dozens. */
  inquiryIp: { name: 'inquiry:ip', limit: 10, windowMs: HOUR },
  /** Inquiries signed with one e-mail: also bounds the acknowledgements a stranger's address can receive. */
  inquiryEmail: { name: 'inquiry:email', limit: 5, windowMs: HOUR },
  /** Inquiries one listing accepts per (UTC) day, so that no spam run floods an advertiser's inbox. */
  inquiryListing: { name: 'inquiry:listing', limit: 30, windowMs: DAY },
  /** Survey answers from one address: clearing the survey cookie does not allow stuffing a survey. */
  surveyAnswerIp: { name: 'survey-answer:ip', limit: 20, windowMs: HOUR },
  /** Wrong review codes from one address: 10 an hour leaves 60-bit codes out of reach, not clients' typos. */
  reviewCodeFailureIp: { name: 'review-code-failure:ip', limit: 10, windowMs: HOUR },
  /** Wrong review codes from everywhere: a ceiling that a botnet spread over many addresses hits too. */
  reviewCodeFailureGlobal: { name: 'review-code-failure:global', limit: 500, windowMs: HOUR },
  /** Reviews one listing accepts per (UTC) day, whatever the codes: a flood is stopped and looked at. */
  reviewListing: { name: 'review:listing', limit: 20, windowMs: DAY },
  /** Invitations e-mailed by one advertiser a day: the site must not become a way to mail strangers. */
  reviewCodeInvitation: { name: 'review-code-invitation:advertiser', limit: 50, windowMs: DAY },
  /** /mes-donnees links and opt-out confirmation links: each one e-mails an address someone typed. */
  personalDataLinkIp: { name: 'personal-data-link:ip', limit: 10, windowMs: HOUR },
  personalDataLinkEmail: { name: 'personal-data-link:email', limit: 3, windowMs: HOUR },
  optOutLinkIp: { name: 'opt-out-link:ip', limit: 10, windowMs: HOUR },
  optOutLinkEmail: { name: 'opt-out-link:email', limit: 3, windowMs: HOUR },
  /** Notices of illegal content (DSA art. 16) from one address. */
  contentNoticeIp: { name: 'content-notice:ip', limit: 10, windowMs: HOUR },
  /** Messages of the contact form. */
  contactIp: { name: 'contact:ip', limit: 5, windowMs: HOUR },
  contactEmail: { name: 'contact:email', limit: 5, windowMs: HOUR },
  /** « Clients » newsletter sign-ups: each one e-mails a confirmation link to an address someone typed. */
  newsletterSignUpIp: { name: 'newsletter-sign-up:ip', limit: 10, windowMs: HOUR },
  newsletterSignUpEmail: { name: 'newsletter-sign-up:email', limit: 3, windowMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitVerdict = { allowed: boolean; count: number; retryAfterMs: number };

type Writer = Pick<Db, '$queryRaw'>;

function window(rule: RateLimitRule, now: Date) {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return { windowStart: new Date(start), expiresAt: new Date(start + rule.windowMs) };
}

function verdict(rule: RateLimitRule, count: number, expiresAt: Date, now: Date): RateLimitVerdict {
  return { allowed: count <= rule.limit, count, retryAfterMs: Math.max(0, expiresAt.getTime() - now.getTime()) };
}

/** Counts one hit for `subject` and tells whether it is within the limit. */
export async function hitRateLimit(
  db: Writer,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const { windowStart, expiresAt } = window(rule, now);
  const key = `${rule.name}:${subject}`;
  const [row] = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${windowStart}, 1, ${expiresAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`);
  return verdict(rule, row.count, expiresAt, now);
}

/**
 * Tells whether `subject` has already used up its limit, without counting a hit: for limits on
 * failures only (a sign-in counts when it fails, but a locked account is refused before the check).
 */
export async function isRateLimited(
  db: Pick<Db, 'rateLimitCounter'>,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const { windowStart, expiresAt } = window(rule, now);
  const row = await db.rateLimitCounter.findUnique({
    where: { key_windowStart: { key: `${rule.name}:${subject}`, windowStart } },
    select: { count: true },
  });
  const count = row?.count ?? 0;
  return { allowed: count < rule.limit, count, retryAfterMs: Math.max(0, expiresAt.getTime() - now.getTime()) };
}

/** « Réessayez dans 3 minutes. » */
export function retryAfterText(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE));
  return minutes === 1 ? 'Réessayez dans une minute.' : `Réessayez dans ${minutes}\u00a0minutes.`;
}
