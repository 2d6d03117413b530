// Reads of listing photos: the advertiser's own (management page), a public listing's (public page),
// and whether a stored photo may be served to the person asking (app/photos route).
import 'server-only';
import { prisma } from '@/lib/db/client';
import { publicListingWhere } from './visibility';

export type StoredPhoto = { id: string; storageKey: string; width: number; height: number; alt: string };

const photoSelect = { id: true, storageKey: true, width: true, height: true, alt: true } as const;
const photoOrder = [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] as const;

/** The advertiser's listing with its photos in order; null when they have no listing yet. */
export async function getOwnListingPhotos(
  advertiserId: string,
): Promise<{ slug: string; title: string; photos: StoredPhoto[] } | null> {
  return prisma.listing.findUnique({
    where: { advertiserId },
    select: { slug: true, title: true, photos: { orderBy: [...photoOrder], select: photoSelect } },
  });
}

/** The photos of a listing if, and only if, the listing is public. */
export async function getPublicListingPhotos(listingId: string): Promise<StoredPhoto[]> {
  return prisma.listingPhoto.findMany({
    where: { listingId, listing: publicListingWhere },
    orderBy: [...photoOrder],
    select: photoSelect,
  });
}

/**
 * Whether the photo stored under `storageKey` may be shown: to anyone when its listing is public, to
 * its owner (signed in as `userId`) in any case, for the preview of a draft. Whether it is public decides
 * how long shared caches may keep it.
 */
export async function findServablePhoto(
  storageKey: string,
  userId: string | null,
): Promise<{ public: boolean } | null> {
  if (await prisma.listingPhoto.count({ where: { storageKey, listing: publicListingWhere } })) return { public: true };
  if (!userId) return null;
  const own = await prisma.listingPhoto.count({ where: { storageKey, listing: { advertiser: { userId } } } });
  return own ? { public: false } : null;
}
