// Integration tests: a PostgreSQL server (DATABASE_URL's, or an embedded one started here) and a
// migrated template database that every test file clones (test/setup/integration-database.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  PostgresAlreadyRunningError,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { MIGRATIONS_DIR, readMigrations } from '@/lib/db/schema-engine';
import { parseEnv } from '@/lib/env';
import pg from 'pg';

/** Beside the app's embedded server (EMBEDDED_PG_PORT, 54329 by default), so both can run at once. */
const TEST_PG_PORT = 54330;
const globalForTests = globalThis as { jautoTestPostgres?: EmbeddedPostgres; jautoTestPostgresDir?: string };

/** Same migrations, same template: reused across runs, rebuilt when a migration changes. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const { path: name } of readMigrations().migrationDirectories) {
    hash.update(name).update(fs.readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql')));
  }
  return `jauto_tpl_${hash.digest('hex').slice(0, 12)}`;
}

async function dropStaleTemplates(serverUrl: string, keep: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'jauto\\_tpl\\_%' AND datname <> $1",
    [keep],
  );
  await client.end();
  // Without FORCE: a template another run is cloning right now stays.
  for (const { datname } of rows) await dropDatabase(serverUrl, datname, { force: false }).catch(() => {});
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/**
 * The persistent test cluster (templates survive between runs); when another run is using it,
 * a throwaway cluster of this run's own, removed by global-teardown.ts.
 */
async function startTestPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  try {
    return await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'test-pg'), port: TEST_PG_PORT, database: 'postgres' });
  } catch (error) {
    if (!(error instanceof PostgresAlreadyRunningError)) throw error;
    const ownDir = path.join(dataDir, `test-pg-${process.pid}`);
    globalForTests.jautoTestPostgresDir = ownDir;
    return startEmbeddedPostgres({ dataDir: ownDir, port: await freePort(), database: 'postgres', fresh: true });
  }
}

export default async function globalSetup(): Promise<void> {
  const { DATABASE_URL, DATA_DIR } = parseEnv({ ...process.env, APP_ENV: 'test' });
  let serverUrl = DATABASE_URL;
  if (!serverUrl) {
    const server = await startTestPostgres(DATA_DIR);
    globalForTests.jautoTestPostgres = server;
    serverUrl = server.url;
  }

  const template = templateName();
  if (!(await databaseExists(serverUrl, template))) {
    // Built under another name and renamed: an interrupted run never leaves a half-migrated template.
    const building = `${template}_building_${process.pid}`;
    await createDatabase(serverUrl, building);
    await migrateDatabase(databaseUrl(serverUrl, building));
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(template)}`);
    } catch (error) {
      // A concurrent run built the same template first: use theirs.
      if ((error as { code?: string }).code !== '42P04') throw error;
      await dropDatabase(serverUrl, building);
    } finally {
      await client.end();
    }
  }
  await dropStaleTemplates(serverUrl, template);

  // Read by every test file (workers inherit this process's environment).
  process.env.JAUTO_TEST_SERVER_URL = serverUrl;
  process.env.JAUTO_TEST_TEMPLATE = template;
}
