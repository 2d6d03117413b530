// Delivers the outbox: claims due rows, sends each, records the outcome or schedules a retry.
// Safe with any number of workers on any number of machines: a row is claimed by one of them only.
import 'server-only';
import { prisma, type EmailOutbox } from '@/lib/db/client';
import { deliverEmail, EmailDeliveryError } from './send';

export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
/**
 * A claimed row is hidden from other workers this long. If its worker dies mid-send, the row comes
 * back after the lease and is sent again with the same idempotency key, so the provider delivers it once.
 * Longer than a whole batch of sends can take (10 × 15 s timeout).
 */
const CLAIM_LEASE_MS = 5 * 60_000;
const DEFAULT_BATCH_SIZE = 10;

type ClaimedEmail = Pick<
  EmailOutbox,
  'id' | 'to' | 'subject' | 'template' | 'props' | 'headers' | 'idempotencyKey' | 'attempts'
>;

export type DispatchReport = { sent: number; retrying: number; failed: number };

/** 30 s, 1 min, 2 min… capped at one hour; `attempts` counts the attempt that just failed. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

/**
 * Sends every e-mail due at `now`, in small batches, until none is left or `signal` aborts.
 * Each attempt is counted when the row is claimed, so a message that crashes the worker still
 * ends up FAILED after MAX_ATTEMPTS instead of looping forever.
 */
export async function dispatchDueEmails(
  now: Date = new Date(),
  { batchSize = DEFAULT_BATCH_SIZE, signal }: { batchSize?: number; signal?: AbortSignal } = {},
): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0 };
  while (!signal?.aborted) {
    const batch = await claimDueEmails(now, batchSize);
    for (const email of batch) {
      report[await deliverClaimed(email, now)] += 1;
    }
    if (batch.length < batchSize) break;
  }
  return report;
}

async function claimDueEmails(now: Date, limit: number): Promise<ClaimedEmail[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  // SKIP LOCKED: concurrent workers each take different rows instead of waiting on, or re-sending, the same ones.
  return prisma.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailOutbox"
    SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "template", "props", "headers", "idempotencyKey", "attempts"`;
}

async function deliverClaimed(email: ClaimedEmail, now: Date): Promise<keyof DispatchReport> {
  try {
    const providerMessageId = await deliverEmail(email);
    await prisma.emailOutbox.update({
      where: { id: email.id },
      data: { status: 'SENT', sentAt: now, providerMessageId, lastError: null },
    });
    return 'sent';
  } catch (error) {
    // Unexpected errors (a rendering bug, the database) are retried too: MAX_ATTEMPTS bounds them.
    const retryable = !(error instanceof EmailDeliveryError) || error.retryable;
    const lastError = error instanceof Error ? error.message : String(error);
    if (retryable && email.attempts < MAX_ATTEMPTS) {
      await prisma.emailOutbox.update({
        where: { id: email.id },
        data: { lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)) },
      });
      return 'retrying';
    }
    await prisma.emailOutbox.update({ where: { id: email.id }, data: { status: 'FAILED', lastError } });
    return 'failed';
  }
}
