// Listing.ratingCount / ratingAverage, denormalised for search, recomputed from the published reviews in
// the transaction that publishes, hides or restores one. The listing row is locked first, so two such
// transactions on one listing run one after the other and the second counts the first's review.
import 'server-only';
import { Prisma, type Tx } from '@/lib/db/client';

export async function lockListing(tx: Tx, listingId: string): Promise<void> {
  await tx.$queryRaw(Prisma.sql`SELECT 1 FROM "Listing" WHERE "id" = ${listingId} FOR UPDATE`);
}

export async function refreshListingRating(tx: Tx, listingId: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Listing" SET
      "ratingCount" = stats.count,
      "ratingAverage" = stats.average
    FROM (
      SELECT count(*)::int AS count, round(avg("rating")::numeric, 2) AS average
      FROM "Review" WHERE "listingId" = ${listingId} AND "status" = 'PUBLISHED'
    ) AS stats
    WHERE "Listing"."id" = ${listingId}`);
}
