// Keeps the search table fast as it grows: a nightly job rewrites ListingSearch with the rows of each
// category side by side on disk, so a broad query (« graphiste logo », thousands of matches) ranks
// from a few hundred pages instead of thousands scattered ones (docs/decisions/004-french-search.md).
import 'server-only';
import { prisma } from '@/lib/db/client';

/** At night, Paris time: CLUSTER locks the table for the second or two the rewrite takes. */
export const SEARCH_REORDER_CRON = '30 3 * * *';

export async function reorderSearchTable(): Promise<void> {
  await prisma.$executeRaw`CLUSTER "ListingSearch" USING "ListingSearch_categoryId_idx"`;
  await prisma.$executeRaw`ANALYZE "ListingSearch"`;
}
