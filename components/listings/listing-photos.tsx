// The photos of a public listing, for its public page: the first one large, the others in a grid.
// Each <img> offers the three stored widths (srcSet + sizes) and carries its dimensions, so that the
// page does not jump while they load; only the first loads eagerly. Renders nothing without photos,
// and nothing for a listing that is not public.
import { getPublicListingPhotos, type StoredPhoto } from '@/lib/listings/photo-queries';
import { photoSources } from '@/lib/listings/photo-rules';

type ListingPhotosProps = { listingId: string; className?: string };

export async function ListingPhotos({ listingId, className }: ListingPhotosProps) {
  const photos = await getPublicListingPhotos(listingId);
  if (photos.length === 0) return null;
  const [first, ...others] = photos;
  return (
    <section aria-labelledby="photos-titre" className={className}>
      <h2 id="photos-titre" className="sr-only">
        Photos
      </h2>
      <Photo
        photo={first}
        sizes="(min-width: 1024px) 48rem, 100vw"
        eager
        className="max-h-[70vh] w-full rounded-card bg-ink-100 object-contain"
      />
      {others.length > 0 && (
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
          {others.map((photo) => (
            <li key={photo.id}>
              <Photo
                photo={photo}
                sizes="(min-width: 1024px) 16rem, (min-width: 640px) 33vw, 50vw"
                className="aspect-[4/3] h-auto w-full rounded-control bg-ink-100 object-cover"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Photo({ photo, sizes, eager = false, className }: { photo: StoredPhoto; sizes: string; eager?: boolean; className: string }) {
  const { src, srcSet } = photoSources(photo.storageKey, photo.width);
  return (
    // Our own WebP widths, served by /photos: next/image would re-encode them a second time.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={photo.alt}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
