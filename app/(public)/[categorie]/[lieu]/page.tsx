// Landing page of a category in a place: /plombier/colmar, /plombier/haut-rhin-68. The category's
// public listings there (as the search engine matches places), links to the department and to other
// communes with listings, breadcrumbs with their structured data. Rendered per request, never listed
// in generateStaticParams (thousands of pairs); unknown pairs are a 404 after two indexed look-ups.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { AdSlot } from '@/components/consent/ad-slot';
import { ListingCard } from '@/components/listings/listing-card';
import { Pagination } from '@/components/search/pagination';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs, type Crumb } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { placeLabel, plural } from '@/lib/format/french';
import { breadcrumbListJsonLd } from '@/lib/seo/breadcrumbs';
import { categoryPlural } from '@/lib/seo/category-plural';
import {
  getLandingListings,
  getNearbyCommunes,
  landingPath,
  resolveLanding,
  type Landing,
} from '@/lib/seo/landing-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { parseSearchParams, searchHref } from '@/lib/search/schema';

type PageProps = {
  params: Promise<{ categorie: string; lieu: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Shared by generateMetadata and the page within one request.
const loadLanding = cache(async (categorySlug: string, placeSlug: string) => {
  await connection();
  return resolveLanding(categorySlug, placeSlug);
});
const loadListings = cache((landing: Landing, page: number) => getLandingListings(landing, page));

async function load({ params, searchParams }: PageProps) {
  const [{ categorie, lieu }, raw] = await Promise.all([params, searchParams]);
  const landing = await loadLanding(categorie, lieu);
  if (!landing) notFound();
  const { page } = parseSearchParams(raw);
  return { landing, page, results: await loadListings(landing, page) };
}

function placeName({ place }: Landing): string {
  return place.kind === 'commune' ? placeLabel(place.name, place.department.code) : placeLabel(place.name, place.code);
}

function heading(landing: Landing): string {
  const who = categoryPlural(landing.category);
  return landing.place.kind === 'commune' ? `${who} à ${placeName(landing)}` : `${who} dans le département ${placeName(landing)}`;
}

function pagePath(landing: Landing, page: number): string {
  const path = landingPath(landing.category.slug, landing.place.slug);
  return page > 1 ? `${path}?page=${page}` : path;
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { landing, page, results } = await load(props);
  const where = landing.place.kind === 'commune' ? `à ${placeName(landing)}` : `dans le département ${placeName(landing)}`;
  const title = page > 1 ? `${heading(landing)} – page ${page}` : heading(landing);
  return pageMetadata({
    title,
    description: `${plural(results.total, 'annonce')} d’auto-entrepreneurs «\u00a0${landing.category.name}\u00a0» ${where}\u00a0: SIRET vérifié, avis déposés par de vrais clients avec un code à usage unique, aucun classement payant.`,
    path: pagePath(landing, page),
    // An empty page (or one past the last) has nothing worth indexing; its links still count.
    noindex: results.listings.length === 0,
  });
}

export default async function LandingPage(props: PageProps) {
  const { landing, results } = await load(props);
  const { category, place } = landing;
  const nearby = await getNearbyCommunes(landing);
  const department = place.kind === 'commune' ? place.department : place;
  const departmentPath = landingPath(category.slug, department.slug);
  const categorySearch = searchHref({ categorie: category.slug });

  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: category.name, href: categorySearch },
    ...(place.kind === 'commune' ? [{ label: placeLabel(department.name, department.code), href: departmentPath }] : []),
    { label: placeName(landing) },
  ];
  const where = place.kind === 'commune' ? `à ${place.name}` : `dans le département ${place.name}`;

  return (
    <Container className="py-6 sm:py-10">
      <JsonLd data={breadcrumbListJsonLd(crumbs, pagePath(landing, 1))} />
      <Breadcrumbs items={crumbs} />

      <h1 className="mt-5 text-2xl font-bold tracking-tight text-brand-950 sm:text-4xl">{heading(landing)}</h1>
      <div className="mt-4 max-w-3xl space-y-2 text-ink-800">
        <p>{category.description}</p>
        <p>
          Voici les auto-entrepreneurs de la catégorie «&nbsp;{category.name}&nbsp;» installés {where} ou qui y
          interviennent
          {place.kind === 'commune' ? ' (dans la commune ou dans tout le département)' : ''}. Chacun a un SIRET
          vérifié, et les avis sont déposés par de vrais clients avec un code remis par le professionnel. Les
          annonces sont présentées de la plus récente à la plus ancienne&nbsp;: aucune place ne s’achète.
        </p>
      </div>

      <section aria-labelledby="annonces" className="mt-8">
        <h2 id="annonces" className="text-xl font-semibold">
          {plural(results.total, 'annonce')}
          {results.pageCount > 1 && (
            <span className="font-normal text-ink-600">
              {' '}
              · page {results.page} sur {results.pageCount}
            </span>
          )}
        </h2>
        {results.listings.length === 0 ? (
          <EmptyState
            title={results.total > 0 ? 'Cette page n’existe pas' : 'Aucune annonce pour le moment'}
            headingLevel="h3"
            className="mt-6"
            action={
              results.total > 0 ? (
                <ButtonLink href={pagePath(landing, 1)} variant="secondary">
                  Revenir à la première page
                </ButtonLink>
              ) : (
                <>
                  {place.kind === 'commune' && (
                    <ButtonLink href={departmentPath} variant="secondary">
                      Voir tout le département
                    </ButtonLink>
                  )}
                  <ButtonLink href={categorySearch} variant="secondary">
                    Chercher partout en France
                  </ButtonLink>
                </>
              )
            }
          >
            {results.total > 0 ? (
              <p>Les annonces tiennent sur {plural(results.pageCount, 'page')}.</p>
            ) : (
              <p>
                Aucun auto-entrepreneur de la catégorie «&nbsp;{category.name}&nbsp;» n’intervient {where} pour
                l’instant.
              </p>
            )}
          </EmptyState>
        ) : (
          <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {results.listings.map((listing) => (
              <li key={listing.slug}>
                <ListingCard listing={listing} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={results.page} pageCount={results.pageCount} hrefFor={(p) => pagePath(landing, p)} />
      </section>

      <AdSlot id="pub-page-locale" />

      {(nearby.length > 0 || place.kind === 'commune') && (
        <nav aria-labelledby="autour" className="mt-10 border-t border-ink-200 pt-8">
          <h2 id="autour" className="text-xl font-semibold">
            {place.kind === 'commune' ? 'Ailleurs dans le département' : 'Par commune'}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-3">
            {place.kind === 'commune' && (
              <li>
                <Link href={departmentPath} className="font-semibold text-brand-700 underline hover:text-brand-900">
                  {categoryPlural(category)} dans le département {placeLabel(department.name, department.code)}
                </Link>
              </li>
            )}
            {nearby.map((commune) => (
              <li key={commune.slug}>
                <Link
                  href={landingPath(category.slug, commune.slug)}
                  className="text-brand-700 underline hover:text-brand-900"
                >
                  {categoryPlural(category)} à {placeLabel(commune.name, commune.departmentCode)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Container>
  );
}
