// The job queue: one pg-boss instance per process, on the application's own PostgreSQL.
import 'server-only';
import PgBoss from 'pg-boss';

/** Every queue the application uses; created (idempotently) when the queue starts. */
export const QUEUES = {
  emailDispatch: 'email.dispatch',
  siretVerify: 'siret.verify',
  searchReorder: 'search.reorder',
  newsletterFanout: 'newsletter.fanout',
  newsletterBatch: 'newsletter.batch',
  newsletterTick: 'newsletter.tick',
  privacyPurge: 'privacy.purge',
  billingGraceReminder: 'billing.grace-reminder',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

let started: Promise<PgBoss> | undefined;

/** Starts pg-boss once (creating its `pgboss` schema and the queues) and returns the running instance. */
export function startBoss(): Promise<PgBoss> {
  started ??= createBoss().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

export async function stopBoss(): Promise<void> {
  const running = started;
  started = undefined;
  if (!running) return;
  const boss = await running.catch(() => undefined);
  // Graceful: active jobs get time to finish before the pool closes.
  await boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
}

async function createBoss(): Promise<PgBoss> {
  // The same variable the Prisma client reads (lib/db/client.ts), set once the database is known.
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL must be set before the job queue starts.');
  const boss = new PgBoss({ connectionString, schema: 'pgboss', application_name: 'jauto-jobs', max: 4 });
  // Without a listener an 'error' event would crash the process; pg-boss recovers by itself.
  boss.on('error', (error) => console.error('[jobs] pg-boss error:', error));
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  return boss;
}
