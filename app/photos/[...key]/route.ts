// GET /photos/listings/<listing>/<random>-<width>.webp: one stored width of a listing photo. Shown to
// everyone when the listing is public, to its owner only otherwise (the preview of a draft); any other
// key, or a photo the visitor may not see, is the same 404.
import { getCurrentSession } from '@/lib/auth/guards';
import { findServablePhoto } from '@/lib/listings/photo-queries';
import { PHOTO_WIDTHS } from '@/lib/listings/photo-rules';
import { storage } from '@/lib/storage/storage';

/** The shape addPhoto gives keys (lib/listings/photos.ts): base, then the width. */
const VARIANT_KEY = new RegExp(`^(listings/[a-z0-9]{1,40}/[a-f0-9]{32})-(?:${PHOTO_WIDTHS.join('|')})\\.webp$`);

// A key never changes content (a new photo gets a new random key), so it may be kept a year.
const PUBLIC_CACHE = 'public, max-age=31536000, immutable';
// A draft's photo, seen by its owner: their browser may keep it, shared caches may not.
const PRIVATE_CACHE = 'private, max-age=31536000, immutable';

function notFound(): Response {
  return new Response('Photo introuvable.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join('/');
  const match = VARIANT_KEY.exec(key);
  if (!match) return notFound();

  const session = await getCurrentSession();
  const photo = await findServablePhoto(match[1], session?.user.id ?? null);
  if (!photo) return notFound();

  const bytes = await storage().get(key);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': photo.public ? PUBLIC_CACHE : PRIVATE_CACHE,
    },
  });
}
