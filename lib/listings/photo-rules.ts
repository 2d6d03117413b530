// Rules of listing photos shared by the server, the advertiser's form and the public view: limits,
// alternative text, form schemas and the URL of each stored width. No server code: client-safe.
import { z } from 'zod';

export const MAX_PHOTOS_PER_LISTING = 10;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;
/** Widths stored for each photo (never wider than the original), smallest first. */
export const PHOTO_WIDTHS = [400, 800, 1600] as const;
/** For the file input's `accept`: a hint to the browser; the server checks the content itself. */
export const ACCEPTED_PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

export const ALT_MIN = 5;
export const ALT_MAX = 150;

export const photoAltSchema = z
  .string({ error: 'Décrivez la photo en quelques mots.' })
  .trim()
  .min(ALT_MIN, `Décrivez la photo en quelques mots (${ALT_MIN}\u00a0caractères au moins).`)
  .max(ALT_MAX, `Restez en dessous de ${ALT_MAX}\u00a0caractères.`);

const photoId = z.string().trim().min(1, 'Photo inconnue.').max(64, 'Photo inconnue.');

/** The upload form's text fields; the file and the alternative text are checked by addPhoto. */
export const photoUploadSchema = z.object({ alt: z.string().default('') });
export const photoAltChangeSchema = z.object({ photoId, alt: photoAltSchema });
/** The buttons of the photo list: « Monter », « Descendre » (intent move) and « Supprimer » (intent delete). */
export const photoArrangeSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('move'), photoId, direction: z.enum(['up', 'down']) }),
  z.object({ intent: z.literal('delete'), photoId }),
]);

export type PhotoDirection = 'up' | 'down';

/** The stored file of one width; `base` is ListingPhoto.storageKey. */
export function photoVariantKey(base: string, width: number): string {
  return `${base}-${width}.webp`;
}

export function photoUrl(base: string, width: number): string {
  return `/photos/${photoVariantKey(base, width)}`;
}

/**
 * `src` and `srcSet` of a photo whose largest stored variant is `width` pixels wide. Narrow originals
 * were not enlarged, so several stored widths may hold the same image: list each real width once.
 */
export function photoSources(base: string, width: number): { src: string; srcSet: string } {
  const seen = new Set<number>();
  const entries: string[] = [];
  for (const stored of PHOTO_WIDTHS) {
    const real = Math.min(stored, width);
    if (seen.has(real)) continue;
    seen.add(real);
    entries.push(`${photoUrl(base, stored)} ${real}w`);
  }
  return { src: photoUrl(base, PHOTO_WIDTHS[1]), srcSet: entries.join(', ') };
}
