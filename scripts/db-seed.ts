// npm run db:seed [-- --listings N]
// Seeds DATABASE_URL, or the embedded PostgreSQL when it is unset (started and stopped here). On an
// already seeded database, --listings N adds N more generated listings (benchmarks); without it,
// nothing happens.
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { disconnectPrisma, prisma } from '@/lib/db/client';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { addDemoListings, DEFAULT_LISTINGS, seedDemo, type SeedSummary } from '@/lib/seed';
import { reorderSearchTable } from '@/lib/search/maintenance';

function usageError(message: string): never {
  console.error(`${message}\nUsage: npm run db:seed [-- --listings N]`);
  process.exit(2);
}

function parseListings(): number | undefined {
  let option: string | undefined;
  try {
    option = parseArgs({ options: { listings: { type: 'string' } } }).values.listings;
  } catch (error) {
    usageError((error as Error).message);
  }
  if (option === undefined) return undefined;
  const listings = Number(option);
  if (!Number.isInteger(listings) || listings < 0) usageError(`--listings expects a non-negative integer, got « ${option} ».`);
  return listings;
}

function report(summary: SeedSummary, seconds: number): void {
  console.log(summary.message);
  if (summary.skipped) {
    console.log('Pass --listings N to add N generated listings to this database.');
    return;
  }
  const lines = [
    summary.communes > 0 && `${summary.departments} departments, ${summary.communes} communes, ${summary.categories} categories`,
    `${summary.advertisers} advertisers and listings, ${summary.reviewCodes} review codes, ${summary.reviews} reviews, ${summary.inquiries} inquiries`,
    `in ${seconds.toFixed(1)} s`,
  ];
  for (const line of lines) if (line) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const listings = parseListings();
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  if (embedded) process.env.DATABASE_URL = embedded.url;
  const bar = new SingleBar(
    {
      format: 'Annonces |{bar}| {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
      // Still reports progress, every few seconds, when the output is a CI log rather than a terminal.
      noTTYOutput: true,
    },
    Presets.shades_classic,
  );
  try {
    await migrateDatabase(process.env.DATABASE_URL!);
    const alreadySeeded = (await prisma.category.count()) > 0;
    const total = listings ?? DEFAULT_LISTINGS;
    if (alreadySeeded && listings !== undefined) {
      console.log(`Database already seeded: adding ${listings} generated listings.`);
    }
    const onProgress = (done: number) => (done === 0 ? bar.start(total, 0) : bar.update(done));
    const started = performance.now();
    const summary =
      alreadySeeded && listings !== undefined
        ? await addDemoListings({ listings, onProgress })
        : await seedDemo({ listings, onProgress });
    bar.stop();
    // A bulk load leaves search rows in insertion order: lay them out as the nightly job would.
    await reorderSearchTable();
    report(summary, (performance.now() - started) / 1000);
  } finally {
    bar.stop();
    await disconnectPrisma();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
