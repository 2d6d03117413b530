// Stops the embedded PostgreSQL that global-setup.ts started (none when DATABASE_URL was set), and
// removes it when it was a throwaway cluster.
import fs from 'node:fs';
import type { EmbeddedPostgres } from '@/lib/db/embedded';

export default async function globalTeardown(): Promise<void> {
  const { jautoTestPostgres, jautoTestPostgresDir } = globalThis as {
    jautoTestPostgres?: EmbeddedPostgres;
    jautoTestPostgresDir?: string;
  };
  await jautoTestPostgres?.stop();
  if (jautoTestPostgresDir) fs.rmSync(jautoTestPostgresDir, { recursive: true, force: true });
}
