// Applies prisma/migrations to a database, and compares the migrations with schema.prisma.
import { randomBytes } from 'node:crypto';
import { applyMigrations, diffMigrationsToSchema, isEmptyDiff } from '@/lib/db/schema-engine';
import { createDatabase, dropDatabase, startEmbeddedPostgres, databaseUrl } from '@/lib/db/embedded';
import { env } from '@/lib/env';

/**
 * Applies the pending migrations, recorded in `_prisma_migrations` exactly as `prisma migrate
 * deploy` does, so either tool can serve the same database. Idempotent.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const applied = await applyMigrations(url);
  if (applied.length > 0) console.info(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
}

/**
 * The SQL still needed to go from what the migrations build to schema.prisma ('' when they agree).
 * Computed on a throwaway database of DATABASE_URL's server, or of a scratch embedded PostgreSQL.
 */
export async function pendingSchemaChanges(): Promise<string> {
  const { DATABASE_URL, DATA_DIR, EMBEDDED_PG_PORT } = env();
  // Its own cluster and port, so that it works while the app (or the tests) run.
  const embedded = DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: `${DATA_DIR}/scratch-pg`, port: EMBEDDED_PG_PORT + 3 });
  const serverUrl = DATABASE_URL ?? embedded!.url;
  const scratch = `jauto_scratch_${randomBytes(4).toString('hex')}`;
  try {
    await createDatabase(serverUrl, scratch);
    const sql = await diffMigrationsToSchema(databaseUrl(serverUrl, scratch));
    return isEmptyDiff(sql) ? '' : sql.trim() + '\n';
  } finally {
    await dropDatabase(serverUrl, scratch);
    await embedded?.stop();
  }
}
