// Public listing page: who, what, where (commune only, never the street address), prices, hours,
// SIRET verification with its date, and the published reviews with the codes/reviews transparency.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { Badge } from '@/components/ui/badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { Stars, formatRating } from '@/components/ui/stars';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { ReviewItem } from '@/components/reviews/review-item';
import { formatDate, frenchSpacing, placeLabel, plural } from '@/lib/format/french';
import { getPublishedListingBySlug, type PublicListing } from '@/lib/listings/queries';

type PageProps = { params: Promise<{ slug: string }> };

const getListing = cache(async (slug: string) => {
  await connection();
  return getPublishedListingBySlug(slug);
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const listing = await getListing(slug);
  if (!listing) return { title: 'Annonce introuvable' };
  const description = listing.description.replace(/\s+/g, ' ').trim();
  return {
    title: `${listing.title} – ${listing.categoryName} à ${listing.communeName}`,
    description: description.length > 160 ? `${description.slice(0, 157).trimEnd()}…` : description,
    alternates: { canonical: `/annonce/${listing.slug}` },
  };
}

const WEEKDAYS: Array<[string, string]> = [
  ['lun', 'Lundi'],
  ['mar', 'Mardi'],
  ['mer', 'Mercredi'],
  ['jeu', 'Jeudi'],
  ['ven', 'Vendredi'],
  ['sam', 'Samedi'],
  ['dim', 'Dimanche'],
];

export default async function ListingPage({ params }: PageProps) {
  const { slug } = await params;
  const listing = await getListing(slug);
  if (!listing) notFound();

  const paragraphs = frenchSpacing(listing.description).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: listing.categoryName, href: `/recherche?categorie=${encodeURIComponent(listing.categorySlug)}` },
          { label: listing.title },
        ]}
      />

      <header className="mt-5 border-b border-ink-200 pb-6">
        <p className="text-sm font-semibold text-accent-700">{listing.categoryName}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-brand-950 sm:text-4xl">{listing.title}</h1>
        <p className="mt-3 text-lg text-ink-800">
          Basé à {placeLabel(listing.communeName, listing.departmentCode)}
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {listing.siretVerified && (
            <Badge tone="success" className="px-3 py-1 text-sm">
              <VerifiedIcon className="h-4 w-4" />
              {listing.siretCheckedAt
                ? `SIRET vérifié le ${formatDate(listing.siretCheckedAt)}`
                : 'SIRET vérifié'}
            </Badge>
          )}
          {listing.ratingCount > 0 && listing.ratingAverage !== null ? (
            <a href="#avis" className="flex items-center gap-2 text-ink-800 hover:underline">
              <Stars value={listing.ratingAverage} size="md" />
              <span>
                <span className="font-semibold">{formatRating(listing.ratingAverage)}&nbsp;/&nbsp;5</span> ·{' '}
                {plural(listing.ratingCount, 'avis', 'avis')}
              </span>
            </a>
          ) : (
            <span className="text-ink-600">Pas encore d’avis</span>
          )}
        </div>
      </header>

      <div className="mt-8 grid gap-x-10 gap-y-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <section aria-labelledby="presentation" className="min-w-0">
            <h2 id="presentation" className="text-2xl font-bold">
              Présentation
            </h2>
            <div className="prose-fr mt-4">
              {paragraphs.map((paragraph, index) => (
                <p key={index} className="whitespace-pre-line">
                  {paragraph}
                </p>
              ))}
            </div>
        </section>

        <aside
          aria-label="Informations pratiques"
          className="flex flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          <Card as="section" aria-labelledby="tarifs">
            <h2 id="tarifs" className="text-lg font-semibold text-brand-900">
              Tarifs
            </h2>
            <p className="mt-2 text-ink-800">{listing.priceInfo ?? 'Tarifs sur demande.'}</p>
          </Card>

          <Card as="section" aria-labelledby="zone">
            <h2 id="zone" className="text-lg font-semibold text-brand-900">
              Zone d’intervention
            </h2>
            {listing.serviceAreas.length > 0 ? (
              <ul className="mt-2 space-y-1 text-ink-800">
                {listing.serviceAreas.map((area) => (
                  <li key={`${area.kind}-${area.code}-${area.name}`}>
                    {area.kind === 'department'
                      ? `${area.name} (${area.code}), tout le département`
                      : placeLabel(area.name, area.code)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-ink-800">
                {listing.communeName} et ses environs.
              </p>
            )}
            <p className="mt-3 text-sm text-ink-600">
              L’adresse personnelle de l’annonceur n’est jamais publiée.
            </p>
          </Card>

          {listing.hours && (
            <Card as="section" aria-labelledby="horaires">
              <h2 id="horaires" className="text-lg font-semibold text-brand-900">
                Horaires
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-ink-800">
                {WEEKDAYS.filter(([key]) => listing.hours?.[key]).map(([key, label]) => (
                  <div key={key} className="contents">
                    <dt className="font-medium">{label}</dt>
                    <dd>{listing.hours?.[key]}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          )}

          {listing.website && /^https?:\/\//i.test(listing.website) && (
            <Card as="section" aria-labelledby="site-web">
              <h2 id="site-web" className="text-lg font-semibold text-brand-900">
                Site web
              </h2>
              <p className="mt-2 break-all">
                <a
                  href={listing.website}
                  rel="nofollow ugc noopener noreferrer"
                  target="_blank"
                  className="text-brand-700 underline hover:text-brand-900"
                >
                  {listing.website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
                  <span className="sr-only"> (nouvelle fenêtre)</span>
                </a>
              </p>
            </Card>
          )}
        </aside>

        <ReviewsSection listing={listing} />
      </div>
    </Container>
  );
}

function ReviewsSection({ listing }: { listing: PublicListing }) {
  return (
    <section aria-labelledby="avis" className="min-w-0 lg:col-start-1">
      <h2 id="avis" className="text-2xl font-bold">
        Avis clients
      </h2>
      <div className="mt-3 rounded-card bg-brand-50 p-4 text-sm text-ink-800">
        <p>
          <strong className="font-semibold text-brand-900">Avis vérifiés&nbsp;:</strong> chaque avis est
          déposé avec un code client à usage unique remis par le professionnel. Les avis sont modérés
          avant publication et présentés du plus récent au plus ancien.
        </p>
        <p className="mt-2 font-semibold text-brand-900">
          {plural(listing.reviewCodesIssued, 'code remis', 'codes remis')},{' '}
          {plural(listing.reviewsPosted, 'avis déposé', 'avis déposés')}
        </p>
      </div>
      {listing.reviews.length === 0 ? (
        <EmptyState title="Aucun avis publié pour le moment" headingLevel="h3" className="mt-6">
          <p>
            Vous avez fait appel à ce professionnel&nbsp;? Demandez-lui un code client pour déposer votre
            avis.
          </p>
        </EmptyState>
      ) : (
        <ol className="mt-6 space-y-4">
          {listing.reviews.map((review) => (
            <li key={review.id}>
              <ReviewItem review={review} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
