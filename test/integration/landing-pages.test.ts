// Landing pages /[categorie]/[lieu] and the sitemap on real PostgreSQL: a commune page lists the
// category's public listings located there, serving it or serving its department, and nothing hidden;
// unknown pairs are a 404; the sitemap lists public listings and non-empty landing pages only, in
// chunks that together hold every URL once; the home page's latest reviews come from public listings.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
// Outside a Next.js request there is no request scope for `connection()` to wait on.
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => undefined }));
/* eslint-enable @typescript-eslint/no-require-imports */

import LandingPage, { generateMetadata } from '@/app/(public)/[categorie]/[lieu]/page';
import { prisma } from '@/lib/db/client';
import { getLatestReviews } from '@/lib/reviews/latest';
import { getLandingListings, getNearbyCommunes, resolveLanding, type Landing } from '@/lib/seo/landing-pages';
import { sitemapChunk, sitemapChunkCount, STATIC_PATHS } from '@/lib/seo/sitemap';
import { generateValidSiret } from '@/lib/siret/checksum';
import { NOT_FOUND } from '@/test/support/acting-as';
import { giveActiveSubscription } from '@/test/support/subscriptions';

const APP_URL = 'http://localhost:3000';
let siretIndex = 700_000;

type Fixture = {
  slug: string;
  category?: 'plombier' | 'electricien';
  communeCode: string;
  status?: 'DRAFT' | 'PUBLISHED';
  siretStatus?: 'VERIFIED' | 'CLOSED';
  emailVerified?: boolean;
  serviceAreas?: Array<{ communeCode?: string; departmentCode?: string }>;
  publishedAt?: Date;
  /** false: no subscription, so never public. */
  paid?: boolean;
};

async function createListing(fixture: Fixture): Promise<string> {
  const category = await prisma.category.findUniqueOrThrow({ where: { slug: fixture.category ?? 'plombier' } });
  const user = await prisma.user.create({
    data: {
      email: `${fixture.slug}@test.jauto-entreprends.fr`,
      passwordHash: 'not-a-real-hash',
      emailVerifiedAt: fixture.emailVerified === false ? null : new Date('2026-01-01'),
    },
  });
  const profile = await prisma.advertiserProfile.create({
    data: {
      userId: user.id,
      fullName: 'Test Annonceur',
      addressLine: '1 rue du Test',
      postalCode: '68000',
      city: 'Colmar',
      communeCode: '68066',
      phone: '+33600000000',
      siret: generateValidSiret(siretIndex++),
      siretStatus: fixture.siretStatus ?? 'VERIFIED',
    },
  });
  const listing = await prisma.listing.create({
    data: {
      advertiserId: profile.id,
      slug: fixture.slug,
      title: `Entreprise ${fixture.slug}`,
      description: 'Une annonce de test.',
      categoryId: category.id,
      communeCode: fixture.communeCode,
      status: fixture.status ?? 'PUBLISHED',
      publishedAt: fixture.publishedAt ?? new Date('2026-02-01T10:00:00Z'),
      serviceAreas: fixture.serviceAreas ? { create: fixture.serviceAreas } : undefined,
    },
  });
  if (fixture.paid !== false) await giveActiveSubscription(profile.id);
  return listing.id;
}

const slugsOf = (listings: Array<{ slug: string }>) => listings.map((listing) => listing.slug).sort();

async function landing(categorySlug: string, placeSlug: string): Promise<Landing> {
  const found = await resolveLanding(categorySlug, placeSlug);
  if (!found) throw new Error(`No landing page for ${categorySlug}/${placeSlug}`);
  return found;
}

const pageProps = (categorie: string, lieu: string, search: Record<string, string> = {}) => ({
  params: Promise.resolve({ categorie, lieu }),
  searchParams: Promise.resolve(search),
});

let visibleId: string;

beforeAll(async () => {
  await prisma.department.createMany({
    data: [
      { code: '67', name: 'Bas-Rhin', slug: 'bas-rhin-67' },
      { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin-68' },
    ],
  });
  await prisma.commune.createMany({
    data: [
      { code: '68066', name: 'Colmar', slug: 'colmar', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
      { code: '68224', name: 'Mulhouse', slug: 'mulhouse', departmentCode: '68', postalCodes: ['68100', '68200'], population: 105000 },
      { code: '68338', name: 'Turckheim', slug: 'turckheim', departmentCode: '68', postalCodes: ['68230'], population: 3800 },
      { code: '68297', name: 'Ribeauvillé', slug: 'ribeauville', departmentCode: '68', postalCodes: ['68150'], population: 4700 },
      { code: '67482', name: 'Strasbourg', slug: 'strasbourg', departmentCode: '67', postalCodes: ['67000'], population: 287000 },
      { code: '67462', name: 'Sélestat', slug: 'selestat', departmentCode: '67', postalCodes: ['67600'], population: 19000 },
    ],
  });
  await prisma.category.createMany({
    data: [
      { slug: 'plombier', name: 'Plombier', description: 'Dépannage et installation de plomberie.', position: 1 },
      { slug: 'electricien', name: 'Électricien', description: 'Installation et dépannage électrique.', position: 2 },
    ],
  });

  // Public plumbers: in Colmar; in Mulhouse serving Colmar; in Strasbourg serving all of the 68;
  // in Strasbourg serving Turckheim only; in Strasbourg serving the 67 only.
  visibleId = await createListing({ slug: 'located-colmar', communeCode: '68066' });
  await createListing({ slug: 'serves-colmar', communeCode: '68224', serviceAreas: [{ communeCode: '68066' }] });
  await createListing({ slug: 'serves-68', communeCode: '67482', serviceAreas: [{ departmentCode: '68' }] });
  await createListing({ slug: 'serves-turckheim', communeCode: '67482', serviceAreas: [{ communeCode: '68338' }] });
  await createListing({ slug: 'strasbourg-only', communeCode: '67482', serviceAreas: [{ departmentCode: '67' }] });
  // Another category in Colmar.
  await createListing({ slug: 'electricien-colmar', category: 'electricien', communeCode: '68066' });
  // Hidden plumbers in Colmar, and hidden listings that are alone in their place and category.
  await createListing({ slug: 'hidden-draft', communeCode: '68066', status: 'DRAFT' });
  await createListing({ slug: 'hidden-closed', communeCode: '68066', siretStatus: 'CLOSED' });
  await createListing({ slug: 'hidden-unverified', communeCode: '68066', emailVerified: false });
  await createListing({ slug: 'hidden-unpaid', communeCode: '68066', paid: false });
  await createListing({ slug: 'hidden-selestat', category: 'electricien', communeCode: '67462', siretStatus: 'CLOSED' });
  await createListing({
    slug: 'hidden-ribeauville',
    communeCode: '67482',
    status: 'DRAFT',
    serviceAreas: [{ communeCode: '68297' }],
  });
});

describe('landing pages', () => {
  it('a commune page lists the listings located there, serving it or serving its department, and nothing hidden', async () => {
    const colmar = await landing('plombier', 'colmar');
    expect(colmar.place).toMatchObject({ kind: 'commune', code: '68066', department: { code: '68', slug: 'haut-rhin-68' } });
    const results = await getLandingListings(colmar, 1);
    expect(slugsOf(results.listings)).toEqual(['located-colmar', 'serves-68', 'serves-colmar']);
    expect(results.total).toBe(3);
    expect(results.listings.every((listing) => listing.categorySlug === 'plombier')).toBe(true);
  });

  it('a department page lists the listings located in it, serving it or serving one of its communes', async () => {
    const hautRhin = await landing('plombier', 'haut-rhin-68');
    expect(hautRhin.place).toMatchObject({ kind: 'department', code: '68' });
    const results = await getLandingListings(hautRhin, 1);
    expect(slugsOf(results.listings)).toEqual(['located-colmar', 'serves-68', 'serves-colmar', 'serves-turckheim']);
  });

  it('links to the other communes of the department that have listings of the category, largest first', async () => {
    const nearby = await getNearbyCommunes(await landing('plombier', 'colmar'));
    // Ribeauvillé is served only by a draft listing: no page of its own in the links.
    expect(nearby.map((commune) => commune.slug)).toEqual(['mulhouse', 'turckheim']);
    const fromDepartment = await getNearbyCommunes(await landing('plombier', 'haut-rhin-68'));
    expect(fromDepartment.map((commune) => commune.slug)).toEqual(['mulhouse', 'colmar', 'turckheim']);
  });

  it('answers unknown pairs and malformed slugs with a 404', async () => {
    expect(await resolveLanding('plombier', 'atlantide')).toBeNull();
    expect(await resolveLanding('astronaute', 'colmar')).toBeNull();
    expect(await resolveLanding('PLOMBIER', 'colmar')).toBeNull();
    expect(await resolveLanding('plombier', "colmar'; --")).toBeNull();
    await expect(LandingPage(pageProps('plombier', 'atlantide'))).rejects.toThrow(NOT_FOUND);
    await expect(generateMetadata(pageProps('astronaute', 'colmar'))).rejects.toThrow(NOT_FOUND);
  });

  it('gives a page with listings a canonical URL and Open Graph, and keeps an empty page out of the index', async () => {
    const full = await generateMetadata(pageProps('plombier', 'colmar'));
    expect(full.title).toBe('Plombiers à Colmar\u00a0(68)');
    expect(full.alternates?.canonical).toBe('/plombier/colmar');
    expect(full.openGraph).toMatchObject({ url: '/plombier/colmar', locale: 'fr_FR', siteName: 'Jauto-entreprends' });
    expect(full.robots).toBeUndefined();

    const empty = await generateMetadata(pageProps('electricien', 'mulhouse'));
    expect(empty.robots).toEqual({ index: false, follow: true });
    // The empty page still renders.
    await expect(LandingPage(pageProps('electricien', 'mulhouse'))).resolves.toBeDefined();

    const pastTheEnd = await generateMetadata(pageProps('plombier', 'colmar', { page: '9' }));
    expect(pastTheEnd.robots).toEqual({ index: false, follow: true });
  });
});

describe('sitemap', () => {
  const landingUrls = (urls: string[]) =>
    urls.filter((url) => !url.includes('/annonce/') && !STATIC_PATHS.some((path) => url === `${APP_URL}${path}`)).sort();

  it('lists the static pages, the public listings and the landing pages that have listings, and nothing else', async () => {
    const urls = (await sitemapChunk(0)).map((entry) => entry.url);
    for (const path of STATIC_PATHS) expect(urls).toContain(new URL(path, APP_URL).toString());

    const listings = urls.filter((url) => url.includes('/annonce/')).sort();
    expect(listings).toEqual(
      ['electricien-colmar', 'located-colmar', 'serves-68', 'serves-colmar', 'serves-turckheim', 'strasbourg-only'].map(
        (slug) => `${APP_URL}/annonce/${slug}`,
      ),
    );

    expect(landingUrls(urls)).toEqual(
      [
        '/electricien/colmar',
        '/electricien/haut-rhin-68',
        '/plombier/bas-rhin-67',
        '/plombier/colmar',
        '/plombier/haut-rhin-68',
        '/plombier/mulhouse',
        '/plombier/strasbourg',
        '/plombier/turckheim',
      ].map((path) => `${APP_URL}${path}`),
    );
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('splits the URLs into chunks of the given size that together hold each URL once', async () => {
    const all = (await sitemapChunk(0)).map((entry) => entry.url);
    const size = 4;
    const count = await sitemapChunkCount(size);
    expect(count).toBe(Math.ceil(all.length / size));
    const chunks = [];
    for (let index = 0; index < count; index++) chunks.push((await sitemapChunk(index, size)).map((entry) => entry.url));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(size);
    expect(chunks.flat()).toEqual(all);
    expect(await sitemapChunk(count, size)).toEqual([]);
  });

  it('drops a listing, and a landing page left empty, as soon as the listing is hidden', async () => {
    await prisma.listing.update({ where: { slug: 'electricien-colmar' }, data: { status: 'UNPUBLISHED' } });
    const urls = (await sitemapChunk(0)).map((entry) => entry.url);
    expect(urls).not.toContain(`${APP_URL}/annonce/electricien-colmar`);
    expect(urls).not.toContain(`${APP_URL}/electricien/colmar`);
    await prisma.listing.update({ where: { slug: 'electricien-colmar' }, data: { status: 'PUBLISHED' } });
  });
});

describe('latest reviews on the home page', () => {
  it('shows published reviews of public listings only, newest first, with the author’s first name and initial', async () => {
    const hiddenId = (await prisma.listing.findUniqueOrThrow({ where: { slug: 'hidden-closed' } })).id;
    const review = (listingId: string, authorName: string, status: 'PUBLISHED' | 'PENDING', day: number) => ({
      listingId,
      authorName,
      authorEmail: `${day}@client.test`,
      rating: 5,
      title: `Avis ${day}`,
      body: 'Travail soigné. '.repeat(20),
      experienceDate: new Date('2026-01-10'),
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00Z`) : null,
    });
    await prisma.review.createMany({
      data: [
        review(visibleId, 'Marie Dupont', 'PUBLISHED', 1),
        review(visibleId, 'Jean-Pierre  de la Tour', 'PUBLISHED', 2),
        review(visibleId, 'Pending Person', 'PENDING', 3),
        review(hiddenId, 'Hidden Listing', 'PUBLISHED', 4),
      ],
    });
    const latest = await getLatestReviews(6);
    expect(latest.map((item) => item.title)).toEqual(['Avis 2', 'Avis 1']);
    expect(latest.map((item) => item.author)).toEqual(['Jean-Pierre D.', 'Marie D.']);
    expect(latest[0].excerpt.length).toBeLessThanOrEqual(180);
    expect(latest[0].excerpt.endsWith('…')).toBe(true);
    expect(latest[0].listing).toMatchObject({ slug: 'located-colmar', communeName: 'Colmar', departmentCode: '68' });
  });
});
