// Home page: the promise, the big « Quel service ? / Où ? » search form, categories with their counts,
// recent listings, the latest reviews and why the directory can be trusted.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { connection } from 'next/server';
import { Container } from '@/components/ui/container';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchForm } from '@/components/search/search-form';
import { ListingCard } from '@/components/listings/listing-card';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { LatestReviews } from '@/components/reviews/latest-reviews';
import { getCategoriesWithCounts, getRecentListings, type CategoryWithCount } from '@/lib/listings/queries';
import { plural } from '@/lib/format/french';
import { getLatestReviews } from '@/lib/reviews/latest';
import { CharterChangeNotice } from '@/components/privacy/charter-change-notice';
import { getPendingCharterChange } from '@/lib/privacy/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';

/** Categories shown before « Voir les autres catégories » (editorial order). */
const FEATURED_CATEGORIES = 12;

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return {
    ...pageMetadata({
      title: `${SITE_NAME} · l’annuaire des auto-entrepreneurs vérifiés`,
      description:
        'Trouvez un auto-entrepreneur près de chez vous : SIRET vérifié, avis déposés par de vrais clients avec un code à usage unique, aucun classement payant.',
      path: '/',
    }),
    // The home page's title already names the site: no « · Jauto-entreprends » template after it.
    title: { absolute: `${SITE_NAME} · l’annuaire des auto-entrepreneurs vérifiés` },
  };
}

export default async function HomePage() {
  await connection();
  const siteName = env().SITE_NAME;
  const [categories, recent, reviews, charterChange] = await Promise.all([
    getCategoriesWithCounts(),
    getRecentListings(6),
    getLatestReviews(6),
    getPendingCharterChange(),
  ]);

  return (
    <>
      {charterChange && <CharterChangeNotice {...charterChange} />}
      <section aria-labelledby="accroche" className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-10 sm:py-16">
          <h1 id="accroche" className="max-w-3xl text-[1.625rem] leading-tight font-bold tracking-tight text-brand-950 sm:text-5xl">
            Des <span className="whitespace-nowrap">auto-entrepreneurs</span> vérifiés, près de chez vous
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-ink-700">
            Plombiers, professeurs, jardiniers, photographes… Chaque annonceur a un SIRET vérifié, et
            chaque avis est déposé par un vrai client avec un code remis par le professionnel.
          </p>
          <ul className="mt-5 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold text-ink-800">
            <li className="flex items-center gap-1.5">
              <VerifiedIcon className="h-5 w-5 text-success-700" />
              SIRET vérifié
            </li>
            <li className="flex items-center gap-1.5">
              <VerifiedIcon className="h-5 w-5 text-success-700" />
              Avis déposés avec un code client
            </li>
            <li className="flex items-center gap-1.5">
              <VerifiedIcon className="h-5 w-5 text-success-700" />
              Aucun classement payant
            </li>
          </ul>
          <div className="mt-8 rounded-card border border-brand-100 bg-white p-4 shadow-raised sm:p-5">
            <SearchForm size="large" idPrefix="accueil" queryLabel={<>Quel service&nbsp;?</>} />
          </div>
        </Container>
      </section>

      <section aria-labelledby="categories">
        <Container className="py-10 sm:py-14">
          <h2 id="categories" className="text-2xl font-bold sm:text-3xl">
            Parcourir par catégorie
          </h2>
          {categories.length === 0 ? (
            <EmptyState title="Aucune catégorie pour le moment" headingLevel="h3" className="mt-6" />
          ) : (
            <>
              <CategoryList categories={categories.slice(0, FEATURED_CATEGORIES)} className="mt-6" />
              {categories.length > FEATURED_CATEGORIES && (
                <details className="group mt-4">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-control px-1 font-semibold text-brand-700 underline hover:text-brand-900">
                    <span className="group-open:hidden">
                      Voir les {categories.length - FEATURED_CATEGORIES} autres catégories
                    </span>
                    <span className="hidden group-open:inline">Masquer les autres catégories</span>
                  </summary>
                  <CategoryList categories={categories.slice(FEATURED_CATEGORIES)} className="mt-3" />
                </details>
              )}
            </>
          )}
        </Container>
      </section>

      <section aria-labelledby="recentes" className="bg-ink-50">
        <Container className="py-10 sm:py-14">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="recentes" className="text-2xl font-bold sm:text-3xl">
              Annonces récentes
            </h2>
            <Link href="/recherche" className="font-semibold text-brand-700 underline hover:text-brand-900">
              Toutes les annonces
            </Link>
          </div>
          {recent.length === 0 ? (
            <EmptyState title="Aucune annonce publiée pour le moment" headingLevel="h3" className="mt-6">
              <p>Les premières annonces arrivent bientôt.</p>
            </EmptyState>
          ) : (
            <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {recent.map((listing) => (
                <li key={listing.slug}>
                  <ListingCard listing={listing} />
                </li>
              ))}
            </ul>
          )}
        </Container>
      </section>

      {reviews.length > 0 && (
        <section aria-labelledby="derniers-avis">
          <Container className="py-10 sm:py-14">
            <h2 id="derniers-avis" className="text-2xl font-bold sm:text-3xl">
              Derniers avis
            </h2>
            <p className="mt-2 max-w-3xl text-ink-700">
              <strong className="font-semibold text-ink-900">Avis vérifié&nbsp;:</strong> déposé avec un code client à
              usage unique remis par le professionnel. Les avis sont modérés avant publication.
            </p>
            <LatestReviews reviews={reviews} />
          </Container>
        </section>
      )}

      <section aria-labelledby="pourquoi" className={reviews.length > 0 ? 'bg-ink-50' : undefined}>
        <Container className="py-10 sm:py-14">
          <h2 id="pourquoi" className="text-2xl font-bold sm:text-3xl">
            Pourquoi <span className="whitespace-nowrap">{siteName}&nbsp;?</span>
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            <PromiseItem title="Aucun classement payant">
              L’ordre des résultats ne s’achète pas&nbsp;: tous les annonceurs paient le même abonnement
              et aucun ne peut payer pour passer devant les autres.
            </PromiseItem>
            <PromiseItem title="Votre adresse reste privée">
              Beaucoup d’auto-entrepreneurs travaillent depuis chez eux. Leur adresse ne sert qu’à la
              facturation et à la vérification&nbsp;: les annonces n’affichent que la commune et la
              zone d’intervention.
            </PromiseItem>
            <PromiseItem title="Des avis de vrais clients">
              Un avis ne peut être déposé qu’avec un code à usage unique remis par le professionnel à son
              client. Chaque annonce indique combien de codes ont été remis et combien d’avis ont été
              déposés.
            </PromiseItem>
          </ul>
          <div className="mt-10 flex flex-col items-start gap-4 rounded-card bg-brand-900 p-6 text-white sm:flex-row sm:items-center sm:justify-between on-dark">
            <p className="text-lg">
              <strong className="font-semibold">Vous êtes auto-entrepreneur&nbsp;?</strong> Publiez votre annonce
              pour 19&nbsp;€&nbsp;HT par mois, sans engagement.
            </p>
            <ButtonLink href="/annonceurs" variant="cta">
              Découvrir l’offre
            </ButtonLink>
          </div>
        </Container>
      </section>
    </>
  );
}

function PromiseItem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
      <h3 className="flex items-center gap-2 text-lg font-semibold text-brand-900">
        <VerifiedIcon className="h-6 w-6 shrink-0 text-success-700" />
        {title}
      </h3>
      <p className="mt-2 text-ink-700">{children}</p>
    </li>
  );
}

function CategoryList({ categories, className }: { categories: CategoryWithCount[]; className?: string }) {
  return (
    <ul className={`grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4 ${className ?? ''}`}>
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={`/recherche?categorie=${encodeURIComponent(category.slug)}`}
            className="flex h-full items-center justify-between gap-3 rounded-card border border-ink-200 bg-white px-4 py-3 shadow-card transition-colors hover:border-brand-300 hover:bg-brand-50"
          >
            <span className="font-semibold text-brand-900">{category.name}</span>
            <span className="shrink-0 text-sm text-ink-600">{plural(category.publishedCount, 'annonce')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
