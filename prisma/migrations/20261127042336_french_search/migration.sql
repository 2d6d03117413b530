-- French full-text search (docs/decisions/004-french-search.md): an unaccented French text search
-- configuration, a weighted search document on each listing kept up to date by triggers, trigram
-- indexes for typos and suggestions, and the look-ups that recognise a place (« 68000 », « Colmar »).
-- No semicolon may appear inside a statement or a comment here: the migration runner (the pg driver
-- adapter's executeScript) splits scripts on every semicolon. Function bodies therefore use SQL
-- bodies (RETURN …) or E'' strings where \073 stands for the semicolon.

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "searchDocument" tsvector;

-- French stemming without accents: « Électriciens », « electricien » and « électricien » share a lexeme.
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- How titles and place names are compared: lower case, no accents, hyphens and apostrophes as spaces.
-- Declared IMMUTABLE (unaccent() itself is only STABLE, its dictionary being replaceable) so that
-- indexes can use it. The dictionary is named explicitly: the search_path cannot change the result.
CREATE FUNCTION search_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(value, '[-''’\s]+', ' ', 'g')));

-- The one formula of a listing's search document: title (A) > category name (B) > description (C).
CREATE FUNCTION listing_search_document(title text, category_name text, description text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A')
      || setweight(to_tsvector('french_unaccent', coalesce(category_name, '')), 'B')
      || setweight(to_tsvector('french_unaccent', coalesce(description, '')), 'C');

-- A generated column cannot read the category's name (another table): a trigger computes the
-- document on every insert and on every update of what it is made of. Writing "searchDocument"
-- directly recomputes it too, so the column never holds anything else.
CREATE FUNCTION listing_search_document_refresh() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."searchDocument" := listing_search_document(
    NEW."title",
    (SELECT c."name" FROM "Category" c WHERE c."id" = NEW."categoryId"),
    NEW."description"
  )\073
  RETURN NEW\073
END';

CREATE TRIGGER "Listing_searchDocument_refresh"
  BEFORE INSERT OR UPDATE OF "title", "description", "categoryId", "searchDocument" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_document_refresh();

-- Renaming a category rewrites the documents of its listings (the trigger above recomputes them).
CREATE FUNCTION category_search_documents_refresh() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Listing" SET "searchDocument" = NULL WHERE "categoryId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "Category_searchDocuments_refresh"
  AFTER UPDATE OF "name" ON "Category"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION category_search_documents_refresh();

-- Existing listings get their document (computed by the trigger).
UPDATE "Listing" SET "searchDocument" = NULL;

-- CreateIndex
CREATE INDEX "Commune_postalCodes_idx" ON "Commune" USING GIN ("postalCodes");

-- CreateIndex
CREATE INDEX "Listing_searchDocument_idx" ON "Listing" USING GIN ("searchDocument");

-- Typos in titles (word_similarity) and title suggestions (substring) on the normalised title.
CREATE INDEX "Listing_title_trgm_idx" ON "Listing" USING GIN (search_normalize("title") gin_trgm_ops);

-- Communes by normalised name: exact (« colmar ») and prefix (« colm% ») look-ups.
CREATE INDEX "Commune_name_search_idx" ON "Commune" (search_normalize("name") text_pattern_ops);

-- The visibility rule (lib/listings/visibility.ts) excludes the few advertisers hidden whatever their
-- listing's status: a closed SIRET or an unverified e-mail. Partial indexes list exactly those.
CREATE INDEX "AdvertiserProfile_siret_closed_idx" ON "AdvertiserProfile" ("id") WHERE "siretStatus" = 'CLOSED';
CREATE INDEX "User_email_unverified_idx" ON "User" ("id") WHERE "emailVerifiedAt" IS NULL;
