// /mes-donnees for clients and visitors without an account: a link e-mailed to the address (token
// hashed, one hour, single use), exchanged for a 30-minute session held in an httpOnly cookie, from
// which the person downloads everything tied to the address, unsubscribes from everything, or has it
// erased (reviews anonymised, inquiries deleted). An advertiser's account data is managed in
// /espace/compte: here, only what the address did as a client (reviews, inquiries, notices…).
import 'server-only';
import { prisma, type Tx } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { generateToken, hashToken } from '@/lib/security/tokens';
import { recordOptOut } from './opt-out';

export const LINK_LIFETIME_MS = 60 * 60_000;
export const SESSION_LIFETIME_MS = 30 * 60_000;
/** The httpOnly cookie that holds the session secret, scoped to /mes-donnees. */
export const PERSONAL_DATA_COOKIE = 'mes-donnees';
export const PERSONAL_DATA_PATH = '/mes-donnees';
/** Shown after every request, whether or not the address is known: nobody learns who uses the site. */
export const LINK_SENT_MESSAGE =
  'Si des données sont liées à cette adresse, un lien vient d’y être envoyé. Il est valable une heure.';
export const ANONYMISED_AUTHOR_NAME = 'Client anonymisé';

function normalize(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether anything at all is tied to the address (no e-mail is sent otherwise). */
async function hasPersonalData(email: string): Promise<boolean> {
  const counts = await Promise.all([
    prisma.user.count({ where: { email } }),
    prisma.review.count({ where: { authorEmail: email } }),
    prisma.inquiry.count({ where: { senderEmail: email } }),
    prisma.newsletterSubscription.count({ where: { email } }),
    prisma.charterAcceptance.count({ where: { email } }),
    prisma.marketingOptOut.count({ where: { email } }),
    prisma.contentNotice.count({ where: { reporterEmail: email } }),
    prisma.reviewReport.count({ where: { reporterEmail: email } }),
  ]);
  return counts.some((count) => count > 0);
}

export type LinkRequestResult = { kind: 'sent' } | { kind: 'rate-limited'; retryAfterMs: number };

export async function requestPersonalDataLink(
  rawEmail: string,
  context: { ip: string | null },
  now = new Date(),
): Promise<LinkRequestResult> {
  const email = normalize(rawEmail);
  for (const [rule, subject] of [
    [RATE_LIMITS.personalDataLinkIp, context.ip ?? 'unknown'],
    [RATE_LIMITS.personalDataLinkEmail, email],
  ] as const) {
    const limit = await hitRateLimit(prisma, rule, subject, now);
    if (!limit.allowed) return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs };
  }
  if (!(await hasPersonalData(email))) return { kind: 'sent' };

  const token = generateToken();
  await prisma.$transaction(async (tx) => {
    const access = await tx.personalDataAccess.create({
      data: { email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS), createdAt: now },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: email,
      template: 'personal-data-link',
      props: { accessUrl: `${env().APP_URL}${PERSONAL_DATA_PATH}/acces?jeton=${encodeURIComponent(token)}` },
      idempotencyKey: `personal-data-link:${access.id}`,
    });
  });
  return { kind: 'sent' };
}

/** Whether a link can still be used, without using it (the page shows a button; mail scanners only GET). */
export async function isPersonalDataLinkValid(token: string, now = new Date()): Promise<boolean> {
  const found = await prisma.personalDataAccess.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Uses the link, in one conditional update (two tabs: one wins), and opens a session: returns its
 * secret for the cookie, or null when the link is unknown, used or expired.
 */
export async function openPersonalDataSession(token: string, now = new Date()): Promise<string | null> {
  const secret = generateToken();
  const { count } = await prisma.personalDataAccess.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, sessionHash: hashToken(secret), sessionExpiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) },
  });
  return count === 1 ? secret : null;
}

export type PersonalDataSession = { id: string; email: string; hasAccount: boolean };

export async function findPersonalDataSession(
  secret: string | undefined,
  now = new Date(),
): Promise<PersonalDataSession | null> {
  if (!secret) return null;
  const access = await prisma.personalDataAccess.findFirst({
    where: { sessionHash: hashToken(secret), sessionExpiresAt: { gt: now } },
    select: { id: true, email: true },
  });
  if (!access) return null;
  const account = await prisma.user.findUnique({ where: { email: access.email }, select: { id: true } });
  return { ...access, hasAccount: account !== null };
}

export async function closePersonalDataSession(id: string): Promise<void> {
  await prisma.personalDataAccess.updateMany({ where: { id }, data: { sessionHash: null, sessionExpiresAt: null } });
}

/** Everything tied to the address, as one JSON document (RGPD art. 15 and 20). */
export async function exportPersonalData(rawEmail: string, now = new Date()) {
  const email = normalize(rawEmail);
  const [reviews, inquiries, newsletterSubscriptions, charterAcceptances, commercialOptOuts, contentNotices, reviewReports, account] =
    await Promise.all([
      prisma.review.findMany({
        where: { authorEmail: email },
        orderBy: { createdAt: 'asc' },
        select: {
          authorName: true,
          authorEmail: true,
          rating: true,
          title: true,
          body: true,
          experienceDate: true,
          status: true,
          publishedAt: true,
          createdAt: true,
          listing: { select: { title: true, slug: true } },
          reply: { select: { body: true, createdAt: true } },
        },
      }),
      prisma.inquiry.findMany({
        where: { senderEmail: email },
        orderBy: { createdAt: 'asc' },
        select: {
          kind: true,
          senderName: true,
          senderEmail: true,
          senderPhone: true,
          message: true,
          preferredCallTime: true,
          createdAt: true,
          lastMessageAt: true,
          listing: { select: { title: true, slug: true } },
          answers: { select: { body: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
        },
      }),
      prisma.newsletterSubscription.findMany({
        where: { email },
        select: { email: true, state: true, confirmedAt: true, unsubscribedAt: true, createdAt: true, list: { select: { name: true } } },
      }),
      prisma.charterAcceptance.findMany({
        where: { email },
        orderBy: { acceptedAt: 'asc' },
        select: { context: true, acceptedAt: true, charterVersion: { select: { version: true } } },
      }),
      prisma.marketingOptOut.findMany({
        where: { email },
        orderBy: { createdAt: 'asc' },
        select: { email: true, channel: true, source: true, createdAt: true },
      }),
      prisma.contentNotice.findMany({
        where: { reporterEmail: email },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          category: true,
          url: true,
          explanation: true,
          reporterName: true,
          reporterEmail: true,
          status: true,
          createdAt: true,
          decision: { select: { action: true, grounds: true, statement: true, createdAt: true } },
        },
      }),
      prisma.reviewReport.findMany({
        where: { reporterEmail: email },
        orderBy: { createdAt: 'asc' },
        select: { reporterEmail: true, reason: true, status: true, createdAt: true },
      }),
      prisma.user.findUnique({ where: { email }, select: { id: true } }),
    ]);

  return {
    email,
    exportedAt: now.toISOString(),
    site: env().SITE_NAME,
    ...(account && {
      account: `Cette adresse est aussi celle d’un compte annonceur\u00a0: ses données se téléchargent depuis ${env().APP_URL}/espace/compte.`,
    }),
    reviews: reviews.map(({ listing, ...review }) => ({ ...review, listing: listing.title, listingUrl: `${env().APP_URL}/annonce/${listing.slug}` })),
    inquiries: inquiries.map(({ listing, ...inquiry }) => ({ ...inquiry, listing: listing.title, listingUrl: `${env().APP_URL}/annonce/${listing.slug}` })),
    newsletterSubscriptions: newsletterSubscriptions.map(({ list, ...subscription }) => ({ ...subscription, list: list.name })),
    charterAcceptances: charterAcceptances.map(({ charterVersion, ...acceptance }) => ({ ...acceptance, charterVersion: charterVersion.version })),
    commercialOptOuts,
    contentNotices,
    reviewReports,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

/** Counts shown on the page before the person chooses what to do. */
export async function summarizePersonalData(rawEmail: string) {
  const email = normalize(rawEmail);
  const [reviews, inquiries, subscriptions, notices] = await Promise.all([
    prisma.review.count({ where: { authorEmail: email } }),
    prisma.inquiry.count({ where: { senderEmail: email } }),
    prisma.newsletterSubscription.count({ where: { email, state: { not: 'UNSUBSCRIBED' } } }),
    prisma.contentNotice.count({ where: { reporterEmail: email } }),
  ]);
  return { reviews, inquiries, subscriptions, notices };
}

async function unsubscribeAll(tx: Tx, email: string, now: Date): Promise<number> {
  const { count } = await tx.newsletterSubscription.updateMany({
    where: { email, state: { not: 'UNSUBSCRIBED' } },
    data: { state: 'UNSUBSCRIBED', unsubscribedAt: now },
  });
  await recordOptOut(tx, { email, channel: 'WEB', source: 'Mes données\u00a0: «\u00a0Me désabonner de tout\u00a0»' }, now);
  return count;
}

/** « Me désabonner de tout »: every newsletter of the address, and every commercial message. */
export async function unsubscribeFromEverything(rawEmail: string, now = new Date()): Promise<{ unsubscribed: number }> {
  const email = normalize(rawEmail);
  return prisma.$transaction(async (tx) => ({ unsubscribed: await unsubscribeAll(tx, email, now) }));
}

export type ErasureReport = {
  reviewsAnonymised: number;
  inquiriesDeleted: number;
  subscriptionsDeleted: number;
  acceptancesDeleted: number;
};

/**
 * « Supprimer mes données », in one transaction: reviews stay (the advertiser's rating does not change)
 * but lose the author's name and address; inquiries sent, newsletter subscriptions without an account
 * and charter acceptances of the address are deleted. The opt-out of commercial messages is kept on
 * purpose: it is what stops us from ever writing to the address again (CNIL: « liste d’opposition »).
 */
export async function erasePersonalData(rawEmail: string, now = new Date()): Promise<ErasureReport> {
  const email = normalize(rawEmail);
  return prisma.$transaction(async (tx) => {
    const reviews = await tx.review.updateMany({
      where: { authorEmail: email },
      data: { authorName: ANONYMISED_AUTHOR_NAME, authorEmail: null, anonymizedAt: now },
    });
    const inquiries = await tx.inquiry.deleteMany({ where: { senderEmail: email } });
    await unsubscribeAll(tx, email, now);
    // An advertiser's own list membership belongs to the account (managed in /espace/compte).
    const subscriptions = await tx.newsletterSubscription.deleteMany({ where: { email, userId: null } });
    const acceptances = await tx.charterAcceptance.deleteMany({ where: { email, userId: null } });
    // Reports stay for the moderation record, without the person who sent them.
    await tx.contentNotice.updateMany({ where: { reporterEmail: email }, data: { reporterName: null, reporterEmail: null } });
    await tx.reviewReport.updateMany({ where: { reporterEmail: email }, data: { reporterEmail: null } });
    return {
      reviewsAnonymised: reviews.count,
      inquiriesDeleted: inquiries.count,
      subscriptionsDeleted: subscriptions.count,
      acceptancesDeleted: acceptances.count,
    };
  });
}
