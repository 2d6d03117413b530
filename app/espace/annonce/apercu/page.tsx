// /espace/annonce/apercu: the advertiser's own listing exactly as visitors will see it (the same
// ListingView as the public page), whatever its status. Never indexed; only ever the session's listing.
import type { Metadata } from 'next';
import { ListingView } from '@/components/listings/listing-view';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getListingPreview } from '@/lib/listings/editor';

export const metadata: Metadata = { title: 'Aperçu de mon annonce', robots: { index: false, follow: false } };

export default async function ListingPreviewPage() {
  const { advertiserId } = await requireAdvertiser('/espace/annonce/apercu');
  const listing = await getListingPreview(advertiserId);
  if (!listing) {
    return (
      <EmptyState
        title="Pas encore d’annonce à prévisualiser"
        action={<ButtonLink href="/espace/annonce">Rédiger mon annonce</ButtonLink>}
      >
        <p>Enregistrez d’abord votre annonce&nbsp;: l’aperçu montrera ce que verront les visiteurs.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div
        role="note"
        className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-accent-300 bg-accent-50 px-4 py-3"
      >
        <p className="font-semibold text-accent-900">Aperçu&nbsp;: voici ce que verront les visiteurs</p>
        <ButtonLink href="/espace/annonce" variant="secondary" size="sm">
          Revenir à l’éditeur
        </ButtonLink>
      </div>
      {/* The public page's own width and padding: cancel the space's container around it. */}
      <div className="-mx-4 rounded-card bg-white sm:-mx-6 lg:-mx-8">
        <ListingView listing={listing} />
      </div>
    </>
  );
}
