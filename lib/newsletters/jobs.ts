// The newsletter's jobs: `newsletter.fanout` writes an issue's deliveries, `newsletter.batch` drains
// its batches (several can run at once, on any number of workers), and the minute `newsletter.tick`
// starts scheduled issues and resumes sends left unfinished by a stopped or crashed worker.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { QUEUES, startBoss } from '@/lib/jobs/boss';
import { fanOutIssue, finishIfDone, hasClaimableWork, sendIssueBatches } from './sending';

export type IssueJob = { issueId: string };

/** How many batch jobs a fan-out starts: each worker process takes one at a time. */
const PARALLEL_BATCH_JOBS = 2;
/** A batch job hands over after this long, so a huge send never holds a job past its expiry. */
const BATCH_JOB_BUDGET_MS = 5 * 60_000;

async function enqueueBatchJobs(issueId: string, count: number): Promise<void> {
  const boss = await startBoss();
  for (let index = 0; index < count; index += 1) await boss.send(QUEUES.newsletterBatch, { issueId } satisfies IssueJob);
}

/** Asks the workers to start an issue now (the minute tick would otherwise within a minute). */
export async function requestFanOut(issueId: string): Promise<void> {
  const boss = await startBoss();
  await boss.send(QUEUES.newsletterFanout, { issueId } satisfies IssueJob);
}

export async function runFanOutJob({ issueId }: IssueJob): Promise<void> {
  const result = await fanOutIssue(issueId);
  if (result.outcome === 'fanned-out' && result.recipients > 0) {
    await enqueueBatchJobs(issueId, Math.min(PARALLEL_BATCH_JOBS, Math.ceil(result.recipients / 100)));
  }
}

export async function runBatchJob({ issueId }: IssueJob, signal?: AbortSignal): Promise<void> {
  const budget = AbortSignal.timeout(BATCH_JOB_BUDGET_MS);
  const stop = signal ? AbortSignal.any([signal, budget]) : budget;
  await sendIssueBatches(issueId, { signal: stop });
  // Out of time (not stopping): a fresh job carries on at once. A stopping worker leaves the rest to
  // the tick of whichever worker runs next.
  if (budget.aborted && !signal?.aborted && (await hasClaimableWork(issueId))) await enqueueBatchJobs(issueId, 1);
}

/** Every minute, and when a worker starts: due scheduled issues, and sends with work left. */
export async function runNewsletterTick(now: Date = new Date()): Promise<void> {
  const due = await prisma.newsletterIssue.findMany({
    where: { status: 'SCHEDULED', scheduledAt: { lte: now } },
    select: { id: true },
  });
  for (const { id } of due) await runFanOutJob({ issueId: id });

  const sending = await prisma.newsletterIssue.findMany({ where: { status: 'SENDING' }, select: { id: true } });
  for (const { id } of sending) {
    if (await hasClaimableWork(id, now)) await enqueueBatchJobs(id, 1);
    else await finishIfDone(id, now);
  }
}
