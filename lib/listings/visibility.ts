// The one rule that decides whether a listing is public, in the forms the code needs: a Prisma
// `where` fragment, a SQL fragment for raw queries, the flag of the search table, and a plain function
// for a loaded listing. A listing is public when it is PUBLISHED, its advertiser's SIRET is not CLOSED,
// the advertiser's e-mail address is verified and the advertiser has paid: one of their subscriptions
// has a `publicUntil` instant still to come (lib/billing/access.ts computes it: paid period, grace
// period after a failed payment). The SQL forms live in migrations 20261127050342_listing_search and
// 20261127075800_billing_visibility. Every public read goes through this module.
import 'server-only';
import { Prisma, type ListingStatus, type SiretStatus } from '@/lib/db/client';

/** The advertiser side of the rule at `now`: Prisma filter on AdvertiserProfile. */
function publicAdvertiserWhere(now: Date) {
  return {
    siretStatus: { not: 'CLOSED' },
    user: { emailVerifiedAt: { not: null } },
    subscriptions: { some: { publicUntil: { gt: now } } },
  } as const satisfies Prisma.AdvertiserProfileWhereInput;
}

/**
 * Prisma filter on Listing: `where: { ...publicListingWhere, slug }`. The paid-until part depends on
 * the time of the query: `advertiser` is a getter, read when the filter is spread or sent, never frozen
 * at import time.
 */
export const publicListingWhere = {
  status: 'PUBLISHED' as const,
  get advertiser() {
    return publicAdvertiserWhere(new Date());
  },
} satisfies Prisma.ListingWhereInput;

/** Timestamps are stored as UTC without time zone (Prisma's convention): compare with now() in UTC. */
const NOW_UTC = Prisma.raw(`(now() AT TIME ZONE 'UTC')`);

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
  ) AND EXISTS (
    SELECT FROM "Subscription" paid
    WHERE paid."advertiserId" = ${listing}."advertiserId" AND paid."publicUntil" > ${NOW_UTC}
  ))`;
}

/**
 * The same rule on a "ListingSearch" row aliased `alias`: its `visible` flag, kept by database triggers
 * (SQL function `listing_is_public`, migration 20261127050342_listing_search) whenever the listing's
 * status, its advertiser's SIRET status or the e-mail verification changes, and its `publicUntil`
 * instant, kept by the subscription triggers (migration 20261127075800_billing_visibility).
 */
export function publicSearchRowSql(alias = 's'): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`Invalid SQL alias: ${alias}`);
  const row = Prisma.raw(alias);
  return Prisma.sql`(${row}."visible" AND ${row}."publicUntil" > ${NOW_UTC})`;
}

/** What `isListingPublic` reads. */
export type ListingVisibilityFields = {
  status: ListingStatus;
  advertiser: {
    siretStatus: SiretStatus;
    user: { emailVerifiedAt: Date | null };
    subscriptions: { publicUntil: Date | null }[];
  };
};

/** Select this on Listing to call `isListingPublic`. */
export const listingVisibilitySelect = {
  status: true,
  advertiser: {
    select: {
      siretStatus: true,
      user: { select: { emailVerifiedAt: true } },
      subscriptions: { select: { publicUntil: true } },
    },
  },
} as const satisfies Prisma.ListingSelect;

export function isListingPublic(listing: ListingVisibilityFields, now: Date = new Date()): boolean {
  return (
    listing.status === 'PUBLISHED' &&
    listing.advertiser.siretStatus !== 'CLOSED' &&
    listing.advertiser.user.emailVerifiedAt !== null &&
    listing.advertiser.subscriptions.some((subscription) => subscription.publicUntil !== null && subscription.publicUntil > now)
  );
}
