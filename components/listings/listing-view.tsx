// The listing as visitors see it, rendered by the public page (app/(public)/annonce/[slug]) and by
// the advertiser's preview (app/espace/annonce/apercu), so the preview is exactly the public page.
//
// Props:
//   listing: PublicListing (lib/listings/queries.ts) — title, category, commune, SIRET badge and date,
//            rating, pitch, description (limited Markdown), services and prices, priceInfo, service
//            area, opening hours, website, social links, reviews with the codes/reviews transparency.
// Sections are server components; interactive pieces (phone reveal…) join as client islands.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { Stars, formatRating } from '@/components/ui/stars';
import { ListingContact } from '@/components/listings/listing-contact';
import { ListingDescription } from '@/components/listings/listing-description';
import { ListingPhotos } from '@/components/listings/listing-photos';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { RatingDistribution } from '@/components/reviews/rating-distribution';
import { ReviewList } from '@/components/reviews/review-list';
import { formatDate, frenchSpacing, placeLabel, plural } from '@/lib/format/french';
import { SOCIAL_NETWORKS, WEEKDAYS, safeWebsite, type SocialNetwork } from '@/lib/listings/content';
import { USER_LINK_REL } from '@/lib/listings/markdown';
import type { PublicListing } from '@/lib/listings/queries';
import { getRatingDistribution } from '@/lib/reviews/queries';

const NETWORK_LABELS: Record<SocialNetwork, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
};

export function ListingView({ listing }: { listing: PublicListing }) {
  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: listing.categoryName, href: `/recherche?categorie=${encodeURIComponent(listing.categorySlug)}` },
          { label: listing.title },
        ]}
      />

      <ListingHeader listing={listing} />

      <ListingPhotos listingId={listing.id} className="mt-6 max-w-3xl" />

      <div className="mt-8 grid gap-x-10 gap-y-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <section aria-labelledby="presentation" className="min-w-0">
          <h2 id="presentation" className="text-2xl font-bold">
            Présentation
          </h2>
          <ListingDescription markdown={listing.description} className="prose-fr mt-4" />
        </section>

        <aside
          aria-label="Informations pratiques"
          className="flex flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          <ListingContact listing={listing} />
          <ServicesCard listing={listing} />
          <ServiceAreaCard listing={listing} />
          <HoursCard listing={listing} />
          <LinksCard listing={listing} />
          <p className="text-sm">
            <Link href={`/signaler?type=listing&id=${listing.id}`} rel="nofollow" className="text-ink-600 underline underline-offset-2 hover:text-brand-800">
              Signaler un contenu
            </Link>
          </p>
        </aside>

        <ReviewsSection listing={listing} />
      </div>
    </Container>
  );
}

function ListingHeader({ listing }: { listing: PublicListing }) {
  return (
    <header className="mt-5 border-b border-ink-200 pb-6">
      <p className="text-sm font-semibold text-accent-700">{listing.categoryName}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-brand-950 sm:text-4xl">{frenchSpacing(listing.title)}</h1>
      {listing.pitch && <p className="mt-3 max-w-prose text-lg text-ink-800">{frenchSpacing(listing.pitch)}</p>}
      <p className="mt-3 text-ink-800">Basé à {placeLabel(listing.communeName, listing.departmentCode)}</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {listing.siretVerified && (
          <Badge tone="success" className="px-3 py-1 text-sm">
            <VerifiedIcon className="h-4 w-4" />
            {listing.siretCheckedAt ? `SIRET vérifié le ${formatDate(listing.siretCheckedAt)}` : 'SIRET vérifié'}
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
  );
}

function ServicesCard({ listing }: { listing: PublicListing }) {
  const empty = listing.services.length === 0 && !listing.priceInfo;
  return (
    <Card as="section" aria-labelledby="tarifs">
      <h2 id="tarifs" className="text-lg font-semibold text-brand-900">
        Prestations et tarifs
      </h2>
      {listing.services.length > 0 && (
        <ul className="mt-2 divide-y divide-ink-100 text-ink-800">
          {listing.services.map((service, index) => (
            <li key={index} className="flex flex-wrap justify-between gap-x-4 py-2">
              <span className="font-medium">{frenchSpacing(service.name)}</span>
              {service.price && <span className="text-ink-700">{frenchSpacing(service.price)}</span>}
            </li>
          ))}
        </ul>
      )}
      {listing.priceInfo && <p className="mt-2 text-ink-800">{frenchSpacing(listing.priceInfo)}</p>}
      {empty && <p className="mt-2 text-ink-800">Tarifs sur demande.</p>}
      {!empty && <p className="mt-3 text-sm text-ink-600">Prix indicatifs, à confirmer avec le professionnel.</p>}
    </Card>
  );
}

function ServiceAreaCard({ listing }: { listing: PublicListing }) {
  return (
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
        <p className="mt-2 text-ink-800">{listing.communeName} et ses environs.</p>
      )}
      <p className="mt-3 text-sm text-ink-600">L’adresse personnelle de l’annonceur n’est jamais publiée.</p>
    </Card>
  );
}

function HoursCard({ listing }: { listing: PublicListing }) {
  const hours = listing.hours;
  if (!hours) return null;
  return (
    <Card as="section" aria-labelledby="horaires">
      <h2 id="horaires" className="text-lg font-semibold text-brand-900">
        Horaires
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-ink-800">
        {WEEKDAYS.filter(({ key }) => hours[key]).map(({ key, label }) => (
          <div key={key} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{hours[key]}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function LinksCard({ listing }: { listing: PublicListing }) {
  const website = safeWebsite(listing.website);
  const networks = SOCIAL_NETWORKS.filter((network) => listing.socialLinks[network]);
  if (!website && networks.length === 0) return null;
  return (
    <Card as="section" aria-labelledby="site-web">
      <h2 id="site-web" className="text-lg font-semibold text-brand-900">
        Site et réseaux
      </h2>
      <ul className="mt-2 space-y-1">
        {website && (
          <li className="wrap-anywhere">
            <ExternalLink href={website}>{website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}</ExternalLink>
          </li>
        )}
        {networks.map((network) => (
          <li key={network}>
            <ExternalLink href={listing.socialLinks[network] as string}>{NETWORK_LABELS[network]}</ExternalLink>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel={USER_LINK_REL} target="_blank" className="text-brand-700 underline hover:text-brand-900">
      {children}
      <span className="sr-only"> (nouvel onglet)</span>
    </a>
  );
}

async function ReviewsSection({ listing }: { listing: PublicListing }) {
  const distribution = await getRatingDistribution(listing.id);
  return (
    <section aria-labelledby="avis" className="min-w-0 lg:col-start-1">
      <h2 id="avis" className="text-2xl font-bold">
        Avis clients
      </h2>
      <div className="mt-3 rounded-card bg-brand-50 p-4 text-sm text-ink-800">
        <p>
          <strong className="font-semibold text-brand-900">Avis vérifiés&nbsp;:</strong> chaque avis est
          déposé avec un code client à usage unique remis par le professionnel. Les avis sont publiés dès
          leur dépôt et contrôlés après publication, sur signalement&nbsp;; ils sont présentés du plus récent
          au plus ancien, et peuvent être triés par note.{' '}
          <Link href="/avis-verifies" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            Comment les avis sont collectés et contrôlés
          </Link>
        </p>
        <p className="mt-2 font-semibold text-brand-900">
          {plural(listing.reviewCodesIssued, 'code remis', 'codes remis')},{' '}
          {plural(listing.reviewsPosted, 'avis déposé', 'avis déposés')}
        </p>
      </div>
      {distribution.total > 0 && (
        <div className="mt-6">
          <RatingDistribution distribution={distribution} />
        </div>
      )}
      {listing.reviews.length === 0 ? (
        <EmptyState title="Aucun avis publié pour le moment" headingLevel="h3" className="mt-6">
          <p>
            Vous avez fait appel à ce professionnel&nbsp;? Demandez-lui un code client pour déposer votre
            avis.
          </p>
          <p className="mt-2">
            <Link href="/avis" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
              J’ai un code d’évaluation
            </Link>
          </p>
        </EmptyState>
      ) : (
        <ReviewList reviews={listing.reviews} />
      )}
    </section>
  );
}
