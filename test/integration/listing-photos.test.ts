// Listing photos on real PostgreSQL and a real uploads folder: what is stored carries no metadata (the
// GPS position of a phone photo above all), files are judged by their content, a listing holds ten
// photos at most, an advertiser cannot touch another's photos, and the photo route shows a draft's
// photos to nobody but their owner.
// jest.mock factories are hoisted above the imports, so they can only require().
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { ListingPhotos } from '@/components/listings/listing-photos';
import ListingPhotosPage from '@/app/espace/annonce/photos/page';
import { GET as getPhoto } from '@/app/photos/[...key]/route';
import { deleteAccount } from '@/lib/accounts/account';
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { initialFormState } from '@/lib/forms/form-state';
import { addPhotoAction, arrangePhotosAction, updatePhotoAltAction } from '@/lib/listings/photo-actions';
import { MAX_PHOTO_BYTES, PHOTO_WIDTHS, photoVariantKey } from '@/lib/listings/photo-rules';
import { addPhoto, PHOTO_MESSAGES, processPhoto } from '@/lib/listings/photos';
import { generateValidSiret } from '@/lib/siret/checksum';
import { actAnonymously, actAs, formData } from '@/test/support/acting-as';
import { giveActiveSubscription } from '@/test/support/subscriptions';

let uploadsDir: string;
let categoryId: string;
let seed = 0;

type Advertiser = { userId: string; advertiserId: string; listingId: string; slug: string };

async function createAdvertiser(status: 'PUBLISHED' | 'DRAFT'): Promise<Advertiser> {
  seed += 1;
  const user = await prisma.user.create({
    data: {
      email: `photos-${seed}@example.fr`,
      passwordHash: 'not-a-real-hash',
      role: 'ADVERTISER',
      emailVerifiedAt: new Date(),
      advertiser: {
        create: {
          fullName: 'Camille Martin',
          addressLine: '12 rue des Vignes',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(810_000 + seed),
          siretStatus: 'VERIFIED',
          listing: {
            create: {
              slug: `plomberie-colmar-${seed}`,
              title: 'Plomberie à Colmar',
              description: 'Dépannage et installation.',
              categoryId,
              communeCode: '68066',
              status,
              publishedAt: status === 'PUBLISHED' ? new Date() : null,
            },
          },
        },
      },
    },
    select: { id: true, advertiser: { select: { id: true, listing: { select: { id: true, slug: true } } } } },
  });
  const profile = user.advertiser!;
  await giveActiveSubscription(profile.id);
  return { userId: user.id, advertiserId: profile.id, listingId: profile.listing!.id, slug: profile.listing!.slug };
}

/** A phone-like JPEG: camera make, GPS position, and a portrait orientation flag on a landscape raster. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#2f6f9f' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TelephoneEspion', Model: 'Modele 3000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 4/1 45/1', GPSLongitudeRef: 'E', GPSLongitude: '7/1 21/1 30/1' },
    })
    .toBuffer();
}

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 400, channels: 3, background: '#c0392b' } }).png().toBuffer();
}

function upload(bytes: Uint8Array, name: string, alt: string, type = 'image/jpeg'): FormData {
  const data = formData({ alt });
  data.set('photo', new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

async function storedFiles(): Promise<string[]> {
  const files = await readdir(uploadsDir, { recursive: true, withFileTypes: true });
  return files.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

function requestPhoto(key: string) {
  return getPhoto(new Request(`http://localhost/photos/${key}`), { params: Promise.resolve({ key: key.split('/') }) });
}

async function photosOf(listingId: string) {
  return prisma.listingPhoto.findMany({ where: { listingId }, orderBy: { position: 'asc' } });
}

beforeAll(async () => {
  // A folder of this file's own; set before anything reads the configuration (env() is read lazily).
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), 'jauto-photos-'));
  process.env.UPLOADS_DIR = uploadsDir;
  expect(env().UPLOADS_DIR).toBe(uploadsDir);
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar', departmentCode: '68', postalCodes: ['68000'] },
  });
  ({ id: categoryId } = await prisma.category.create({
    data: { slug: 'plomberie', name: 'Plomberie', description: 'Plombiers et chauffagistes.' },
  }));
});

afterAll(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

beforeEach(() => actAnonymously());

describe('uploading a photo', () => {
  it('stores WebP files without any metadata: the GPS position of the original is gone', async () => {
    const owner = await createAdvertiser('PUBLISHED');
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    // The test photo really carries what must disappear.
    expect(before.exif).toBeDefined();
    expect(before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer (tag 0x8825)
    expect(before.exif!.toString('latin1')).toContain('TelephoneEspion');

    await actAs(owner.userId);
    const state = await addPhotoAction(initialFormState, upload(original, 'vacances.jpg', 'Salle de bains refaite à neuf'));
    expect(state).toMatchObject({ status: 'success' });

    const [photo] = await photosOf(owner.listingId);
    expect(photo).toMatchObject({ alt: 'Salle de bains refaite à neuf', position: 0, width: 1200, height: 2000 });
    expect(photo.storageKey).toMatch(new RegExp(`^listings/${owner.listingId}/[a-f0-9]{32}$`));

    const files = await storedFiles();
    expect(files).toEqual(PHOTO_WIDTHS.map((width) => path.join(uploadsDir, photoVariantKey(photo.storageKey, width))).sort());
    for (const [index, width] of PHOTO_WIDTHS.entries()) {
      const stored = await readFile(path.join(uploadsDir, photoVariantKey(photo.storageKey, width)));
      const metadata = await sharp(stored).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      // Turned upright from the orientation flag (portrait), never enlarged beyond the original's 1200 px.
      expect(metadata.width).toBe([400, 800, 1200][index]);
      expect(metadata.height).toBeGreaterThan(metadata.width);
      expect(stored.toString('latin1')).not.toMatch(/Exif|TelephoneEspion/);
    }
  });

  it('judges the file by its content, not its name, and refuses what is not a JPEG, PNG or WebP', async () => {
    const owner = await createAdvertiser('PUBLISHED');
    await actAs(owner.userId);
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const text = Buffer.from('Ceci est un fichier texte, pas une photo.');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [bytes, name] of [[gif, 'photo.jpg'], [text, 'photo.jpg'], [svg, 'photo.png']] as const) {
      const state = await addPhotoAction(initialFormState, upload(bytes, name, 'Une photo de mon atelier'));
      expect(state).toMatchObject({ status: 'error', fieldErrors: { photo: PHOTO_MESSAGES.wrongType } });
      expect(state.values).toMatchObject({ alt: 'Une photo de mon atelier' });
    }
    // A truncated JPEG starts right but cannot be decoded.
    const truncated = (await jpegWithGps()).subarray(0, 400);
    expect(await addPhotoAction(initialFormState, upload(truncated, 'photo.jpg', 'Une photo de mon atelier'))).toMatchObject({
      fieldErrors: { photo: PHOTO_MESSAGES.unreadable },
    });
    // A real PNG named .jpg is accepted: the content decides.
    expect(await addPhotoAction(initialFormState, upload(await smallPng(), 'photo.jpg', 'Une photo de mon atelier'))).toMatchObject({
      status: 'success',
    });
    expect(await prisma.listingPhoto.count({ where: { listingId: owner.listingId } })).toBe(1);
  });

  it('refuses a file over 8 MB or 40 megapixels, and requires the alternative text', async () => {
    const owner = await createAdvertiser('PUBLISHED');
    await actAs(owner.userId);
    const heavy = Buffer.alloc(MAX_PHOTO_BYTES + 1, 0);
    heavy.set([0xff, 0xd8, 0xff]);
    expect(await addPhotoAction(initialFormState, upload(heavy, 'lourde.jpg', 'Une photo très lourde'))).toMatchObject({
      fieldErrors: { photo: PHOTO_MESSAGES.tooHeavy },
    });
    const huge = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#000' } }).png().toBuffer();
    expect(await processPhoto(huge)).toEqual({ ok: false, error: PHOTO_MESSAGES.tooLarge });

    const noAlt = await addPhotoAction(initialFormState, upload(await smallPng(), 'photo.png', '  ab ', 'image/png'));
    expect(noAlt).toMatchObject({ status: 'error', fieldErrors: { alt: expect.stringMatching(/Décrivez la photo/) } });
    const noFile = await addPhotoAction(initialFormState, formData({ alt: 'Une photo de mon atelier' }));
    expect(noFile).toMatchObject({ fieldErrors: { photo: PHOTO_MESSAGES.missing } });
    expect(await prisma.listingPhoto.count({ where: { listingId: owner.listingId } })).toBe(0);
  });

  it('keeps ten photos at most: the eleventh is refused and nothing of it is stored', async () => {
    const owner = await createAdvertiser('PUBLISHED');
    const png = await smallPng();
    for (let i = 1; i <= 10; i++) {
      expect(await addPhoto(owner.advertiserId, new Blob([new Uint8Array(png)]), `Chantier numéro ${i}`)).toMatchObject({ kind: 'ok' });
    }
    const files = await storedFiles();
    await actAs(owner.userId);
    const eleventh = await addPhotoAction(initialFormState, upload(png, 'onze.png', 'Chantier numéro 11', 'image/png'));
    expect(eleventh).toMatchObject({ status: 'error', fieldErrors: { photo: PHOTO_MESSAGES.full } });
    expect((await photosOf(owner.listingId)).map((photo) => photo.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await storedFiles()).toEqual(files);
  });
});

describe('changing photos', () => {
  let owner: Advertiser;

  beforeEach(async () => {
    owner = await createAdvertiser('PUBLISHED');
    const png = await smallPng();
    for (const alt of ['Première photo', 'Deuxième photo', 'Troisième photo']) await addPhoto(owner.advertiserId, new Blob([new Uint8Array(png)]), alt);
  });

  it('lets the owner describe, reorder and delete their photos', async () => {
    const [first, second, third] = await photosOf(owner.listingId);
    await actAs(owner.userId);

    expect(await updatePhotoAltAction(initialFormState, formData({ photoId: second.id, alt: 'Cuisine après travaux' }))).toMatchObject({ status: 'success' });
    expect(await updatePhotoAltAction(initialFormState, formData({ photoId: second.id, alt: 'x' }))).toMatchObject({
      status: 'error',
      fieldErrors: { alt: expect.any(String) },
    });

    expect(await arrangePhotosAction(initialFormState, formData({ intent: 'move', photoId: third.id, direction: 'up' }))).toMatchObject({
      status: 'success',
      message: 'Photo déplacée en position 2 sur 3.',
    });
    // Already first: stays first.
    await arrangePhotosAction(initialFormState, formData({ intent: 'move', photoId: first.id, direction: 'up' }));
    expect((await photosOf(owner.listingId)).map((photo) => [photo.id, photo.alt])).toEqual([
      [first.id, 'Première photo'],
      [third.id, 'Troisième photo'],
      [second.id, 'Cuisine après travaux'],
    ]);

    expect(await arrangePhotosAction(initialFormState, formData({ intent: 'delete', photoId: third.id }))).toMatchObject({ status: 'success' });
    expect((await photosOf(owner.listingId)).map((photo) => photo.id)).toEqual([first.id, second.id]);
    const files = await storedFiles();
    expect(files.some((file) => file.includes(third.storageKey))).toBe(false);
    expect(files.filter((file) => file.includes(first.storageKey))).toHaveLength(PHOTO_WIDTHS.length);
  });

  it('lets no other advertiser rename, move or delete them: nothing changes', async () => {
    const intruder = await createAdvertiser('PUBLISHED');
    const before = await photosOf(owner.listingId);
    const files = await storedFiles();
    const target = before[1];
    await actAs(intruder.userId);

    const attempts = [
      await updatePhotoAltAction(initialFormState, formData({ photoId: target.id, alt: 'Photo piratée par un autre' })),
      await arrangePhotosAction(initialFormState, formData({ intent: 'move', photoId: target.id, direction: 'up' })),
      await arrangePhotosAction(initialFormState, formData({ intent: 'delete', photoId: target.id })),
    ];
    for (const state of attempts) expect(state).toMatchObject({ status: 'error', message: expect.stringMatching(/n’existe plus/) });

    expect(await photosOf(owner.listingId)).toEqual(before);
    expect(await storedFiles()).toEqual(files);
    expect(await prisma.listingPhoto.count({ where: { listingId: intruder.listingId } })).toBe(0);
  });
});

describe('the photo route', () => {
  it('shows a public listing’s photos to everyone and a draft’s to its owner only', async () => {
    const published = await createAdvertiser('PUBLISHED');
    const draft = await createAdvertiser('DRAFT');
    const png = await smallPng();
    await addPhoto(published.advertiserId, new Blob([new Uint8Array(png)]), 'Photo publique');
    await addPhoto(draft.advertiserId, new Blob([new Uint8Array(png)]), 'Photo du brouillon');
    const [publicPhoto] = await photosOf(published.listingId);
    const [draftPhoto] = await photosOf(draft.listingId);

    const served = await requestPhoto(photoVariantKey(publicPhoto.storageKey, 800));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe('webp');

    const draftKey = photoVariantKey(draftPhoto.storageKey, 400);
    expect((await requestPhoto(draftKey)).status).toBe(404);
    await actAs(published.userId);
    expect((await requestPhoto(draftKey)).status).toBe(404);
    await actAs(draft.userId);
    const preview = await requestPhoto(draftKey);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toMatch(/^private/);

    actAnonymously();
    const unknown = [
      `${publicPhoto.storageKey}-500.webp`,
      `${publicPhoto.storageKey.replace(/.$/, (last) => (last === '0' ? '1' : '0'))}-400.webp`,
      '../../etc/passwd',
      `listings/${published.listingId}/../../${publicPhoto.storageKey}-400.webp`,
    ];
    for (const key of unknown) expect((await requestPhoto(key)).status).toBe(404);
  });
});

describe('the public photo view', () => {
  it('renders a public listing’s photos with their widths, text and sizes, and nothing for a draft', async () => {
    const published = await createAdvertiser('PUBLISHED');
    const draft = await createAdvertiser('DRAFT');
    const png = await smallPng();
    for (const alt of ['Façade rénovée', 'Salle de bains']) await addPhoto(published.advertiserId, new Blob([new Uint8Array(png)]), alt);
    await addPhoto(draft.advertiserId, new Blob([new Uint8Array(png)]), 'Photo du brouillon');
    const [first, second] = await photosOf(published.listingId);

    const html = renderToStaticMarkup(await ListingPhotos({ listingId: published.listingId }));
    const images = html.match(/<img [^>]+>/g) ?? [];
    expect(images).toHaveLength(2);
    expect(images[0]).toContain('alt="Façade rénovée"');
    expect(images[0]).toContain(`srcSet="/photos/${first.storageKey}-400.webp 400w, /photos/${first.storageKey}-800.webp 600w"`);
    expect(images[0]).toContain('width="600" height="400"');
    expect(images[0]).toContain('loading="eager"');
    expect(images[1]).toContain('alt="Salle de bains"');
    expect(images[1]).toContain(`/photos/${second.storageKey}-400.webp`);
    expect(images[1]).toContain('loading="lazy"');
    expect(images[1]).toMatch(/sizes="[^"]+"/);

    expect(await ListingPhotos({ listingId: draft.listingId })).toBeNull();
  });
});

describe('the management page', () => {
  it('shows the owner their photos, with the upload form and the text explaining alternative text', async () => {
    const owner = await createAdvertiser('DRAFT');
    await addPhoto(owner.advertiserId, new Blob([new Uint8Array(await smallPng())]), 'Atelier de menuiserie');
    await actAs(owner.userId);
    const html = renderToStaticMarkup(await ListingPhotosPage());
    expect(html).toContain('Photos de mon annonce');
    expect(html).toContain('accept="image/jpeg,image/png,image/webp"');
    expect(html).toMatch(/Texte alternatif/);
    expect(html).toMatch(/aveugles ou malvoyants/);
    expect(html).toContain('value="Atelier de menuiserie"');
    expect(html).toMatch(/Monter.*Descendre.*Supprimer/s);
    expect(html).toContain('href="/espace/annonce"');
  });
});

describe('account deletion', () => {
  it('removes the stored files of the listing’s photos', async () => {
    const owner = await createAdvertiser('PUBLISHED');
    await prisma.user.update({ where: { id: owner.userId }, data: { passwordHash: await hashPassword('quatre mots bien choisis') } });
    expect(await addPhoto(owner.advertiserId, new File([new Uint8Array(await smallPng())], 'a.png', { type: 'image/png' }), 'Une salle de bains rénovée')).toMatchObject({ kind: 'ok' });
    const [photo] = await photosOf(owner.listingId);
    const before = await storedFiles();
    expect(before.some((file) => file.includes(photo.storageKey.split('/').pop()!))).toBe(true);

    expect(await deleteAccount(owner.userId, { currentPassword: 'quatre mots bien choisis' })).toEqual({ kind: 'ok' });

    const after = await storedFiles();
    expect(after.some((file) => file.includes(photo.storageKey.split('/').pop()!))).toBe(false);
  });
});
