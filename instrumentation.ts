// Next.js start-up hook: in development and demo the job worker runs inside the web server, so
// `npm start` alone sends e-mails; production runs it as its own process (`npm run worker`).
export async function register() {
  // The runtime test wraps the imports (rather than returning early) so bundlers drop them from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { env } = await import('@/lib/env');
    if (!env().workerInServer) return;
    const { startWorker } = await import('@/lib/jobs/worker');
    // No shutdown hook: the server may stop mid-send, and the outbox is built for that (a claimed row
    // returns after its lease and is re-sent under the same idempotency key). A worker that fails to
    // start must not take the site down with it: e-mails wait in the outbox.
    await startWorker().catch((error: unknown) => console.error('[jobs] worker did not start:', error));
  }
}
