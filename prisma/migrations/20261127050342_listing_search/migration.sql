-- Search reads a narrow table instead of the listings' wide rows (docs/decisions/004-french-search.md):
-- one "ListingSearch" row per listing with the search document, the normalised title, the places where
-- the listing works, the filter and sort keys and the visibility rule as a flag, all kept by triggers. The document gains the pitch:
-- title (A) > category name (B) > pitch (C) > description (D).
-- From this migration on, the runner sends each script to PostgreSQL whole (lib/db/schema-engine.ts):
-- function bodies are ordinary $$ … $$ strings.

-- The document and its triggers move from "Listing" to "ListingSearch".
DROP TRIGGER "Listing_searchDocument_refresh" ON "Listing";
DROP TRIGGER "Category_searchDocuments_refresh" ON "Category";
DROP FUNCTION listing_search_document_refresh();
DROP FUNCTION category_search_documents_refresh();
DROP FUNCTION listing_search_document(text, text, text);
DROP INDEX "Listing_title_trgm_idx";

-- DropIndex
DROP INDEX "Listing_searchDocument_idx";

-- AlterTable
ALTER TABLE "Listing" DROP COLUMN "searchDocument";

-- CreateTable
CREATE TABLE "ListingSearch" (
    "listingId" TEXT NOT NULL,
    "visible" BOOLEAN NOT NULL,
    "document" tsvector NOT NULL,
    "normalizedTitle" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "places" TEXT[],
    "ratingAverage" DECIMAL(3,2),
    "ratingCount" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "ListingSearch_pkey" PRIMARY KEY ("listingId")
);

-- AddForeignKey
ALTER TABLE "ListingSearch" ADD CONSTRAINT "ListingSearch_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one formula of a listing's search document.
CREATE FUNCTION listing_search_document(title text, category_name text, pitch text, description text)
  RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A')
      || setweight(to_tsvector('french_unaccent', coalesce(category_name, '')), 'B')
      || setweight(to_tsvector('french_unaccent', coalesce(pitch, '')), 'C')
      || setweight(to_tsvector('french_unaccent', coalesce(description, '')), 'D');

-- The visibility rule of lib/listings/visibility.ts, in SQL for the "visible" flag: change both together
-- (the integration tests compare them). Published, SIRET not closed, e-mail address verified.
-- PL/pgSQL rather than SQL functions here and below: PL/pgSQL keeps its plans for the session, so a
-- trigger firing once per row (100 000 rows in a bulk load) does not plan its queries every time.
CREATE FUNCTION listing_is_public(listing_status "ListingStatus", advertiser_id text)
  RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  RETURN listing_status = 'PUBLISHED' AND EXISTS (
    SELECT FROM "AdvertiserProfile" a
    JOIN "User" u ON u."id" = a."userId"
    WHERE a."id" = advertiser_id AND a."siretStatus" <> 'CLOSED' AND u."emailVerifiedAt" IS NOT NULL
  );
END
$$;

-- Where a listing works, as the tokens of "ListingSearch"."places" (see schema.prisma): a commune
-- filter looks for `commune:` (located there or serving it) or `department:` (serving its whole
-- department), a department filter for `in-department:`.
CREATE FUNCTION listing_search_places(listing_id text, listing_commune text)
  RETURNS text[] LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  RETURN ARRAY(
    SELECT DISTINCT place FROM (
      SELECT 'commune:' || listing_commune
      UNION ALL
      SELECT 'in-department:' || co."departmentCode" FROM "Commune" co WHERE co."code" = listing_commune
      UNION ALL
      -- A correlated look-up rather than a join: one listing has a few areas, but a planner without
      -- statistics (a bulk load) would hash the 35 000 communes for each listing.
      SELECT unnest(ARRAY[
        'commune:' || sa."communeCode",
        'in-department:' || (SELECT co."departmentCode" FROM "Commune" co WHERE co."code" = sa."communeCode")
      ])
      FROM "ListingServiceArea" sa
      WHERE sa."listingId" = listing_id AND sa."communeCode" IS NOT NULL
      UNION ALL
      SELECT unnest(ARRAY['department:' || sa."departmentCode", 'in-department:' || sa."departmentCode"])
      FROM "ListingServiceArea" sa
      WHERE sa."listingId" = listing_id AND sa."departmentCode" IS NOT NULL
    ) AS t(place)
    ORDER BY place
  );
END
$$;

-- A listing's search row, computed from the listing as it is now (not from the trigger's NEW, which a
-- deferred trigger sees as it was when inserted). Writing it is cheap next to what it saves: listings
-- change rarely, searches run all the time. One row's look-ups never need parallel workers; without
-- the setting, a bulk load (tables without statistics yet) would start workers for every row.
CREATE FUNCTION listing_search_refresh() RETURNS trigger LANGUAGE plpgsql
  SET max_parallel_workers_per_gather = 0 AS $$
BEGIN
  INSERT INTO "ListingSearch" AS s ("listingId", "visible", "document", "normalizedTitle", "categoryId",
                                    "communeCode", "places", "ratingAverage", "ratingCount", "publishedAt")
  SELECT l."id",
         listing_is_public(l."status", l."advertiserId"),
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

-- A new listing's row is written when its transaction commits, once its service areas exist (they
-- are inserted after it): written once, not once and then again for the places.
CREATE CONSTRAINT TRIGGER "Listing_search_insert"
  AFTER INSERT ON "Listing" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION listing_search_refresh();

-- A change to anything the row is made of rewrites it at once.
CREATE TRIGGER "Listing_search_refresh"
  AFTER UPDATE OF "title", "pitch", "description", "categoryId", "communeCode", "status",
    "advertiserId", "ratingAverage", "ratingCount", "publishedAt" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_refresh();

-- Service areas added, changed or removed: the places of their listings. Once per statement, so that
-- inserting many areas at once (the seed) rewrites each listing's row once.
CREATE FUNCTION service_area_search_refresh() RETURNS trigger LANGUAGE plpgsql
  SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
  listing_ids text[] := '{}';
  listing_id text;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    listing_ids := listing_ids || ARRAY(SELECT a."listingId" FROM changed_areas a);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    listing_ids := listing_ids || ARRAY(SELECT a."listingId" FROM previous_areas a);
  END IF;
  -- One listing at a time, by primary key: a set-based UPDATE may be planned as a scan of the whole
  -- table (the transition tables have no statistics), once per statement of a bulk load.
  FOR listing_id IN SELECT DISTINCT unnest(listing_ids) LOOP
    UPDATE "ListingSearch" s
    SET "places" = listing_search_places(s."listingId", s."communeCode")
    WHERE s."listingId" = listing_id;
  END LOOP;
  RETURN NULL;
END
$$;

-- A trigger with transition tables serves one event only: three triggers, one function.
CREATE TRIGGER "ListingServiceArea_search_insert"
  AFTER INSERT ON "ListingServiceArea" REFERENCING NEW TABLE AS changed_areas
  FOR EACH STATEMENT EXECUTE FUNCTION service_area_search_refresh();
CREATE TRIGGER "ListingServiceArea_search_update"
  AFTER UPDATE ON "ListingServiceArea" REFERENCING OLD TABLE AS previous_areas NEW TABLE AS changed_areas
  FOR EACH STATEMENT EXECUTE FUNCTION service_area_search_refresh();
CREATE TRIGGER "ListingServiceArea_search_delete"
  AFTER DELETE ON "ListingServiceArea" REFERENCING OLD TABLE AS previous_areas
  FOR EACH STATEMENT EXECUTE FUNCTION service_area_search_refresh();

-- Renaming a category rewrites the documents of its listings.
CREATE FUNCTION category_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ListingSearch" s
  SET "document" = listing_search_document(l."title", NEW."name", l."pitch", l."description")
  FROM "Listing" l
  WHERE l."categoryId" = NEW."id" AND s."listingId" = l."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Category_search_refresh"
  AFTER UPDATE OF "name" ON "Category"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION category_search_refresh();

-- The advertiser's side of the visibility rule: a SIRET closed or reopened, an e-mail address verified
-- (or unverified by a change of address) shows or hides the listing.
CREATE FUNCTION advertiser_search_visibility_refresh(profile_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "ListingSearch" s
  SET "visible" = listing_is_public(l."status", l."advertiserId")
  FROM "Listing" l
  WHERE l."advertiserId" = ANY(profile_ids) AND s."listingId" = l."id"
$$;

CREATE FUNCTION profile_search_visibility_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM advertiser_search_visibility_refresh(ARRAY[NEW."id"]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "AdvertiserProfile_search_visibility_refresh"
  AFTER UPDATE OF "siretStatus", "userId" ON "AdvertiserProfile"
  FOR EACH ROW WHEN (OLD."siretStatus" IS DISTINCT FROM NEW."siretStatus" OR OLD."userId" IS DISTINCT FROM NEW."userId")
  EXECUTE FUNCTION profile_search_visibility_refresh();

CREATE FUNCTION user_search_visibility_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM advertiser_search_visibility_refresh(ARRAY(SELECT a."id" FROM "AdvertiserProfile" a WHERE a."userId" = NEW."id"));
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_search_visibility_refresh"
  AFTER UPDATE OF "emailVerifiedAt" ON "User"
  FOR EACH ROW WHEN ((OLD."emailVerifiedAt" IS NULL) <> (NEW."emailVerifiedAt" IS NULL))
  EXECUTE FUNCTION user_search_visibility_refresh();

-- Existing listings get their search row.
INSERT INTO "ListingSearch" ("listingId", "visible", "document", "normalizedTitle", "categoryId",
                             "communeCode", "places", "ratingAverage", "ratingCount", "publishedAt")
SELECT l."id", listing_is_public(l."status", l."advertiserId"),
       listing_search_document(l."title", c."name", l."pitch", l."description"),
       search_normalize(l."title"), l."categoryId", l."communeCode", listing_search_places(l."id", l."communeCode"),
       l."ratingAverage", l."ratingCount", l."publishedAt"
FROM "Listing" l
JOIN "Category" c ON c."id" = l."categoryId";

-- CreateIndex
CREATE INDEX "ListingSearch_document_idx" ON "ListingSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "ListingSearch_normalizedTitle_idx" ON "ListingSearch" USING GIN ("normalizedTitle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ListingSearch_places_idx" ON "ListingSearch" USING GIN ("places");

-- CreateIndex
CREATE INDEX "ListingSearch_categoryId_idx" ON "ListingSearch"("categoryId");

-- Statistics now, so that the first searches are planned on a table the planner knows.
ANALYZE "ListingSearch";
