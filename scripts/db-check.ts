// npm run db:check — fails when schema.prisma and prisma/migrations disagree (run in CI).
import { pendingSchemaChanges } from '@/lib/db/migrate';

pendingSchemaChanges().then(
  (sql) => {
    if (!sql) {
      console.log('db:check: schema.prisma and prisma/migrations agree.');
      process.exit(0);
    }
    console.error(
      'db:check: schema.prisma differs from what prisma/migrations build. Create a migration with\n' +
        '  npm run db:migration -- <name>\nMissing SQL:\n\n' +
        sql,
    );
    process.exit(1);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
