// The daily retention purge: for every rule of retention-rules.ts, delete (or anonymise) what is past
// its period, 500 rows per statement until none is left. Idempotent: a second run the same day finds
// nothing more. Inactive advertisers are warned by e-mail 30 days before their account goes. Each run
// writes a RetentionRun row with the count per kind and the errors, shown in /admin/conservation.
import 'server-only';
import { removeAccount } from '@/lib/accounts/account';
import { purgeAudience } from '@/lib/consent/audience';
import { prisma, type Prisma } from '@/lib/db/client';
import type { RetentionTrigger } from '@/lib/generated/prisma/enums';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format/french';
import { addParisCalendarMonths } from './effective-date';
import { RETENTION_RULES, type RetentionKind, type RetentionRule } from './retention-rules';

export const PURGE_BATCH_SIZE = 500;
/** The nightly run, Europe/Paris time (pg-boss cron, lib/jobs/worker.ts). */
export const PURGE_CRON = '30 3 * * *';
export const INACTIVITY_WARNING_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Counts per kind; `inactivityWarnings` counts the e-mails sent, not data destroyed. */
export type PurgeCounts = Partial<Record<RetentionKind | 'inactivityWarnings', number>>;

/** Data dated before this instant is past the rule's period at `now`. */
export function retentionCutoff(rule: RetentionRule, now: Date): Date {
  if (rule.months !== undefined) return addParisCalendarMonths(now, -rule.months);
  return new Date(now.getTime() - (rule.days ?? 0) * DAY_MS);
}

/** Finds up to a batch of ids, then acts on exactly those; repeats until a batch comes back short. */
async function inBatches(find: () => Promise<{ id: string }[]>, act: (ids: string[]) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = (await find()).map((row) => row.id);
    if (ids.length === 0) break;
    const done = await act(ids);
    total += done;
    // A batch that changed nothing means the rows moved out of the rule meanwhile: stop, retry tomorrow.
    if (ids.length < PURGE_BATCH_SIZE || done === 0) break;
  }
  return total;
}

const take = PURGE_BATCH_SIZE;
const id = { id: true } as const;

async function purgeAccounts(where: Prisma.UserWhereInput & { role: 'ADVERTISER' }, notice: 'inactive-account-deleted' | null, auditAction: string) {
  return inBatches(
    () => prisma.user.findMany({ where, select: id, take, orderBy: { createdAt: 'asc' } }),
    async (ids) => {
      for (const userId of ids) await removeAccount(userId, { notice, auditAction });
      return ids.length;
    },
  );
}

/** The e-mail at T−30 days: once per period of inactivity (a sign-in after it re-arms it). */
async function warnInactiveAdvertisers(now: Date): Promise<number> {
  const deletionCutoff = retentionCutoff(RETENTION_RULES.inactiveAdvertisers, now);
  const warningCutoff = new Date(deletionCutoff.getTime() + INACTIVITY_WARNING_DAYS * DAY_MS);
  const { APP_URL } = env();
  let sent = 0;
  for (;;) {
    const users = await prisma.$queryRaw<{ id: string; email: string; lastActiveAt: Date; fullName: string | null }[]>`
      SELECT u.id, u.email::text AS email, u."lastActiveAt", a."fullName"
      FROM "User" u LEFT JOIN "AdvertiserProfile" a ON a."userId" = u.id
      WHERE u.role = 'ADVERTISER' AND u."emailVerifiedAt" IS NOT NULL AND u."lastActiveAt" < ${warningCutoff}
        AND (u."inactivityWarnedAt" IS NULL OR u."inactivityWarnedAt" < u."lastActiveAt")
      ORDER BY u."lastActiveAt" LIMIT ${PURGE_BATCH_SIZE}`;
    for (const user of users) {
      const scheduled = addParisCalendarMonths(user.lastActiveAt, RETENTION_RULES.inactiveAdvertisers.months);
      const earliest = new Date(now.getTime() + INACTIVITY_WARNING_DAYS * DAY_MS);
      const deletionDate = scheduled > earliest ? scheduled : earliest;
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { inactivityWarnedAt: now } });
        await enqueueEmail(tx, {
          to: user.email,
          template: 'inactivity-warning',
          props: { name: user.fullName ?? user.email, deletionDate: formatDate(deletionDate), signInUrl: `${APP_URL}/connexion` },
          idempotencyKey: `inactivity-warning:${user.id}:${user.lastActiveAt.getTime()}`,
        });
      });
      sent += 1;
    }
    if (users.length < PURGE_BATCH_SIZE) break;
  }
  return sent;
}

type Step = { kind: keyof PurgeCounts; run: (now: Date) => Promise<number> };

const cutoff = (kind: RetentionKind, now: Date) => retentionCutoff(RETENTION_RULES[kind], now);

const STEPS: Step[] = [
  {
    kind: 'unverifiedAccounts',
    run: (now) =>
      purgeAccounts(
        { role: 'ADVERTISER', emailVerifiedAt: null, createdAt: { lt: cutoff('unverifiedAccounts', now) } },
        null,
        'retention.unverified_account_deleted',
      ),
  },
  { kind: 'inactivityWarnings', run: warnInactiveAdvertisers },
  {
    kind: 'inactiveAdvertisers',
    // Only accounts warned at least 30 days ago, after their last sign-in: never without the notice.
    run: (now) =>
      purgeAccounts(
        {
          role: 'ADVERTISER',
          lastActiveAt: { lt: cutoff('inactiveAdvertisers', now) },
          inactivityWarnedAt: { lte: new Date(now.getTime() - INACTIVITY_WARNING_DAYS * DAY_MS) },
          AND: [{ inactivityWarnedAt: { gte: prisma.user.fields.lastActiveAt } }],
        },
        'inactive-account-deleted',
        'retention.inactive_account_deleted',
      ),
  },
  {
    kind: 'inquiries',
    run: (now) => {
      const where = { lastMessageAt: { lt: cutoff('inquiries', now) } };
      return inBatches(
        () => prisma.inquiry.findMany({ where, select: id, take }),
        async (ids) => (await prisma.inquiry.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'clientNewsletter',
    run: (now) => {
      const where = { list: { audience: 'CLIENTS' as const }, lastContactAt: { lt: cutoff('clientNewsletter', now) } };
      return inBatches(
        () => prisma.newsletterSubscription.findMany({ where, select: id, take }),
        async (ids) => (await prisma.newsletterSubscription.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'invoices',
    run: (now) => {
      const where = { issuedAt: { lt: cutoff('invoices', now) } };
      return inBatches(
        () => prisma.invoice.findMany({ where, select: id, take }),
        async (ids) => (await prisma.invoice.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'sessions',
    run: (now) => {
      const where = { expiresAt: { lt: cutoff('sessions', now) } };
      return inBatches(
        () => prisma.session.findMany({ where, select: id, take }),
        async (ids) => (await prisma.session.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'tokens',
    run: (now) => {
      const limit = cutoff('tokens', now);
      const where = { OR: [{ expiresAt: { lt: limit } }, { usedAt: { lt: limit } }] };
      return inBatches(
        () => prisma.userToken.findMany({ where, select: id, take }),
        async (ids) => (await prisma.userToken.deleteMany({ where: { AND: [where, { id: { in: ids } }] } })).count,
      );
    },
  },
  {
    kind: 'rateLimits',
    // Keyed by (key, windowStart): deleted in bounded statements without an id column.
    run: async (now) => {
      const limit = cutoff('rateLimits', now);
      let total = 0;
      for (;;) {
        const done = await prisma.$executeRaw`
          DELETE FROM "RateLimitCounter" WHERE ctid IN (
            SELECT ctid FROM "RateLimitCounter" WHERE "expiresAt" < ${limit} LIMIT ${PURGE_BATCH_SIZE})`;
        total += done;
        if (done < PURGE_BATCH_SIZE) return total;
      }
    },
  },
  {
    kind: 'emailLog',
    run: (now) => {
      // Pending messages are still owed to their recipient: only sent or abandoned ones go.
      const where = { status: { in: ['SENT' as const, 'FAILED' as const] }, createdAt: { lt: cutoff('emailLog', now) } };
      return inBatches(
        () => prisma.emailOutbox.findMany({ where, select: id, take }),
        async (ids) => (await prisma.emailOutbox.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'webhookEvents',
    run: (now) => {
      const where = { receivedAt: { lt: cutoff('webhookEvents', now) } };
      return inBatches(
        () => prisma.webhookEvent.findMany({ where, select: id, take }),
        async (ids) => (await prisma.webhookEvent.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'consentRecords',
    run: (now) => {
      const where = { createdAt: { lt: cutoff('consentRecords', now) } };
      return inBatches(
        () => prisma.consentRecord.findMany({ where, select: id, take }),
        async (ids) => (await prisma.consentRecord.deleteMany({ where: { ...where, id: { in: ids } } })).count,
      );
    },
  },
  {
    kind: 'personalDataLinks',
    run: (now) => {
      const limit = cutoff('personalDataLinks', now);
      const where = { expiresAt: { lt: limit }, OR: [{ sessionExpiresAt: null }, { sessionExpiresAt: { lt: limit } }] };
      return inBatches(
        () => prisma.personalDataAccess.findMany({ where, select: id, take }),
        async (ids) => (await prisma.personalDataAccess.deleteMany({ where: { AND: [where, { id: { in: ids } }] } })).count,
      );
    },
  },
  {
    kind: 'contentNotices',
    // Decided notices only: an open one still needs its reporter for the statement of reasons.
    run: async (now) => {
      const limit = cutoff('contentNotices', now);
      let total = 0;
      for (;;) {
        const done = await prisma.$executeRaw`
          UPDATE "ContentNotice" SET "reporterName" = NULL, "reporterEmail" = NULL
          WHERE id IN (
            SELECT id FROM "ContentNotice" WHERE "createdAt" < ${limit} AND status <> 'OPEN'
              AND ("reporterName" IS NOT NULL OR "reporterEmail" IS NOT NULL)
            LIMIT ${PURGE_BATCH_SIZE})`;
        total += done;
        if (done < PURGE_BATCH_SIZE) return total;
      }
    },
  },
  { kind: 'audience', run: purgeAudience },
  {
    kind: 'auditLog',
    // Anonymised: who acted, about whom, why and the details go; the kind of action and its date stay.
    run: async (now) => {
      const limit = cutoff('auditLog', now);
      let total = 0;
      for (;;) {
        const done = await prisma.$executeRaw`
          UPDATE "AuditLog" SET "actorId" = NULL, "subjectUserId" = NULL, "subjectId" = NULL, reason = NULL, metadata = NULL
          WHERE id IN (
            SELECT id FROM "AuditLog" WHERE "createdAt" < ${limit}
              AND ("actorId" IS NOT NULL OR "subjectUserId" IS NOT NULL OR "subjectId" IS NOT NULL OR reason IS NOT NULL OR metadata IS NOT NULL)
            LIMIT ${PURGE_BATCH_SIZE})`;
        total += done;
        if (done < PURGE_BATCH_SIZE) return total;
      }
    },
  },
];

export type PurgeReport = { runId: string; counts: PurgeCounts; errors: string[] };

/** One run over every rule; a failing rule is recorded and the others still run. */
export async function runRetentionPurge({ now = new Date(), trigger = 'SCHEDULED' }: { now?: Date; trigger?: RetentionTrigger } = {}): Promise<PurgeReport> {
  const run = await prisma.retentionRun.create({ data: { trigger, startedAt: new Date() }, select: { id: true } });
  const counts: PurgeCounts = {};
  const errors: string[] = [];
  for (const step of STEPS) {
    try {
      counts[step.kind] = await step.run(now);
    } catch (error) {
      errors.push(`${step.kind}\u00a0: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`[retention] ${step.kind} failed:`, error);
    }
  }
  await prisma.retentionRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), purged: counts, error: errors.length ? errors.join('\n') : null },
  });
  return { runId: run.id, counts, errors };
}

export async function listRetentionRuns(limit = 20) {
  return prisma.retentionRun.findMany({ orderBy: { startedAt: 'desc' }, take: limit });
}
