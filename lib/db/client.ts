// The one Prisma client of the application, and the generated types everything imports from here.
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export * from '@/lib/generated/prisma/client';

/** Secrets are stored hashed and still never read unless a query asks for them (`omit: { x: false }`). */
const OMIT_SECRETS = {
  user: { passwordHash: true },
  session: { tokenHash: true },
  userToken: { tokenHash: true },
  reviewCode: { codeHash: true },
} as const;

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, which provide it.');
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), omit: OMIT_SECRETS });
}

export type Db = ReturnType<typeof createClient>;

// Development hot reload re-evaluates this module: keep one client (and one pool) per process.
const globalForPrisma = globalThis as { jautoPrisma?: Db };
let client: Db | undefined;

function currentClient(): Db {
  client ??= globalForPrisma.jautoPrisma ?? createClient();
  if (process.env.NODE_ENV !== 'production') globalForPrisma.jautoPrisma = client;
  return client;
}

/**
 * Created on first use rather than at import, so that a server or test harness can set
 * DATABASE_URL after importing modules that use the client.
 */
export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = currentClient();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});

/** Closes the pool; the next use of `prisma` connects again (from the then-current DATABASE_URL). */
export async function disconnectPrisma(): Promise<void> {
  const instance = client ?? globalForPrisma.jautoPrisma;
  client = undefined;
  delete globalForPrisma.jautoPrisma;
  await instance?.$disconnect();
}

/** The client inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
