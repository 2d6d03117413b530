// Search results: « Quoi ? » (q), « Où ? » (lieu), filters by category and minimum rating, three
// orders (tri), 20 results per page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AdSlot } from '@/components/consent/ad-slot';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { controlClasses } from '@/components/ui/field-styles';
import { ListingCard } from '@/components/listings/listing-card';
import { Pagination } from '@/components/search/pagination';
import { SearchForm } from '@/components/search/search-form';
import { getSearchPreferences } from '@/lib/consent/server';
import { plural } from '@/lib/format/french';
import { getCategoriesWithCounts } from '@/lib/listings/queries';
import { searchListings } from '@/lib/search/queries';
import { MIN_RATING_CHOICES, parseSearchParams, searchHref, type SearchParams } from '@/lib/search/schema';
import { pageMetadata } from '@/lib/seo/metadata';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function describe(params: SearchParams, categoryName?: string): string {
  const parts: string[] = [];
  if (params.q) parts.push(`«\u00a0${params.q}\u00a0»`);
  if (categoryName) parts.push(params.q ? `en ${categoryName}` : categoryName);
  if (params.lieu) parts.push(`à ${params.lieu}`);
  return parts.join(' ');
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const params = parseSearchParams(await searchParams);
  const summary = [params.q, params.lieu].filter(Boolean).join(' à ');
  // Results pages are endless combinations of filters: followed, never indexed (the landing pages
  // /[categorie]/[lieu] are the indexable version).
  return pageMetadata({
    title: summary ? `Recherche\u00a0: ${summary}` : 'Rechercher un auto-entrepreneur',
    description:
      'Cherchez un auto-entrepreneur par service et par lieu : SIRET vérifié, avis déposés par de vrais clients avec un code à usage unique.',
    path: searchHref(params),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: PageProps) {
  await connection();
  const params = parseSearchParams(await searchParams);
  // « Préférences » (only with consent): the last sort when the URL gives none, and the last place in
  // the form of a search that names no place and no words.
  const remembered = await getSearchPreferences();
  const [categories, result] = await Promise.all([
    getCategoriesWithCounts(),
    searchListings({ ...params, tri: params.tri ?? remembered.sort }),
  ]);
  const category = categories.find((c) => c.slug === params.categorie);
  const summary = describe(params, category?.name);

  const hrefFor = (page: number, overrides: Partial<SearchParams> = {}) => searchHref({ ...params, ...overrides, page });
  const ratingLabel = (rating: number) => `${String(rating).replace('.', ',')}\u00a0et plus`;

  return (
    <Container className="py-6 sm:py-10">
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">
        {summary ? `Recherche\u00a0: ${summary}` : 'Rechercher un auto-entrepreneur'}
      </h1>

      <div className="mt-5 rounded-card border border-ink-200 bg-ink-50 p-4">
        <SearchForm
          size="large"
          idPrefix="resultats"
          defaultQuery={params.q}
          defaultPlace={params.lieu ?? (params.q ? undefined : remembered.place)}
          category={params.categorie}
        />
        <form action="/recherche" method="get" className="mt-3 flex flex-wrap items-end gap-2">
          {params.q && <input type="hidden" name="q" value={params.q} />}
          {params.lieu && <input type="hidden" name="lieu" value={params.lieu} />}
          <div className="flex min-w-0 basis-full flex-col gap-1 sm:basis-auto sm:w-80">
            <label htmlFor="filtre-categorie" className="text-sm font-semibold text-ink-900">
              Catégorie
            </label>
            <select
              id="filtre-categorie"
              name="categorie"
              defaultValue={params.categorie ?? ''}
              className={controlClasses('py-2')}
            >
              <option value="">Toutes les catégories</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 basis-full flex-col gap-1 sm:basis-auto sm:w-44">
            <label htmlFor="filtre-note" className="text-sm font-semibold text-ink-900">
              Note minimale
            </label>
            <select id="filtre-note" name="note" defaultValue={params.note ?? ''} className={controlClasses('py-2')}>
              <option value="">Toutes les notes</option>
              {MIN_RATING_CHOICES.map((rating) => (
                <option key={rating} value={rating}>
                  {ratingLabel(rating)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 basis-full flex-col gap-1 sm:basis-auto sm:w-48">
            <label htmlFor="filtre-tri" className="text-sm font-semibold text-ink-900">
              Trier par
            </label>
            <select id="filtre-tri" name="tri" defaultValue={result.sort} className={controlClasses('py-2')}>
              {params.q && <option value="pertinence">Pertinence</option>}
              <option value="note">Meilleures notes</option>
              <option value="recent">Plus récentes</option>
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Filtrer
          </Button>
        </form>
        {result.place?.fromQuery && (
          <p className="mt-3 text-sm text-ink-700">
            Lieu reconnu dans votre recherche&nbsp;: <strong>{result.place.label}</strong>.
          </p>
        )}
      </div>

      <section aria-labelledby="resultats-titre" className="mt-8">
        <h2 id="resultats-titre" className="text-xl font-semibold" aria-live="polite">
          {plural(result.total, 'annonce')}
          {result.pageCount > 1 && (
            <span className="font-normal text-ink-600">
              {' '}
              · page {result.page} sur {result.pageCount}
            </span>
          )}
        </h2>

        {result.listings.length === 0 ? (
          <EmptyState title="Aucune annonce ne correspond à votre recherche" headingLevel="h3" className="mt-6">
            {result.total > 0 ? (
              <p>Cette page n’existe pas&nbsp;: la recherche compte {plural(result.pageCount, 'page')}.</p>
            ) : (
              <ul className="mx-auto max-w-md list-disc space-y-1 pl-5 text-left">
                <li>Vérifiez l’orthographe des mots.</li>
                <li>Essayez un terme plus général («&nbsp;jardinage&nbsp;» plutôt que «&nbsp;taille de haies&nbsp;»).</li>
                {result.unknownPlace ? (
                  <li>Nous ne connaissons pas le lieu «&nbsp;{params.lieu}&nbsp;»&nbsp;: essayez une commune, un code postal ou un département.</li>
                ) : (
                  <li>Élargissez le lieu&nbsp;: le département (par exemple «&nbsp;68&nbsp;») plutôt que la commune.</li>
                )}
                {params.note && <li>Retirez le filtre de note minimale.</li>}
                {params.categorie && <li>Cherchez dans toutes les catégories.</li>}
              </ul>
            )}
            {result.total > 0 ? null : (
              <p className="mt-4">
                Ou parcourez les{' '}
                <Link href="/#categories" className="font-semibold text-brand-700 underline">
                  catégories
                </Link>
                .
              </p>
            )}
          </EmptyState>
        ) : (
          <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.listings.map((listing) => (
              <li key={listing.slug}>
                <ListingCard listing={listing} />
              </li>
            ))}
          </ul>
        )}

        {result.listings.length === 0 && (params.lieu || params.categorie || result.total > 0) && (
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            {result.total > 0 && (
              <ButtonLink href={hrefFor(1)} variant="secondary">
                Revenir à la première page
              </ButtonLink>
            )}
            {result.total === 0 && params.lieu && (
              <ButtonLink href={hrefFor(1, { lieu: undefined })} variant="secondary">
                Chercher partout en France
              </ButtonLink>
            )}
            {result.total === 0 && params.categorie && (
              <ButtonLink href={hrefFor(1, { categorie: undefined })} variant="secondary">
                Toutes les catégories
              </ButtonLink>
            )}
          </div>
        )}

        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => hrefFor(page)} />
      </section>

      <AdSlot id="pub-recherche" />
    </Container>
  );
}
