// The retention purge on real PostgreSQL, at a fixed night (27 November 2026, 03:30 in Paris): for
// every rule, data one minute past its limit is deleted (or anonymised) and data one minute short of
// it is kept; inactive advertisers are warned 30 days before and deleted only after the warning; the
// batches go past 500 rows; a second run the same night changes nothing; each run is reported.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { runPurgeNowAction } from '@/lib/privacy/retention-actions';
import { PURGE_BATCH_SIZE, runRetentionPurge, type PurgeReport } from '@/lib/privacy/retention';
import { generateValidSiret } from '@/lib/siret/checksum';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

jest.setTimeout(120_000);

const NOW = new Date('2026-11-27T02:30:00Z'); // 03:30 in Paris (UTC+1 all along the periods below)
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The limits, written out by hand (Paris calendar, same UTC offset in each case). */
const LIMIT = {
  sevenDays: new Date('2026-11-20T02:30:00Z'),
  twelveMonths: new Date('2025-11-27T02:30:00Z'),
  threeYears: new Date('2023-11-27T02:30:00Z'),
  tenYears: new Date('2016-11-27T02:30:00Z'),
};
const before = (limit: Date) => new Date(limit.getTime() - MINUTE);
const after = (limit: Date) => new Date(limit.getTime() + MINUTE);

let seq = 0;
const unique = (prefix: string) => `${prefix}-${(seq += 1)}`;

let categoryId: string;
let keeperAdvertiserId: string;
let keeperListingId: string;
let adminId: string;

async function advertiser(options: { email?: string; verifiedAt?: Date | null; createdAt?: Date; lastActiveAt?: Date; warnedAt?: Date | null }) {
  const email = options.email ?? `${unique('annonceur')}@exemple.fr`;
  seq += 1;
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash: 'x',
      emailVerifiedAt: options.verifiedAt === undefined ? new Date('2020-01-01T00:00:00Z') : options.verifiedAt,
      createdAt: options.createdAt ?? new Date('2020-01-01T00:00:00Z'),
      lastActiveAt: options.lastActiveAt ?? NOW,
      inactivityWarnedAt: options.warnedAt ?? null,
      advertiser: {
        create: {
          fullName: `Annonceur ${seq}`,
          addressLine: '1 rue des Clefs',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(9000 + seq),
          siretStatus: 'VERIFIED',
        },
      },
    },
    select: { id: true, email: true, advertiser: { select: { id: true } } },
  });
  return { userId: user.id, email: user.email, advertiserId: user.advertiser!.id };
}

async function exists(model: 'user' | 'inquiry' | 'newsletterSubscription' | 'invoice' | 'session' | 'userToken' | 'emailOutbox' | 'webhookEvent' | 'consentRecord' | 'personalDataAccess', id: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await (prisma[model] as any).count({ where: { id } })) === 1;
}

let report: PurgeReport;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
  categoryId = (await prisma.category.create({ data: { slug: 'plombier', name: 'Plombier', description: 'Plomberie' } })).id;
  adminId = (await prisma.user.create({ data: { email: 'equipe@jauto-entreprends.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: NOW, lastActiveAt: new Date('2019-01-01T00:00:00Z') } })).id;
  const keeper = await advertiser({ email: 'actif@exemple.fr' });
  keeperAdvertiserId = keeper.advertiserId;
  keeperListingId = (
    await prisma.listing.create({
      data: { advertiserId: keeper.advertiserId, slug: 'plomberie-active', title: 'Plomberie active', description: 'Plombier.', categoryId, communeCode: '68066', status: 'PUBLISHED', publishedAt: NOW },
    })
  ).id;

  // Unverified accounts: 7 days after creation.
  ids.unverifiedOld = (await advertiser({ verifiedAt: null, createdAt: before(LIMIT.sevenDays) })).userId;
  ids.unverifiedRecent = (await advertiser({ verifiedAt: null, createdAt: after(LIMIT.sevenDays) })).userId;

  // Inactive advertisers: 3 years after the last sign-in, warned 30 days before.
  const warningLimit = new Date(LIMIT.threeYears.getTime() + 30 * DAY);
  const inactive = await advertiser({ email: 'inactif@exemple.fr', lastActiveAt: before(LIMIT.threeYears), warnedAt: new Date(NOW.getTime() - 30 * DAY - MINUTE) });
  ids.inactiveWarned = inactive.userId;
  await prisma.listing.create({
    data: { advertiserId: inactive.advertiserId, slug: 'plomberie-inactive', title: 'Plomberie inactive', description: 'Plombier.', categoryId, communeCode: '68066', status: 'PUBLISHED', publishedAt: NOW },
  });
  ids.inactiveWarnedRecently = (await advertiser({ lastActiveAt: before(LIMIT.threeYears), warnedAt: new Date(NOW.getTime() - 30 * DAY + MINUTE) })).userId;
  ids.inactiveJustOver = (await advertiser({ lastActiveAt: after(LIMIT.threeYears), warnedAt: new Date(NOW.getTime() - 40 * DAY) })).userId;
  ids.toWarn = (await advertiser({ email: 'a-prevenir@exemple.fr', lastActiveAt: before(warningLimit) })).userId;
  ids.notYetToWarn = (await advertiser({ lastActiveAt: after(warningLimit) })).userId;
  ids.neverWarnedOld = (await advertiser({ email: 'jamais-prevenu@exemple.fr', lastActiveAt: new Date('2021-01-01T00:00:00Z') })).userId;
  // Warned, then came back: the old warning does not count.
  ids.cameBack = (await advertiser({ lastActiveAt: new Date(NOW.getTime() - 3 * DAY), warnedAt: new Date(NOW.getTime() - 60 * DAY) })).userId;

  // Inquiries: 12 months after the last message.
  const inquiry = (lastMessageAt: Date) =>
    prisma.inquiry.create({
      data: { listingId: keeperListingId, senderName: 'Paul Durand', senderEmail: 'paul@exemple.fr', message: 'Bonjour.', lastMessageAt, createdAt: lastMessageAt },
      select: { id: true },
    });
  ids.inquiryOld = (await inquiry(before(LIMIT.twelveMonths))).id;
  ids.inquiryRecent = (await inquiry(after(LIMIT.twelveMonths))).id;
  await prisma.inquiryAnswer.create({ data: { inquiryId: ids.inquiryOld, body: 'Je passe demain.' } });

  // Client newsletter: 3 years after the last contact; advertisers' list is not under this rule.
  const clients = await prisma.newsletterList.create({ data: { slug: 'clients', name: 'Clients', description: 'Lettre des clients', audience: 'CLIENTS' } });
  const advertisers = await prisma.newsletterList.create({ data: { slug: 'annonceurs', name: 'Annonceurs', description: 'Lettre des annonceurs', audience: 'ADVERTISERS' } });
  const subscription = (listId: string, lastContactAt: Date) =>
    prisma.newsletterSubscription.create({
      data: { listId, email: `${unique('abonne')}@exemple.fr`, state: 'SUBSCRIBED', unsubscribeTokenHash: unique('hash'), lastContactAt },
      select: { id: true },
    });
  ids.clientOld = (await subscription(clients.id, before(LIMIT.threeYears))).id;
  ids.clientRecent = (await subscription(clients.id, after(LIMIT.threeYears))).id;
  ids.advertiserListOld = (await subscription(advertisers.id, before(LIMIT.threeYears))).id;

  // Invoices: 10 years.
  const invoice = (issuedAt: Date) =>
    prisma.invoice.create({
      data: { advertiserId: keeperAdvertiserId, billedName: 'Compte conservé', billedSiret: '73282932000074', stripeInvoiceId: unique('in_test'), amountTotal: 1990, currency: 'eur', status: 'paid', issuedAt, lastEventCreatedAt: issuedAt },
      select: { id: true },
    });
  ids.invoiceOld = (await invoice(before(LIMIT.tenYears))).id;
  ids.invoiceRecent = (await invoice(after(LIMIT.tenYears))).id;

  // Sessions, tokens, rate-limit counters: at expiry (or use). Counters past 500 to cross batches.
  const session = (expiresAt: Date) =>
    prisma.session.create({ data: { userId: keeper.userId, tokenHash: unique('session'), expiresAt }, select: { id: true } });
  ids.sessionExpired = (await session(before(NOW))).id;
  ids.sessionAlive = (await session(after(NOW))).id;
  const token = (expiresAt: Date, usedAt: Date | null) =>
    prisma.userToken.create({ data: { userId: keeper.userId, purpose: 'PASSWORD_RESET', tokenHash: unique('token'), expiresAt, usedAt }, select: { id: true } });
  ids.tokenExpired = (await token(before(NOW), null)).id;
  ids.tokenUsed = (await token(new Date(NOW.getTime() + DAY), before(NOW))).id;
  ids.tokenAlive = (await token(after(NOW), null)).id;
  await prisma.rateLimitCounter.createMany({
    data: Array.from({ length: PURGE_BATCH_SIZE * 2 + 3 }, (_, index) => ({
      key: `sign-in:203.0.113.${index}`,
      windowStart: new Date(NOW.getTime() - DAY),
      count: 1,
      expiresAt: before(NOW),
    })),
  });
  await prisma.rateLimitCounter.create({ data: { key: 'sign-in:vivant', windowStart: NOW, count: 1, expiresAt: after(NOW) } });

  // E-mail log and webhook events: 12 months; a pending message is never dropped.
  const email = (createdAt: Date, status: 'SENT' | 'PENDING') =>
    prisma.emailOutbox.create({
      data: { idempotencyKey: unique('mail'), to: 'paul@exemple.fr', subject: 'Test', template: 'test-message', props: {}, status, createdAt },
      select: { id: true },
    });
  ids.emailOld = (await email(before(LIMIT.twelveMonths), 'SENT')).id;
  ids.emailRecent = (await email(after(LIMIT.twelveMonths), 'SENT')).id;
  ids.emailPendingOld = (await email(before(LIMIT.twelveMonths), 'PENDING')).id;
  const webhook = (receivedAt: Date) =>
    prisma.webhookEvent.create({ data: { provider: 'STRIPE', eventId: unique('evt'), type: 'invoice.paid', receivedAt }, select: { id: true } });
  ids.webhookOld = (await webhook(before(LIMIT.twelveMonths))).id;
  ids.webhookRecent = (await webhook(after(LIMIT.twelveMonths))).id;

  // Consent proofs: 12 months (6 months valid + 6 months as proof).
  const banner = await prisma.consentBannerVersion.create({ data: { version: 1, text: 'Bannière', codeVersion: '1.0.0' } });
  const consent = (createdAt: Date) =>
    prisma.consentRecord.create({ data: { consentId: unique('c'), bannerVersionId: banner.id, audience: true, advertising: false, createdAt }, select: { id: true } });
  ids.consentOld = (await consent(before(LIMIT.twelveMonths))).id;
  ids.consentRecent = (await consent(after(LIMIT.twelveMonths))).id;

  // /mes-donnees links and their sessions: at expiry of both.
  const access = (expiresAt: Date, sessionExpiresAt: Date | null) =>
    prisma.personalDataAccess.create({ data: { email: 'client@exemple.fr', tokenHash: unique('access'), expiresAt, sessionExpiresAt }, select: { id: true } });
  ids.accessExpired = (await access(before(NOW), before(NOW))).id;
  ids.accessSessionAlive = (await access(before(NOW), after(NOW))).id;
  ids.accessAlive = (await access(after(NOW), null)).id;

  // Content notices: the reporter's identity is anonymised 12 months after a decided notice.
  const notice = (createdAt: Date, status: 'OPEN' | 'DISMISSED') =>
    prisma.contentNotice.create({
      data: { targetType: 'LISTING', url: 'https://jauto-entreprends.fr/annonce/x', explanation: 'Contenu trompeur.', reporterName: 'Rita Signal', reporterEmail: 'rita@exemple.fr', goodFaith: true, status, createdAt },
      select: { id: true },
    });
  ids.noticeOld = (await notice(before(LIMIT.twelveMonths), 'DISMISSED')).id;
  ids.noticeRecent = (await notice(after(LIMIT.twelveMonths), 'DISMISSED')).id;
  ids.noticeOldOpen = (await notice(before(LIMIT.twelveMonths), 'OPEN')).id;

  // Audience counters: 25 months (whole days).
  await prisma.audienceDay.createMany({
    data: [
      { day: new Date('2024-10-26T00:00:00Z'), path: '/', views: 3 },
      { day: new Date('2024-10-27T00:00:00Z'), path: '/', views: 5 },
    ],
  });

  // Audit log: anonymised after 12 months.
  const audit = (createdAt: Date) =>
    prisma.auditLog.create({
      data: { actorId: adminId, action: 'advertiser.viewed', subjectType: 'AdvertiserProfile', subjectId: keeperAdvertiserId, subjectUserId: keeper.userId, reason: 'Support', metadata: { motif: 'SUPPORT' }, createdAt },
      select: { id: true },
    });
  ids.auditOld = (await audit(before(LIMIT.twelveMonths))).id;
  ids.auditRecent = (await audit(after(LIMIT.twelveMonths))).id;

  report = await runRetentionPurge({ now: NOW });
});

describe('one run at a fixed night', () => {
  it('reports every kind in a RetentionRun row, without errors', async () => {
    expect(report.errors).toEqual([]);
    const run = await prisma.retentionRun.findUniqueOrThrow({ where: { id: report.runId } });
    expect(run.trigger).toBe('SCHEDULED');
    expect(run.finishedAt).not.toBeNull();
    expect(run.error).toBeNull();
    expect(run.purged).toEqual({
      unverifiedAccounts: 1,
      inactivityWarnings: 2,
      inactiveAdvertisers: 1,
      inquiries: 1,
      clientNewsletter: 1,
      invoices: 1,
      sessions: 1,
      tokens: 2,
      rateLimits: PURGE_BATCH_SIZE * 2 + 3,
      emailLog: 1,
      webhookEvents: 1,
      consentRecords: 1,
      personalDataLinks: 1,
      contentNotices: 1,
      audience: 1,
      auditLog: 1,
    });
  });

  it('deletes unverified accounts after 7 days, not before', async () => {
    expect(await exists('user', ids.unverifiedOld)).toBe(false);
    expect(await exists('user', ids.unverifiedRecent)).toBe(true);
  });

  it('deletes an inactive advertiser warned 30 days ago, with its listing, and tells them', async () => {
    expect(await exists('user', ids.inactiveWarned)).toBe(false);
    expect(await prisma.listing.count({ where: { slug: 'plomberie-inactive' } })).toBe(0);
    const notice = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'inactif@exemple.fr' } });
    expect(notice.template).toBe('inactive-account-deleted');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'retention.inactive_account_deleted', subjectId: ids.inactiveWarned } });
    expect(audit.actorId).toBeNull();
  });

  it('keeps an inactive advertiser warned less than 30 days ago, or short of 3 years, or who came back', async () => {
    expect(await exists('user', ids.inactiveWarnedRecently)).toBe(true);
    expect(await exists('user', ids.inactiveJustOver)).toBe(true);
    expect(await exists('user', ids.cameBack)).toBe(true);
    expect(await exists('user', adminId)).toBe(true);
  });

  it('warns advertisers 30 days before the deletion, once, and never deletes without a warning', async () => {
    const warned = await prisma.user.findUniqueOrThrow({ where: { id: ids.toWarn } });
    expect(warned.inactivityWarnedAt).toEqual(NOW);
    const warning = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'a-prevenir@exemple.fr' } });
    expect(warning.template).toBe('inactivity-warning');
    expect(warning.subject).toBe('Votre compte sera supprimé le 27\u00a0décembre\u00a02026');
    // Over 3 years inactive but never warned: warned now, deleted 30 days later at the earliest.
    expect(await exists('user', ids.neverWarnedOld)).toBe(true);
    const late = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'jamais-prevenu@exemple.fr' } });
    expect(late.template).toBe('inactivity-warning');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ids.notYetToWarn } })).inactivityWarnedAt).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ids.cameBack } })).inactivityWarnedAt?.getTime()).toBe(NOW.getTime() - 60 * DAY);
  });

  it('deletes inquiries (and their answers) 12 months after the last message', async () => {
    expect(await exists('inquiry', ids.inquiryOld)).toBe(false);
    expect(await prisma.inquiryAnswer.count({ where: { inquiryId: ids.inquiryOld } })).toBe(0);
    expect(await exists('inquiry', ids.inquiryRecent)).toBe(true);
  });

  it('deletes client newsletter subscriptions 3 years after the last contact, only on the clients’ list', async () => {
    expect(await exists('newsletterSubscription', ids.clientOld)).toBe(false);
    expect(await exists('newsletterSubscription', ids.clientRecent)).toBe(true);
    expect(await exists('newsletterSubscription', ids.advertiserListOld)).toBe(true);
  });

  it('deletes invoices after 10 years', async () => {
    expect(await exists('invoice', ids.invoiceOld)).toBe(false);
    expect(await exists('invoice', ids.invoiceRecent)).toBe(true);
  });

  it('deletes expired sessions, used or expired tokens and expired counters, in batches', async () => {
    expect(await exists('session', ids.sessionExpired)).toBe(false);
    expect(await exists('session', ids.sessionAlive)).toBe(true);
    expect(await exists('userToken', ids.tokenExpired)).toBe(false);
    expect(await exists('userToken', ids.tokenUsed)).toBe(false);
    expect(await exists('userToken', ids.tokenAlive)).toBe(true);
    expect(await prisma.rateLimitCounter.count()).toBe(1);
  });

  it('deletes the e-mail log and webhook events after 12 months, but never a message still owed', async () => {
    expect(await exists('emailOutbox', ids.emailOld)).toBe(false);
    expect(await exists('emailOutbox', ids.emailRecent)).toBe(true);
    expect(await exists('emailOutbox', ids.emailPendingOld)).toBe(true);
    expect(await exists('webhookEvent', ids.webhookOld)).toBe(false);
    expect(await exists('webhookEvent', ids.webhookRecent)).toBe(true);
  });

  it('deletes consent proofs after 12 months', async () => {
    expect(await exists('consentRecord', ids.consentOld)).toBe(false);
    expect(await exists('consentRecord', ids.consentRecent)).toBe(true);
  });

  it('deletes /mes-donnees links once both the link and its session have expired', async () => {
    expect(await exists('personalDataAccess', ids.accessExpired)).toBe(false);
    expect(await exists('personalDataAccess', ids.accessSessionAlive)).toBe(true);
    expect(await exists('personalDataAccess', ids.accessAlive)).toBe(true);
  });

  it('anonymises the reporter of a decided notice after 12 months, never of an open one', async () => {
    const reporter = (id: string) => prisma.contentNotice.findUniqueOrThrow({ where: { id }, select: { reporterName: true, reporterEmail: true, explanation: true } });
    expect(await reporter(ids.noticeOld)).toEqual({ reporterName: null, reporterEmail: null, explanation: 'Contenu trompeur.' });
    expect(await reporter(ids.noticeRecent)).toMatchObject({ reporterName: 'Rita Signal', reporterEmail: 'rita@exemple.fr' });
    expect(await reporter(ids.noticeOldOpen)).toMatchObject({ reporterName: 'Rita Signal' });
  });

  it('deletes audience counters older than 25 months', async () => {
    const days = await prisma.audienceDay.findMany({ select: { day: true }, orderBy: { day: 'asc' } });
    expect(days.map(({ day }) => day.toISOString().slice(0, 10))).toEqual(['2024-10-27']);
  });

  it('anonymises the audit log after 12 months: the action and date stay, nobody is identifiable', async () => {
    const old = await prisma.auditLog.findUniqueOrThrow({ where: { id: ids.auditOld } });
    expect(old).toMatchObject({ action: 'advertiser.viewed', actorId: null, subjectUserId: null, subjectId: null, reason: null, metadata: null });
    const recent = await prisma.auditLog.findUniqueOrThrow({ where: { id: ids.auditRecent } });
    expect(recent).toMatchObject({ actorId: adminId, reason: 'Support' });
  });
});

describe('idempotence', () => {
  it('a second run at the same instant purges nothing more and sends no second warning', async () => {
    const emails = await prisma.emailOutbox.count();
    const again = await runRetentionPurge({ now: NOW });
    expect(again.errors).toEqual([]);
    expect(Object.values(again.counts).every((count) => count === 0)).toBe(true);
    expect(await prisma.emailOutbox.count()).toBe(emails);
    expect(await prisma.retentionRun.count()).toBe(2);
  });

  it('30 days after the warning, the advertiser still inactive is deleted', async () => {
    const later = await runRetentionPurge({ now: new Date(NOW.getTime() + 30 * DAY) });
    expect(later.counts.inactiveAdvertisers).toBeGreaterThanOrEqual(2);
    expect(await exists('user', ids.toWarn)).toBe(false);
    expect(await exists('user', ids.neverWarnedOld)).toBe(false);
  });
});

describe('« Lancer maintenant » in /admin/conservation', () => {
  it('is for the team only', async () => {
    const runs = await prisma.retentionRun.count();
    actAnonymously();
    await expect(runPurgeNowAction(initialFormState, formData({}))).rejects.toThrow(REDIRECT);
    await actAs(ids.cameBack);
    await expect(runPurgeNowAction(initialFormState, formData({}))).rejects.toThrow(NOT_FOUND);
    expect(await prisma.retentionRun.count()).toBe(runs);
  });

  it('runs the purge at once, records a MANUAL run and an audit entry', async () => {
    await actAs(adminId);
    const state = await runPurgeNowAction(initialFormState, formData({}));
    expect(state.status).toBe('success');
    const run = await prisma.retentionRun.findFirstOrThrow({ orderBy: { startedAt: 'desc' } });
    expect(run.trigger).toBe('MANUAL');
    expect(await prisma.auditLog.count({ where: { action: 'retention.run_manually', actorId: adminId, subjectId: run.id } })).toBe(1);
  });
});
