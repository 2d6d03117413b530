// `npm run worker`: the job worker as its own process (production, or several machines).
import { disconnectPrisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { startWorker, stopWorker } from '@/lib/jobs/worker';

async function main() {
  // Fail fast on a bad configuration (production refuses to run without its secrets).
  env();
  await startWorker();
  console.log('[worker] started; Ctrl+C to stop.');

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // A second signal means "now": skip the graceful wait.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`[worker] ${signal} received, finishing current work…`);
    await stopWorker();
    await disconnectPrisma();
    console.log('[worker] stopped.');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch(async (error: unknown) => {
  console.error('[worker] could not start:', error);
  await disconnectPrisma().catch(() => undefined);
  process.exit(1);
});
