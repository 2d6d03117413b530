// The background worker: pg-boss jobs, the e-mail outbox dispatcher, the SIRET checks, newsletters and
// payment reminders.
// Runs inside the web server (instrumentation.ts) or as its own process (`npm run worker`), as many
// copies as wanted: every job, every e-mail and every SIRET check is claimed by a single worker.
import 'server-only';
import { GRACE_REMINDER_CRON, sendGraceReminders } from '@/lib/billing/grace-reminders';
import { dispatchDueEmails } from '@/lib/email/dispatch';
import { stopLocalRegister } from '@/lib/siret/local-register';
import { verifyDueSirets } from '@/lib/siret/verification';
import { reorderSearchTable, SEARCH_REORDER_CRON } from '@/lib/search/maintenance';
import { PURGE_CRON, runRetentionPurge } from '@/lib/privacy/retention';
import { runBatchJob, runFanOutJob, runNewsletterTick, type IssueJob } from '@/lib/newsletters/jobs';
import { QUEUES, startBoss, stopBoss } from './boss';

/**
 * A new e-mail goes out, and a new SIRET is checked, within this delay. Each poll is one indexed
 * UPDATE that matches nothing when idle: cheap enough for every worker, and it needs no hook in the
 * callers' transactions.
 */
const POLL_INTERVAL_MS = 2_000;

type RunningWorker = { stop: () => Promise<void> };

let running: Promise<RunningWorker> | undefined;

export function startWorker({ pollIntervalMs = POLL_INTERVAL_MS }: { pollIntervalMs?: number } = {}) {
  running ??= launch(pollIntervalMs).catch((error: unknown) => {
    running = undefined;
    throw error;
  });
  return running.then(() => undefined);
}

/** Stops polling, lets the current sends, checks and jobs finish, then closes the queue's connections. */
export async function stopWorker(): Promise<void> {
  const current = running;
  running = undefined;
  await (await current?.catch(() => undefined))?.stop();
}

async function launch(pollIntervalMs: number): Promise<RunningWorker> {
  const boss = await startBoss();
  const controller = new AbortController();
  const { signal } = controller;

  // The minute crons are the safety net: work still gets done if a fast poll is stuck or slowed down.
  await boss.work(QUEUES.emailDispatch, { pollingIntervalSeconds: 10 }, async () => {
    await dispatchDueEmails(new Date(), { signal });
  });
  await boss.schedule(QUEUES.emailDispatch, '* * * * *');
  await boss.work(QUEUES.siretVerify, { pollingIntervalSeconds: 10 }, async () => {
    await verifyDueSirets(new Date(), { signal });
  });
  await boss.schedule(QUEUES.siretVerify, '* * * * *');
  await boss.work(QUEUES.searchReorder, async () => {
    await reorderSearchTable();
  });
  await boss.schedule(QUEUES.searchReorder, SEARCH_REORDER_CRON, {}, { tz: 'Europe/Paris' });
  // The retention purge, nightly; pg-boss hands each scheduled run to a single worker.
  await boss.work(QUEUES.privacyPurge, async () => {
    await runRetentionPurge({ trigger: 'SCHEDULED' });
  });
  await boss.schedule(QUEUES.privacyPurge, PURGE_CRON, {}, { tz: 'Europe/Paris' });
  // Reminders before a failed payment's grace period ends, hourly so that each goes out about two days ahead.
  await boss.work(QUEUES.billingGraceReminder, async () => {
    await sendGraceReminders();
  });
  await boss.schedule(QUEUES.billingGraceReminder, GRACE_REMINDER_CRON);
  // Newsletters: fan-out, then batches of 100 through Resend's batch API; the tick starts scheduled
  // issues and resumes unfinished sends, at once when a worker starts (e.g. after a stop mid-send).
  await boss.work<IssueJob>(QUEUES.newsletterFanout, async ([job]) => {
    if (job) await runFanOutJob(job.data);
  });
  await boss.work<IssueJob>(QUEUES.newsletterBatch, async ([job]) => {
    if (job) await runBatchJob(job.data, signal);
  });
  await boss.work(QUEUES.newsletterTick, async () => {
    await runNewsletterTick();
  });
  await boss.schedule(QUEUES.newsletterTick, '* * * * *');
  await boss.send(QUEUES.newsletterTick, {});

  // Two loops rather than one: a slow register (5 s timeout) must not hold e-mails back.
  const polls = [
    poll('e-mail dispatch', pollIntervalMs, signal, () => dispatchDueEmails(new Date(), { signal })),
    poll('SIRET check', pollIntervalMs, signal, () => verifyDueSirets(new Date(), { signal })),
  ];
  return {
    async stop() {
      controller.abort();
      await Promise.all(polls);
      await stopBoss();
      await stopLocalRegister();
    },
  };
}

async function poll(name: string, intervalMs: number, signal: AbortSignal, task: () => Promise<unknown>): Promise<void> {
  while (!signal.aborted) {
    try {
      await task();
    } catch (error) {
      // A database hiccup must not kill the loop: the next round retries.
      console.error(`[jobs] ${name} failed:`, error);
    }
    await sleep(intervalMs, signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
