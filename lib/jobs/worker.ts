// The background worker: pg-boss jobs plus the e-mail outbox dispatcher.
// Runs inside the web server (instrumentation.ts) or as its own process (`npm run worker`), as many
// copies as wanted: every job and every e-mail is claimed by a single worker.
import 'server-only';
import { dispatchDueEmails } from '@/lib/email/dispatch';
import { QUEUES, startBoss, stopBoss } from './boss';

/**
 * A new e-mail goes out within this delay. The poll is one indexed UPDATE that matches nothing when
 * the outbox is idle: cheap enough for every worker, and it needs no hook in the callers' transactions.
 */
const EMAIL_POLL_INTERVAL_MS = 2_000;

type RunningWorker = { stop: () => Promise<void> };

let running: Promise<RunningWorker> | undefined;

export function startWorker({ pollIntervalMs = EMAIL_POLL_INTERVAL_MS }: { pollIntervalMs?: number } = {}) {
  running ??= launch(pollIntervalMs).catch((error: unknown) => {
    running = undefined;
    throw error;
  });
  return running.then(() => undefined);
}

/** Stops polling, lets the current sends and jobs finish, then closes the queue's connections. */
export async function stopWorker(): Promise<void> {
  const current = running;
  running = undefined;
  await (await current?.catch(() => undefined))?.stop();
}

async function launch(pollIntervalMs: number): Promise<RunningWorker> {
  const boss = await startBoss();
  const controller = new AbortController();

  // The minute cron is the safety net: e-mails still leave if the fast poll is stuck or slowed down.
  await boss.work(QUEUES.emailDispatch, { pollingIntervalSeconds: 10 }, async () => {
    await dispatchDueEmails(new Date(), { signal: controller.signal });
  });
  await boss.schedule(QUEUES.emailDispatch, '* * * * *');

  const poll = pollEmails(pollIntervalMs, controller.signal);
  return {
    async stop() {
      controller.abort();
      await poll;
      await stopBoss();
    },
  };
}

async function pollEmails(intervalMs: number, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      await dispatchDueEmails(new Date(), { signal });
    } catch (error) {
      // A database hiccup must not kill the loop: the next round retries.
      console.error('[jobs] e-mail dispatch failed:', error);
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
