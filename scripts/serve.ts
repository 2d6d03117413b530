// npm start (serve.ts start) / npm run dev (serve.ts dev) [--fresh]
// Without DATABASE_URL: starts the embedded PostgreSQL; then migrates, seeds demo data on the first
// start (outside production), builds when the sources changed, and runs Next.js. Ctrl-C stops
// Next.js, then PostgreSQL. --fresh (end-to-end tests): a brand-new database, migrated and seeded.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { disconnectPrisma } from '@/lib/db/client';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import { seedDemo } from '@/lib/seed';

const mode = process.argv[2];
const fresh = process.argv.includes('--fresh');
const nextBin = require.resolve('next/dist/bin/next');

let child: ChildProcess | undefined;
let embedded: EmbeddedPostgres | undefined;

/** Stops the running Next.js process (build or server), forcefully after 10 s. */
function stopChild(): Promise<void> {
  const running = child;
  if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    running.once('exit', () => (clearTimeout(timer), resolve()));
    running.kill('SIGTERM');
  });
}

let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await stopChild();
    await embedded?.stop();
  }
  process.exit(code);
}

function runNext(args: string[], databaseUrlForNext: string): ChildProcess {
  child = spawn(process.execPath, [nextBin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrlForNext, APP_ENV: env().APP_ENV },
  });
  return child;
}

const SOURCES = ['app', 'lib', 'components', 'content', 'public', 'prisma'];
const SKIPPED = new Set(['node_modules', '.next', '.data']);

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => !SKIPPED.has(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** A build is needed when none exists or a source or root config file is newer than it. */
function buildIsStale(): boolean {
  const buildId = fs.statSync('.next/BUILD_ID', { throwIfNoEntry: false });
  if (!buildId) return true;
  const rootFiles = fs.readdirSync('.').filter((name) => /\.(ts|mjs|js|json)$/.test(name) && name !== 'package-lock.json');
  return Math.max(...[...SOURCES, ...rootFiles].map(newestMtime)) > buildId.mtimeMs;
}

/** The database to serve: DATABASE_URL's (or a fresh copy on its server), else the embedded one. */
async function prepareDatabase(): Promise<string> {
  const { DATABASE_URL, DATA_DIR, EMBEDDED_PG_PORT } = env();
  if (!DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(DATA_DIR, fresh ? 'e2e' : 'postgres'),
      port: EMBEDDED_PG_PORT,
      fresh,
      beforeStop: stopChild,
    });
    return embedded.url;
  }
  if (!fresh) return DATABASE_URL;
  const name = `${new URL(DATABASE_URL).pathname.slice(1)}_e2e`;
  await dropDatabase(DATABASE_URL, name);
  await createDatabase(DATABASE_URL, name);
  return databaseUrl(DATABASE_URL, name);
}

/** Prints the address once Next.js answers. */
async function announceWhenReady(port: number): Promise<void> {
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(60_000) });
      console.log(`\n  Jauto-entreprends is ready: http://localhost:${port}\n`);
      return;
    } catch {
      if (child?.exitCode !== null) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function main(): Promise<void> {
  if (mode !== 'start' && mode !== 'dev') throw new Error('Usage: serve.ts start|dev [--fresh]');
  const config = env();
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));

  const url = await prepareDatabase();
  process.env.DATABASE_URL = url;
  await migrateDatabase(url);
  if (config.APP_ENV !== 'production') {
    // seedDemo writes nothing into a database that already has data: restarts never reseed.
    const summary = await seedDemo({});
    console.log(summary.message);
    await disconnectPrisma();
  }

  if (mode === 'start' && buildIsStale()) {
    console.log('Building the application (sources changed since the last build)…');
    const code = await new Promise<number | null>((resolve) => runNext(['build'], url).once('exit', resolve));
    if (code !== 0) throw new Error('next build failed.');
  }
  if (shuttingDown) return;
  runNext([mode, '-p', String(config.PORT)], url).once('exit', (code) => void shutdown(code ?? 0));
  await announceWhenReady(config.PORT);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
