// Listing photos: checking an upload by its content, re-encoding it to WebP without any metadata
// (EXIF, GPS, XMP, ICC), storing the widths, and the advertiser's changes (text, order, removal).
// Every change reaches the photo through the advertiser's own listing: (photo id AND owner).
import 'server-only';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { prisma, type Tx } from '@/lib/db/client';
import type { FieldErrors } from '@/lib/forms/form-state';
import { storage } from '@/lib/storage/storage';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  MAX_PHOTOS_PER_LISTING,
  PHOTO_WIDTHS,
  photoAltSchema,
  photoVariantKey,
  type PhotoDirection,
} from './photo-rules';

export type PhotoType = 'jpeg' | 'png' | 'webp';

export const PHOTO_MESSAGES = {
  missing: 'Choisissez une photo.',
  tooHeavy: `Cette photo dépasse ${MAX_PHOTO_BYTES / 1024 / 1024}\u00a0Mo\u00a0: choisissez un fichier plus léger.`,
  wrongType: 'Ce fichier n’est pas une photo JPEG, PNG ou WebP.',
  unreadable: 'Cette image est illisible ou abîmée. Essayez avec une autre photo.',
  tooLarge: `Cette photo dépasse ${MAX_PHOTO_PIXELS / 1_000_000}\u00a0millions de pixels\u00a0: réduisez-la avant de l’envoyer.`,
  full: `Votre annonce a déjà ${MAX_PHOTOS_PER_LISTING}\u00a0photos\u00a0: supprimez-en une pour en ajouter une autre.`,
} as const;

/** The format announced by the file's first bytes; the name and the browser's type are not trusted. */
export function detectPhotoType(bytes: Uint8Array): PhotoType | null {
  const starts = (offset: number, signature: number[]) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (starts(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // « RIFF », four bytes of length, « WEBP ».
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return null;
}

export type PhotoVariant = { width: number; height: number; bytes: Buffer };

export type ProcessedPhoto =
  | { ok: true; width: number; height: number; variants: { width: (typeof PHOTO_WIDTHS)[number]; image: PhotoVariant }[] }
  | { ok: false; error: string };

/**
 * Checks an upload and re-encodes it to WebP at each stored width (never enlarged), turned upright from
 * its EXIF orientation. sharp writes no metadata unless asked to (withMetadata/keepExif are never
 * called here), so the GPS position and camera details of the original never reach storage.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  if (bytes.byteLength === 0) return { ok: false, error: PHOTO_MESSAGES.missing };
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { ok: false, error: PHOTO_MESSAGES.tooHeavy };
  const type = detectPhotoType(bytes);
  if (!type) return { ok: false, error: PHOTO_MESSAGES.wrongType };

  try {
    // The header alone gives the dimensions: refuse a decompression bomb before decoding it.
    const header = await sharp(bytes).metadata();
    if (header.format !== type) return { ok: false, error: PHOTO_MESSAGES.wrongType };
    if (header.width * header.height > MAX_PHOTO_PIXELS) return { ok: false, error: PHOTO_MESSAGES.tooLarge };

    const upright = sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).rotate();
    const variants = [];
    for (const width of PHOTO_WIDTHS) {
      const { data, info } = await upright
        .clone()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width, image: { width: info.width, height: info.height, bytes: data } });
    }
    const largest = variants[variants.length - 1].image;
    return { ok: true, width: largest.width, height: largest.height, variants };
  } catch {
    // libvips refuses truncated or malformed files: to the advertiser, an unreadable image.
    return { ok: false, error: PHOTO_MESSAGES.unreadable };
  }
}

export type PhotoChangeResult =
  | { kind: 'ok'; listingSlug: string }
  | { kind: 'invalid'; fieldErrors: FieldErrors }
  /** No such photo (or listing) among the advertiser's own: nothing was changed. */
  | { kind: 'not_found' };

const NOT_FOUND = { kind: 'not_found' } as const;

/** Serialises photo changes of one listing (the 10-photo limit, positions). */
async function lockListing(tx: Tx, listingId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Listing" WHERE "id" = ${listingId} FOR UPDATE`;
}

/** Removes every stored width of a photo (after its row is gone: also used by account deletion). */
export async function deleteStoredVariants(base: string): Promise<void> {
  const results = await Promise.allSettled(PHOTO_WIDTHS.map((width) => storage().delete(photoVariantKey(base, width))));
  for (const result of results) {
    // The row is gone, so nothing links to the file any more: log it rather than fail the change.
    if (result.status === 'rejected') console.error(`[photos] could not delete a file of ${base}:`, result.reason);
  }
}

/** Adds a photo at the end of the advertiser's listing. */
export async function addPhoto(advertiserId: string, file: Blob | null, alt: string): Promise<PhotoChangeResult> {
  const listing = await prisma.listing.findUnique({
    where: { advertiserId },
    select: { id: true, slug: true, _count: { select: { photos: true } } },
  });
  if (!listing) return NOT_FOUND;

  const fieldErrors: FieldErrors = {};
  const altText = photoAltSchema.safeParse(alt);
  if (!altText.success) fieldErrors.alt = altText.error.issues[0].message;
  if (listing._count.photos >= MAX_PHOTOS_PER_LISTING) fieldErrors.photo = PHOTO_MESSAGES.full;
  else if (!file || file.size === 0) fieldErrors.photo = PHOTO_MESSAGES.missing;
  // Checked before reading the file into memory.
  else if (file.size > MAX_PHOTO_BYTES) fieldErrors.photo = PHOTO_MESSAGES.tooHeavy;
  if (Object.keys(fieldErrors).length > 0 || !altText.success || !file) return { kind: 'invalid', fieldErrors };

  const processed = await processPhoto(new Uint8Array(await file.arrayBuffer()));
  if (!processed.ok) return { kind: 'invalid', fieldErrors: { photo: processed.error } };

  // Random, so that the address of a photo tells nothing and cannot be guessed.
  const base = `listings/${listing.id}/${randomBytes(16).toString('hex')}`;
  await Promise.all(
    processed.variants.map(({ width, image }) => storage().put(photoVariantKey(base, width), image.bytes, 'image/webp')),
  );

  const added = await prisma
    .$transaction(async (tx) => {
      await lockListing(tx, listing.id);
      const existing = await tx.listingPhoto.aggregate({ where: { listingId: listing.id }, _count: true, _max: { position: true } });
      // Another upload may have filled the listing since the first count.
      if (existing._count >= MAX_PHOTOS_PER_LISTING) return false;
      await tx.listingPhoto.create({
        data: {
          listingId: listing.id,
          storageKey: base,
          width: processed.width,
          height: processed.height,
          alt: altText.data,
          position: (existing._max.position ?? -1) + 1,
        },
      });
      return true;
    })
    .catch(async (error: unknown) => {
      await deleteStoredVariants(base);
      throw error;
    });
  if (!added) {
    await deleteStoredVariants(base);
    return { kind: 'invalid', fieldErrors: { photo: PHOTO_MESSAGES.full } };
  }
  return { kind: 'ok', listingSlug: listing.slug };
}

const ownPhoto = (advertiserId: string, photoId: string) => ({ id: photoId, listing: { advertiserId } });

export async function updatePhotoAlt(advertiserId: string, photoId: string, alt: string): Promise<PhotoChangeResult> {
  const altText = photoAltSchema.safeParse(alt);
  if (!altText.success) return { kind: 'invalid', fieldErrors: { alt: altText.error.issues[0].message } };
  const photo = await prisma.listingPhoto.findFirst({
    where: ownPhoto(advertiserId, photoId),
    select: { id: true, listing: { select: { slug: true } } },
  });
  if (!photo) return NOT_FOUND;
  await prisma.listingPhoto.update({ where: { id: photo.id }, data: { alt: altText.data } });
  return { kind: 'ok', listingSlug: photo.listing.slug };
}

export type PhotoMoveResult =
  | { kind: 'ok'; listingSlug: string; position: number; total: number }
  | { kind: 'not_found' };

/** Swaps the photo with its neighbour; positions are renumbered 0…n-1 on the way. */
export async function movePhoto(advertiserId: string, photoId: string, direction: PhotoDirection): Promise<PhotoMoveResult> {
  return prisma.$transaction(async (tx) => {
    const photo = await tx.listingPhoto.findFirst({
      where: ownPhoto(advertiserId, photoId),
      select: { listingId: true, listing: { select: { slug: true } } },
    });
    if (!photo) return NOT_FOUND;
    await lockListing(tx, photo.listingId);
    const ordered = await tx.listingPhoto.findMany({
      where: { listingId: photo.listingId },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const from = ordered.findIndex((row) => row.id === photoId);
    const to = Math.min(Math.max(direction === 'up' ? from - 1 : from + 1, 0), ordered.length - 1);
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
    for (const [position, row] of ordered.entries()) {
      if (row.position !== position) await tx.listingPhoto.update({ where: { id: row.id }, data: { position } });
    }
    return { kind: 'ok', listingSlug: photo.listing.slug, position: to + 1, total: ordered.length };
  });
}

export async function deletePhoto(advertiserId: string, photoId: string): Promise<PhotoChangeResult> {
  const photo = await prisma.listingPhoto.findFirst({
    where: ownPhoto(advertiserId, photoId),
    select: { id: true, storageKey: true, listing: { select: { slug: true } } },
  });
  if (!photo) return NOT_FOUND;
  // deleteMany: a double click deletes once and the second call changes nothing.
  await prisma.listingPhoto.deleteMany({ where: { id: photo.id } });
  await deleteStoredVariants(photo.storageKey);
  return { kind: 'ok', listingSlug: photo.listing.slug };
}
