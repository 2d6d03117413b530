-- Listings are public only while their advertiser has paid (issue 5). The subscription side of the rule
-- is an instant, "Subscription"."publicUntil" (computed by lib/billing/access.ts: end of the paid period,
-- or the end of the 7-day grace period after a failed payment). The search table copies the latest
-- instant of the advertiser into "ListingSearch"."publicUntil", and searches filter
-- `visible AND "publicUntil" > now()`: time passing hides a listing without any job or trigger.
-- Timestamps are stored as UTC without time zone (Prisma's convention): compare with now() in UTC.

-- The latest instant until which the advertiser's listings are public (null: never paid).
CREATE FUNCTION advertiser_public_until(advertiser_id text)
  RETURNS timestamp(3) LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  RETURN (SELECT max(sub."publicUntil") FROM "Subscription" sub WHERE sub."advertiserId" = advertiser_id);
END
$$;

-- The whole rule of lib/listings/visibility.ts for one listing at one instant, for ad-hoc SQL and the
-- tests that compare the forms of the rule. The search table keeps its two parts apart ("visible" and
-- "publicUntil") so that the time part is evaluated when searching, not when the row was written.
CREATE FUNCTION listing_is_public_at(listing_status "ListingStatus", advertiser_id text, at_instant timestamp(3))
  RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  RETURN listing_is_public(listing_status, advertiser_id)
     AND coalesce(advertiser_public_until(advertiser_id) > at_instant, false);
END
$$;

-- The search row gains the advertiser's instant (same body as before, plus "publicUntil").
CREATE OR REPLACE FUNCTION listing_search_refresh() RETURNS trigger LANGUAGE plpgsql
  SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  INSERT INTO "ListingSearch" AS s ("listingId", "visible", "publicUntil", "document", "normalizedTitle",
                                    "categoryId", "communeCode", "places", "ratingAverage", "ratingCount",
                                    "publishedAt")
  SELECT l."id",
         listing_is_public(l."status", l."advertiserId"),
         advertiser_public_until(l."advertiserId"),
         listing_search_document(l."title", c."name", l."pitch", l."description"),
         search_normalize(l."title"),
         l."categoryId",
         l."communeCode",
         listing_search_places(l."id", l."communeCode"),
         l."ratingAverage",
         l."ratingCount",
         l."publishedAt"
  FROM "Listing" l
  JOIN "Category" c ON c."id" = l."categoryId"
  WHERE l."id" = NEW."id"
  ON CONFLICT ("listingId") DO UPDATE SET
    "visible" = EXCLUDED."visible",
    "publicUntil" = EXCLUDED."publicUntil",
    "document" = EXCLUDED."document",
    "normalizedTitle" = EXCLUDED."normalizedTitle",
    "categoryId" = EXCLUDED."categoryId",
    "communeCode" = EXCLUDED."communeCode",
    "places" = EXCLUDED."places",
    "ratingAverage" = EXCLUDED."ratingAverage",
    "ratingCount" = EXCLUDED."ratingCount",
    "publishedAt" = EXCLUDED."publishedAt";
  RETURN NULL;
END
$$;

-- A subscription written, changed or deleted: its advertiser's listing gets the new instant. Once per
-- statement (the seed inserts thousands of subscriptions at once), one advertiser at a time by key,
-- and only rows whose instant really changes are written (most webhook updates change nothing here).
CREATE FUNCTION subscription_search_refresh() RETURNS trigger LANGUAGE plpgsql
  SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
  advertiser_ids text[] := '{}';
  advertiser_id text;
  until timestamp(3);
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    advertiser_ids := advertiser_ids || ARRAY(SELECT c."advertiserId" FROM changed_subscriptions c);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    advertiser_ids := advertiser_ids || ARRAY(SELECT p."advertiserId" FROM previous_subscriptions p);
  END IF;
  FOR advertiser_id IN SELECT DISTINCT unnest(advertiser_ids) LOOP
    until := advertiser_public_until(advertiser_id);
    UPDATE "ListingSearch" s
    SET "publicUntil" = until
    FROM "Listing" l
    WHERE l."advertiserId" = advertiser_id AND s."listingId" = l."id"
      AND s."publicUntil" IS DISTINCT FROM until;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Subscription_search_insert"
  AFTER INSERT ON "Subscription" REFERENCING NEW TABLE AS changed_subscriptions
  FOR EACH STATEMENT EXECUTE FUNCTION subscription_search_refresh();
CREATE TRIGGER "Subscription_search_update"
  AFTER UPDATE ON "Subscription" REFERENCING OLD TABLE AS previous_subscriptions NEW TABLE AS changed_subscriptions
  FOR EACH STATEMENT EXECUTE FUNCTION subscription_search_refresh();
CREATE TRIGGER "Subscription_search_delete"
  AFTER DELETE ON "Subscription" REFERENCING OLD TABLE AS previous_subscriptions
  FOR EACH STATEMENT EXECUTE FUNCTION subscription_search_refresh();

-- Existing search rows get their instant.
UPDATE "ListingSearch" s
SET "publicUntil" = advertiser_public_until(l."advertiserId")
FROM "Listing" l
WHERE s."listingId" = l."id";
