// Public listing page: who, what, where (commune only, never the street address), prices, hours,
// SIRET verification with its date, and the published reviews with the codes/reviews transparency.
// The body is components/listings/listing-view.tsx, shared with the advertiser's preview.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { after, connection } from 'next/server';
import { cache } from 'react';
import { ListingView } from '@/components/listings/listing-view';
import { JsonLd } from '@/components/seo/json-ld';
import { getCurrentSession } from '@/lib/auth/guards';
import { getPublishedListingBySlug } from '@/lib/listings/queries';
import { isPrefetchRequest, recordListingView } from '@/lib/listings/stats';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { localBusinessJsonLd } from '@/lib/seo/local-business';

type PageProps = { params: Promise<{ slug: string }> };

const getListing = cache(async (slug: string) => {
  await connection();
  return getPublishedListingBySlug(slug);
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const listing = await getListing(slug);
  if (!listing) return { title: 'Annonce introuvable' };
  return listingMetadata(listing);
}

export default async function ListingPage({ params }: PageProps) {
  const { slug } = await params;
  const listing = await getListing(slug);
  if (!listing) notFound();
  await countViewAfterResponse(listing.id);
  return (
    <>
      {/* No telephone in the structured data: the number is only given on request (and counted). */}
      <JsonLd data={localBusinessJsonLd(listing)} />
      <ListingView listing={listing} />
    </>
  );
}

/** The view is written once the page is sent (`after`): statistics never slow the visitor down. */
async function countViewAfterResponse(listingId: string) {
  const requestHeaders = await headers();
  if (isPrefetchRequest(requestHeaders)) return;
  // Read now: a page's after() callback may not read the request. The root layout has already loaded
  // the session (cached per request), so knowing whether the advertiser is looking costs nothing.
  const userAgent = requestHeaders.get('user-agent');
  const session = await getCurrentSession();
  after(() => recordListingView(listingId, { userAgent, viewerUserId: session?.user.id }));
}
