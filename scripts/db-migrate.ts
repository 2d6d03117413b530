// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL
// (started and stopped here; when the app is running it has already migrated its database).
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { env } from '@/lib/env';

async function main(): Promise<void> {
  const { DATABASE_URL } = env();
  const embedded = DATABASE_URL ? undefined : await startEmbeddedPostgres();
  try {
    await migrateDatabase(DATABASE_URL ?? embedded!.url);
    console.log('Database is up to date.');
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
