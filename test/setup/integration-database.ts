// Gives each integration test file its own database, cloned from the migrated template (fast), and
// points DATABASE_URL (hence `prisma`) at it.
import { randomBytes } from 'node:crypto';
import { disconnectPrisma } from '@/lib/db/client';
import { createDatabase, databaseUrl, dropDatabase } from '@/lib/db/embedded';

// Jest reads `testTimeout` from the global configuration only, not from a project: set it here for
// every integration file (each test talks to a real database, slower under load than 5 s allows).
jest.setTimeout(30_000);

const serverUrl = process.env.JAUTO_TEST_SERVER_URL!;
const name = `jauto_test_${process.pid}_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  await createDatabase(serverUrl, name, process.env.JAUTO_TEST_TEMPLATE!);
  process.env.DATABASE_URL = databaseUrl(serverUrl, name);
});

afterAll(async () => {
  await disconnectPrisma();
  await dropDatabase(serverUrl, name);
});
