// /espace/annonce/photos: the advertiser adds, describes, orders and removes the photos of their listing.
import type { Metadata } from 'next';
import Link from 'next/link';
import { PhotoManager } from '@/components/listings/photo-manager';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getOwnListingPhotos } from '@/lib/listings/photo-queries';
import { PHOTO_WIDTHS, photoUrl } from '@/lib/listings/photo-rules';

export const metadata: Metadata = { title: 'Photos de mon annonce' };

export default async function ListingPhotosPage() {
  const session = await requireAdvertiser('/espace/annonce/photos');
  const listing = await getOwnListingPhotos(session.advertiserId);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/espace/annonce" className="text-sm font-semibold text-brand-700 underline hover:text-brand-900">
            <span aria-hidden="true">← </span>Mon annonce
          </Link>
          <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Photos de mon annonce</h1>
          {listing && <p className="mt-1 text-ink-700">{listing.title}</p>}
        </div>
        {listing && (
          <ButtonLink href="/espace/annonce/apercu" variant="secondary" size="sm">
            Prévisualiser l’annonce
          </ButtonLink>
        )}
      </header>
      {listing ? (
        <PhotoManager
          photos={listing.photos.map((photo) => ({
            id: photo.id,
            alt: photo.alt,
            src: photoUrl(photo.storageKey, PHOTO_WIDTHS[0]),
            width: photo.width,
            height: photo.height,
          }))}
        />
      ) : (
        <EmptyState
          title="Pas encore d’annonce"
          action={<ButtonLink href="/espace/annonce">Créer mon annonce</ButtonLink>}
        >
          Rédigez d’abord votre annonce&nbsp;: vous pourrez ensuite y ajouter jusqu’à 10&nbsp;photos.
        </EmptyState>
      )}
    </div>
  );
}
