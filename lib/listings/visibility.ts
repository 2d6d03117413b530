// The one rule that decides whether a listing is public, in the forms the code needs: a Prisma
// `where` fragment, a SQL fragment for raw queries, the flag of the search table, and a plain function
// for a loaded listing. A listing is public when it is PUBLISHED, its advertiser's SIRET is not CLOSED
// and the advertiser's e-mail address is verified. (When the payments issue lands, « the subscription
// is active » joins the rule here, in every form, and in the SQL function `listing_is_public` with
// the triggers that call it: a new migration.) Every public read goes through this module.
import 'server-only';
import { Prisma, type ListingStatus, type SiretStatus } from '@/lib/db/client';

/** Prisma filter on Listing: `where: { ...publicListingWhere, slug }`. */
export const publicListingWhere = {
  status: 'PUBLISHED',
  advertiser: { siretStatus: { not: 'CLOSED' }, user: { emailVerifiedAt: { not: null } } },
} as const satisfies Prisma.ListingWhereInput;

/** Identifiers only: the alias is written into the SQL text, so it never comes from input. */
const SQL_ALIAS = /^[a-z][a-z0-9_]*$/;

/**
 * The same rule as a SQL condition on the Listing row aliased `alias`. Hidden advertisers (closed
 * SIRET, unverified e-mail) are few and have partial indexes: PostgreSQL lists them once per query
 * and checks each listing against that hashed list, instead of two joins per candidate listing.
 * Equivalent to the joins because every listing has a profile and every profile a user (foreign keys).
 */
export function publicListingSql(alias = 'l'): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`Invalid SQL alias: ${alias}`);
  const listing = Prisma.raw(alias);
  return Prisma.sql`(${listing}."status" = 'PUBLISHED' AND ${listing}."advertiserId" NOT IN (
    SELECT hidden."id" FROM "AdvertiserProfile" hidden WHERE hidden."siretStatus" = 'CLOSED'
    UNION ALL
    SELECT hidden."id" FROM "AdvertiserProfile" hidden
    JOIN "User" hidden_user ON hidden_user."id" = hidden."userId"
    WHERE hidden_user."emailVerifiedAt" IS NULL
  ))`;
}

/**
 * The same rule on a "ListingSearch" row aliased `alias`: its `visible` flag, kept by database triggers
 * (SQL function `listing_is_public`, migration 20261127050342_listing_search) whenever the listing's
 * status, its advertiser's SIRET status or the e-mail verification changes.
 */
export function publicSearchRowSql(alias = 's'): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`Invalid SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(alias)}."visible"`;
}

/** What `isListingPublic` reads. */
export type ListingVisibilityFields = {
  status: ListingStatus;
  advertiser: { siretStatus: SiretStatus; user: { emailVerifiedAt: Date | null } };
};

export function isListingPublic(listing: ListingVisibilityFields): boolean {
  return (
    listing.status === 'PUBLISHED' &&
    listing.advertiser.siretStatus !== 'CLOSED' &&
    listing.advertiser.user.emailVerifiedAt !== null
  );
}
