// The integration harness itself: each file gets its own migrated database, and `prisma` uses it.
import pg from 'pg';
import { prisma } from '@/lib/db/client';

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('integration database', () => {
  it('is a database of its own, cloned for this file', async () => {
    const [{ name }] = await query<{ name: string }>('SELECT current_database() AS name');
    expect(name).toMatch(/^jauto_test_/);
    expect(process.env.DATABASE_URL).toContain(name);
  });

  it('has every migration applied and recorded like `prisma migrate deploy` does', async () => {
    const tables = await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['User', 'Listing', '_prisma_migrations']));
    const pending = await query('SELECT 1 FROM _prisma_migrations WHERE finished_at IS NULL OR rolled_back_at IS NOT NULL');
    expect(pending).toHaveLength(0);
    const extensions = await query<{ extname: string }>('SELECT extname FROM pg_extension');
    expect(extensions.map((row) => row.extname)).toEqual(expect.arrayContaining(['citext', 'pg_trgm', 'unaccent']));
  });

  it('lets the Prisma client write and read, without selecting secrets by default', async () => {
    const created = await prisma.user.create({ data: { email: 'Isolation@Example.fr', passwordHash: 'not-a-real-hash' } });
    expect(created).not.toHaveProperty('passwordHash');
    // citext: e-mails are unique regardless of case.
    const found = await prisma.user.findUnique({ where: { email: 'isolation@example.fr' }, omit: { passwordHash: false } });
    expect(found?.passwordHash).toBe('not-a-real-hash');
  });

  it('starts from the template, whatever other files write', async () => {
    // db-isolation.test.ts writes the same unique e-mail: shared databases would collide.
    expect(await prisma.user.count()).toBe(1);
    await prisma.user.create({ data: { email: 'same@example.fr', passwordHash: 'x' } });
    expect(await prisma.user.count({ where: { email: 'same@example.fr' } })).toBe(1);
  });
});
