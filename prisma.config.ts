// Prisma CLI configuration (Prisma 7 reads the connection URL here, not in schema.prisma).
// Offline machines migrate with `npm run db:migrate` instead (docs/decisions/001-wasm-migrations.md);
// where the native engine is available, `prisma migrate deploy` serves the same database.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Only `migrate`/`db` commands need a URL; `generate` must work without one.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
