// One listing in a grid or a result list: the whole card is a link to the listing.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Stars } from '@/components/ui/stars';
import { frenchSpacing, placeLabel, plural } from '@/lib/format/french';
import type { ListingCardData } from '@/lib/listings/queries';
import { VerifiedIcon } from './verified-icon';

export function ListingCard({ listing, headingLevel: Heading = 'h3' }: { listing: ListingCardData; headingLevel?: 'h2' | 'h3' }) {
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-card border border-ink-200 bg-white p-5 shadow-card transition-shadow focus-within:shadow-raised hover:border-brand-300 hover:shadow-raised">
      <p className="text-sm font-semibold text-accent-700">{listing.categoryName}</p>
      <Heading className="text-lg leading-snug font-semibold text-brand-900">
        <Link
          href={`/annonce/${listing.slug}`}
          className="after:absolute after:inset-0 after:rounded-card hover:underline"
        >
          {frenchSpacing(listing.title)}
        </Link>
      </Heading>
      <p className="flex items-center gap-1.5 text-sm text-ink-700">
        <PinIcon />
        {placeLabel(listing.communeName, listing.departmentCode)}
      </p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2">
        {listing.ratingCount > 0 && listing.ratingAverage !== null ? (
          <p className="flex items-center gap-2 text-sm text-ink-700">
            <Stars value={listing.ratingAverage} showValue />
            <span>({plural(listing.ratingCount, 'avis', 'avis')})</span>
          </p>
        ) : (
          <p className="text-sm text-ink-600">Pas encore d’avis</p>
        )}
        {listing.siretVerified && (
          <Badge tone="success">
            <VerifiedIcon className="h-3.5 w-3.5" />
            SIRET vérifié
          </Badge>
        )}
      </div>
    </article>
  );
}

function PinIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="h-4 w-4 shrink-0 text-ink-500">
      <path
        fill="currentColor"
        d="M10 1.5a6 6 0 0 0-6 6c0 4.3 6 11 6 11s6-6.7 6-11a6 6 0 0 0-6-6zm0 8.2a2.2 2.2 0 1 1 0-4.4 2.2 2.2 0 0 1 0 4.4z"
      />
    </svg>
  );
}
