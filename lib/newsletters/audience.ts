// Who receives an issue: the list's confirmed subscribers, minus every address that bounced or
// complained, minus — when the content is commercial — every address opted out of commercial messages.
// An account's subscription (advertisers are subscribed at sign-up) waits for the account's address to
// be verified: otherwise anyone could sign a stranger's address up to the advertisers' letter.
// One SQL condition, used by the composer's count, the fan-out and the last check before each batch.
import 'server-only';
import { Prisma, prisma } from '@/lib/db/client';

/** True for a row `s` of "NewsletterSubscription" that may receive an issue of this list. */
export function audienceCondition(listId: string, isCommercial: boolean): Prisma.Sql {
  return Prisma.sql`(s."listId" = ${listId}
    AND s."state" = 'SUBSCRIBED'
    AND NOT EXISTS (SELECT 1 FROM "EmailSuppression" x WHERE x."email" = s."email")
    AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = s."userId" AND u."emailVerifiedAt" IS NULL)
    ${
      isCommercial
        ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "MarketingOptOut" m WHERE m."email" = s."email")
    AND NOT EXISTS (SELECT 1 FROM "MarketingOptOut" m WHERE s."userId" IS NOT NULL AND m."userId" = s."userId")`
        : Prisma.empty
    })`;
}

export async function countAudience(listId: string, isCommercial: boolean): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS "count" FROM "NewsletterSubscription" s WHERE ${audienceCondition(listId, isCommercial)}`;
  return Number(row?.count ?? 0);
}
