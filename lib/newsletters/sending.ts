// Sending an issue at scale. The fan-out writes one delivery per recipient in a single
// INSERT … SELECT … ON CONFLICT DO NOTHING (running it twice writes nothing more); then workers take
// batches of up to 100 pending deliveries (FOR UPDATE SKIP LOCKED: each batch goes to one worker),
// send each batch with one request to Resend's batch API and mark it sent.
//
// Exactly once, even across crashes: a batch's recipients are fixed at its first attempt (batchKey, a
// hash of them) and leased. If the worker dies or loses Resend's answer, the lease runs out and the
// same batch is sent again with the same Idempotency-Key, so Resend answers the first result instead
// of delivering a second time; a delivery marked sent is never taken again.
//
// Why not one outbox row per message sent by the outbox dispatcher: that dispatcher sends rows one
// request at a time, in order of due date; 100 000 newsletter rows would hold account e-mails (a
// password reset) behind them for as long as the send lasts, at a hundredth of the batch API's
// throughput. Each message sent is still written to the outbox (status SENT, category NEWSLETTER),
// so the demo mailbox, the provider ids used by the delivery webhooks and the e-mail history stay in
// one place.
import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db/client';
import { retryDelayMs } from '@/lib/email/dispatch';
import { deliverEmailBatch, EmailDeliveryError, MAX_BATCH_SIZE, type BatchEmail } from '@/lib/email/send';
import { surveySlugs, type NewsletterStoredProps } from '@/lib/email/templates/newsletter';
import { audienceCondition } from './audience';
import { personalize, recipientLinks, renderIssueTemplate, type IssueContent, type RenderedNewsletter } from './email';
import { listUnsubscribeHeaders } from './links';

/** A claimed batch stays with its worker this long (more than one request's 15 s timeout). */
const LEASE_MS = 2 * 60_000;
/** After this many failed attempts (retried with back-off) a batch is given up as FAILED. */
export const MAX_BATCH_ATTEMPTS = 8;

export type FanOutResult =
  | { outcome: 'fanned-out'; recipients: number }
  /** Scheduled later, or no longer scheduled (sent, or back to draft): nothing written. */
  | { outcome: 'not-due' | 'not-scheduled' };

/**
 * Writes the deliveries of a due SCHEDULED issue, with the audience as it is now, and moves it to
 * SENDING (SENT right away if nobody is left to write to). The issue row is locked meanwhile: two
 * workers fanning out the same issue write its deliveries once.
 */
export async function fanOutIssue(issueId: string, now: Date = new Date()): Promise<FanOutResult> {
  return prisma.$transaction(
    async (tx) => {
      const [issue] = await tx.$queryRaw<{ listId: string; isCommercial: boolean; status: string; scheduledAt: Date | null }[]>`
        SELECT "listId", "isCommercial", "status"::text AS "status", "scheduledAt"
        FROM "NewsletterIssue" WHERE "id" = ${issueId} FOR UPDATE`;
      if (!issue || issue.status !== 'SCHEDULED') return { outcome: 'not-scheduled' } as const;
      if (issue.scheduledAt && issue.scheduledAt > now) return { outcome: 'not-due' } as const;

      await tx.$executeRaw`
        INSERT INTO "NewsletterDelivery" ("issueId", "subscriptionId")
        SELECT ${issueId}, s."id" FROM "NewsletterSubscription" s
        WHERE ${audienceCondition(issue.listId, issue.isCommercial)}
        ON CONFLICT DO NOTHING`;
      const recipients = await tx.newsletterDelivery.count({ where: { issueId } });
      await tx.newsletterIssue.update({
        where: { id: issueId },
        data: {
          status: recipients > 0 ? 'SENDING' : 'SENT',
          startedAt: now,
          recipientCount: recipients,
          ...(recipients === 0 ? { sentAt: now } : {}),
        },
      });
      return { outcome: 'fanned-out', recipients } as const;
    },
    // 100 000 rows take a few seconds; the default 5 s would abort a large fan-out.
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}

type ClaimedRecipient = { subscriptionId: string; email: string; attempts: number };
type Batch = { key: string; recipients: ClaimedRecipient[] };

function batchKeyOf(issueId: string, subscriptionIds: string[]): string {
  return createHash('sha256').update(`${issueId}:${subscriptionIds.join(',')}`).digest('hex');
}

const byId = (a: ClaimedRecipient, b: ClaimedRecipient) => (a.subscriptionId < b.subscriptionId ? -1 : 1);

/**
 * The next batch of an issue for this worker, or null when nothing is left to take now. First a batch
 * already tried whose lease ran out (same recipients, same key), then up to 100 deliveries never
 * tried, minus those who left the audience since the fan-out (SKIPPED).
 */
async function claimBatch(issue: { id: string; listId: string; isCommercial: boolean }, now: Date): Promise<Batch | null> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  for (;;) {
    const [abandoned] = await prisma.$queryRaw<{ batchKey: string }[]>`
      SELECT "batchKey" FROM "NewsletterDelivery"
      WHERE "issueId" = ${issue.id} AND "status" = 'PENDING' AND "batchKey" IS NOT NULL AND "leaseUntil" <= ${now}
      LIMIT 1`;
    if (!abandoned) break;
    // One statement for the whole batch: if another worker took it first, its rows no longer match.
    const recipients = await prisma.$queryRaw<ClaimedRecipient[]>`
      UPDATE "NewsletterDelivery" d SET "leaseUntil" = ${leaseUntil}, "attempts" = d."attempts" + 1
      FROM "NewsletterSubscription" s
      WHERE s."id" = d."subscriptionId" AND d."issueId" = ${issue.id} AND d."batchKey" = ${abandoned.batchKey}
        AND d."status" = 'PENDING' AND d."leaseUntil" <= ${now}
      RETURNING d."subscriptionId", s."email"::text AS "email", d."attempts"`;
    if (recipients.length > 0) return { key: abandoned.batchKey, recipients: recipients.sort(byId) };
  }

  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const candidates = await tx.$queryRaw<{ subscriptionId: string; email: string; eligible: boolean }[]>`
        SELECT d."subscriptionId", s."email"::text AS "email",
          ${audienceCondition(issue.listId, issue.isCommercial)} AS "eligible"
        FROM "NewsletterDelivery" d JOIN "NewsletterSubscription" s ON s."id" = d."subscriptionId"
        WHERE d."issueId" = ${issue.id} AND d."status" = 'PENDING' AND d."batchKey" IS NULL
        ORDER BY d."subscriptionId"
        LIMIT ${MAX_BATCH_SIZE}
        FOR UPDATE OF d SKIP LOCKED`;
      if (candidates.length === 0) return null;
      const gone = candidates.filter((row) => !row.eligible).map((row) => row.subscriptionId);
      const recipients = candidates.filter((row) => row.eligible).map((row) => ({ ...row, attempts: 1 }));
      if (gone.length > 0) {
        await tx.newsletterDelivery.updateMany({
          where: { issueId: issue.id, subscriptionId: { in: gone } },
          data: { status: 'SKIPPED' },
        });
      }
      if (recipients.length === 0) return { key: '', recipients };
      const key = batchKeyOf(
        issue.id,
        recipients.map((row) => row.subscriptionId),
      );
      await tx.newsletterDelivery.updateMany({
        where: { issueId: issue.id, subscriptionId: { in: recipients.map((row) => row.subscriptionId) } },
        data: { batchKey: key, leaseUntil, attempts: 1 },
      });
      return { key, recipients: recipients.map(({ subscriptionId, email, attempts }) => ({ subscriptionId, email, attempts })) };
    });
    if (!batch) return null;
    // A batch whose recipients had all left: take the next one.
    if (batch.recipients.length > 0) return batch;
  }
}

type SendingIssue = IssueContent & { id: string; listId: string; isCommercial: boolean };

function messagesOf(issue: SendingIssue, template: RenderedNewsletter, batch: Batch) {
  const surveys = surveySlugs(issue.bodyMarkdown);
  return batch.recipients.map((recipient) => {
    const link = { subscriptionId: recipient.subscriptionId, issueId: issue.id };
    const { html, text } = personalize(template, recipientLinks(link, recipient.email, surveys));
    const email: BatchEmail = {
      to: recipient.email,
      subject: issue.subject,
      html,
      text,
      headers: listUnsubscribeHeaders(link),
    };
    return email;
  });
}

export type BatchOutcome = 'sent' | 'retrying' | 'failed';

async function sendBatch(issue: SendingIssue, template: RenderedNewsletter, batch: Batch, now: Date): Promise<BatchOutcome> {
  const emails = messagesOf(issue, template, batch);
  let providerIds: (string | null)[];
  try {
    providerIds = await deliverEmailBatch(emails, `newsletter-batch/${batch.key}`);
  } catch (error) {
    const retryable = !(error instanceof EmailDeliveryError) || error.retryable;
    const attempts = Math.max(...batch.recipients.map((row) => row.attempts));
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const giveUp = !retryable || attempts >= MAX_BATCH_ATTEMPTS;
    await prisma.newsletterDelivery.updateMany({
      where: { issueId: issue.id, batchKey: batch.key, status: 'PENDING' },
      data: giveUp
        ? { status: 'FAILED', lastError, leaseUntil: null }
        : { lastError, leaseUntil: new Date(now.getTime() + retryDelayMs(attempts)) },
    });
    return giveUp ? 'failed' : 'retrying';
  }
  await recordSent(issue, batch, emails, providerIds, now);
  return 'sent';
}

/** Writes each message to the outbox (SENT) and marks its delivery sent, in one transaction. */
async function recordSent(issue: SendingIssue, batch: Batch, emails: BatchEmail[], providerIds: (string | null)[], now: Date) {
  const keyOf = (subscriptionId: string) => `newsletter:${issue.id}:${subscriptionId}`;
  await prisma.$transaction(async (tx) => {
    await tx.emailOutbox.createMany({
      data: batch.recipients.map((recipient, index) => {
        const props: NewsletterStoredProps = { issueId: issue.id, subscriptionId: recipient.subscriptionId, subject: issue.subject };
        return {
          to: recipient.email,
          idempotencyKey: keyOf(recipient.subscriptionId),
          template: 'newsletter',
          props,
          subject: issue.subject,
          category: 'NEWSLETTER' as const,
          headers: emails[index]!.headers,
          status: 'SENT' as const,
          attempts: recipient.attempts,
          sentAt: now,
          providerMessageId: providerIds[index] ?? null,
        };
      }),
      skipDuplicates: true,
    });
    const rows = await tx.emailOutbox.findMany({
      where: { idempotencyKey: { in: batch.recipients.map((recipient) => keyOf(recipient.subscriptionId)) } },
      select: { id: true, idempotencyKey: true },
    });
    const outboxIds = new Map(rows.map((row) => [row.idempotencyKey, row.id]));
    const subscriptionIds = batch.recipients.map((recipient) => recipient.subscriptionId);
    const ids = subscriptionIds.map((id) => outboxIds.get(keyOf(id)) ?? null);
    await tx.$executeRaw`
      UPDATE "NewsletterDelivery" d
      SET "status" = 'SENT', "sentAt" = ${now}, "leaseUntil" = NULL, "lastError" = NULL, "outboxId" = v."outboxId"
      FROM unnest(${subscriptionIds}::text[], ${ids}::text[]) AS v("subscriptionId", "outboxId")
      WHERE d."issueId" = ${issue.id} AND d."subscriptionId" = v."subscriptionId" AND d."status" = 'PENDING'`;
  });
}

export type DrainReport = { batches: number; sent: number; retrying: number; failed: number };

/**
 * Sends an issue's batches until none is left to take, `signal` aborts or `maxBatches` are done (the
 * current batch always ends first), then marks the issue SENT once no delivery is pending.
 */
export async function sendIssueBatches(
  issueId: string,
  { signal, maxBatches = Number.POSITIVE_INFINITY, clock = () => new Date() }: { signal?: AbortSignal; maxBatches?: number; clock?: () => Date } = {},
): Promise<DrainReport> {
  const report: DrainReport = { batches: 0, sent: 0, retrying: 0, failed: 0 };
  const row = await prisma.newsletterIssue.findUnique({
    where: { id: issueId },
    select: { id: true, listId: true, isCommercial: true, status: true, subject: true, preheader: true, bodyMarkdown: true, list: { select: { name: true } } },
  });
  if (!row || row.status !== 'SENDING') return report;
  const issue: SendingIssue = { ...row, listName: row.list.name };
  // The content is frozen once SENDING: render it once for the whole drain.
  const template = await renderIssueTemplate(issue);

  while (!signal?.aborted && report.batches < maxBatches) {
    const now = clock();
    const batch = await claimBatch(issue, now);
    if (!batch) break;
    const outcome = await sendBatch(issue, template, batch, now);
    report.batches += 1;
    report[outcome] += batch.recipients.length;
  }
  await finishIfDone(issueId, clock());
  return report;
}

/** SENDING → SENT once no delivery is pending. */
export async function finishIfDone(issueId: string, now: Date = new Date()): Promise<boolean> {
  const pending = await prisma.newsletterDelivery.count({ where: { issueId, status: 'PENDING' } });
  if (pending > 0) return false;
  const { count } = await prisma.newsletterIssue.updateMany({
    where: { id: issueId, status: 'SENDING' },
    data: { status: 'SENT', sentAt: now },
  });
  return count > 0;
}

/** Whether a worker could take a batch of this issue now (new deliveries, or a lease that ran out). */
export async function hasClaimableWork(issueId: string, now: Date = new Date()): Promise<boolean> {
  const row = await prisma.newsletterDelivery.findFirst({
    where: {
      issueId,
      status: 'PENDING',
      OR: [{ batchKey: null }, { leaseUntil: { lte: now } }],
    },
    select: { subscriptionId: true },
  });
  return row !== null;
}

