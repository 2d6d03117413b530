// schema.org LocalBusiness for a public listing. Only what the listing page already shows publicly:
// the commune and its postcode, never the street (the advertiser often works from home); the phone
// only when the advertiser chose to show it; a rating only once there are published reviews.
import 'server-only';
import { markdownToPlainText } from '@/lib/listings/markdown';
import { absoluteUrl, metaDescription } from './metadata';

export type LocalBusinessSource = {
  slug: string;
  title: string;
  /** The listing's description (limited Markdown). */
  description: string;
  /** The short pitch, preferred over the description when present. */
  pitch?: string | null;
  communeName: string;
  /** A postcode of the commune (communes may have several). */
  postalCode?: string | null;
  ratingAverage: number | null;
  ratingCount: number;
  showPhone?: boolean;
  /** E.164; read only when `showPhone` is true. Leave it out to keep the number behind the listing's
   * « Afficher le numéro » button (reveals are counted in the advertiser's statistics). */
  phone?: string | null;
};

export function localBusinessJsonLd(listing: LocalBusinessSource) {
  const url = absoluteUrl(`/annonce/${listing.slug}`);
  const summary = listing.pitch?.trim() ? listing.pitch : markdownToPlainText(listing.description);
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': url,
    name: listing.title,
    description: metaDescription(summary),
    url,
    address: {
      '@type': 'PostalAddress',
      addressLocality: listing.communeName,
      ...(listing.postalCode ? { postalCode: listing.postalCode } : {}),
      addressCountry: 'FR',
    },
    ...(listing.showPhone && listing.phone ? { telephone: listing.phone } : {}),
    ...(listing.ratingCount > 0 && listing.ratingAverage !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: Math.round(listing.ratingAverage * 10) / 10,
            ratingCount: listing.ratingCount,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}
