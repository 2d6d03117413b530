// The search engine on a seeded database plus listings made for each case: French words without
// accents, plurals and typos, places read inside « Quoi ? », the visibility rule, filters, orders
// and stable pagination; and the visibility rule in the other public reads.
import { prisma } from '@/lib/db/client';
import { getCategoriesWithCounts, getPublishedListingBySlug, getRecentListings } from '@/lib/listings/queries';
import { isListingPublic } from '@/lib/listings/visibility';
import { seedDemo } from '@/lib/seed';
import { DEMO_ADVERTISER } from '@/lib/seed/demo-accounts';
import { generateValidSiret } from '@/lib/siret/checksum';
import { reorderSearchTable } from '@/lib/search/maintenance';
import { searchListings } from '@/lib/search/queries';
import { searchSuggestions } from '@/lib/search/suggestions';
import { parseSearchParams } from '@/lib/search/schema';
import { giveActiveSubscription } from '@/test/support/subscriptions';

const search = (raw: Record<string, string>) => searchListings(parseSearchParams(raw));

/** A made-up word no seeded listing holds: fixtures carry it to be found apart from the seed. */
const MARKER = 'zorglubien';

let siretIndex = 900_000;

type Fixture = {
  slug: string;
  title?: string;
  description?: string;
  categorySlug?: string;
  communeCode?: string;
  status?: 'DRAFT' | 'PUBLISHED' | 'UNPUBLISHED' | 'SUSPENDED';
  siretStatus?: 'PENDING' | 'VERIFIED' | 'CLOSED' | 'NOT_FOUND';
  emailVerified?: boolean;
  rating?: number | null;
  ratingCount?: number;
  publishedAt?: Date;
  serviceAreas?: Array<{ communeCode?: string; departmentCode?: string }>;
  /** false: the advertiser has no subscription (listings are public only while paid for). */
  paid?: boolean;
};

async function createListing(fixture: Fixture): Promise<string> {
  const index = siretIndex++;
  const category = await prisma.category.findUniqueOrThrow({ where: { slug: fixture.categorySlug ?? 'plombier' } });
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
      siret: generateValidSiret(index),
      siretStatus: fixture.siretStatus ?? 'VERIFIED',
    },
  });
  const listing = await prisma.listing.create({
    data: {
      advertiserId: profile.id,
      slug: fixture.slug,
      title: fixture.title ?? `Entreprise ${MARKER} ${fixture.slug}`,
      description: fixture.description ?? `Une annonce de test ${MARKER}.`,
      categoryId: category.id,
      communeCode: fixture.communeCode ?? '75056',
      status: fixture.status ?? 'PUBLISHED',
      publishedAt: fixture.publishedAt ?? new Date('2026-02-01T10:00:00Z'),
      ratingAverage: fixture.rating ?? null,
      ratingCount: fixture.ratingCount ?? (fixture.rating ? 3 : 0),
      serviceAreas: fixture.serviceAreas ? { create: fixture.serviceAreas } : undefined,
    },
  });
  if (fixture.paid !== false) await giveActiveSubscription(profile.id);
  return listing.id;
}

beforeAll(async () => {
  await seedDemo({ listings: 40 });
  await createListing({
    slug: 'electricite-zorglub-lyon',
    title: 'Électricité Zorglub — dépannage et tableaux',
    description: 'Mise aux normes et dépannage électrique à Lyon.',
    categorySlug: 'electricien',
    communeCode: '69123',
  });
}, 300_000);

describe('French words: accents, plurals, typos', () => {
  it.each(['electricien', 'électriciens', 'electrcien'])('« %s » finds the electricians first', async (q) => {
    const result = await search({ q });
    expect(result.total).toBeGreaterThan(0);
    expect(result.listings[0].categoryName).toBe('Électricien');
    expect(result.listings.map((listing) => listing.slug)).toContain('electricite-zorglub-lyon');
  });

  it('ranks a title match above a description-only match', async () => {
    await createListing({ slug: 'rank-title', title: `Atelier ${MARKER} cuivre`, description: 'Rien de plus.' });
    await createListing({ slug: 'rank-description', title: 'Atelier anonyme', description: `Nous travaillons le ${MARKER}.` });
    const result = await search({ q: MARKER });
    const slugs = result.listings.map((listing) => listing.slug);
    expect(slugs.indexOf('rank-title')).toBeLessThan(slugs.indexOf('rank-description'));
    expect(slugs.indexOf('rank-description')).toBeGreaterThanOrEqual(0);
  });

  it('reads a misspelt title word by trigram similarity when nothing else matches', async () => {
    await createListing({ slug: 'typo-title', title: 'Ébénisterie Grandjouan — meubles', categorySlug: 'menuisier' });
    const result = await search({ q: 'grandjoan' });
    expect(result.listings.map((listing) => listing.slug)).toContain('typo-title');
  });

  it('finds nothing for gibberish, and takes quotes and operators as plain text', async () => {
    expect((await search({ q: 'zzzyyyxxx' })).total).toBe(0);
    await expect(search({ q: `plombier') ; DROP TABLE "Listing" -- & | ! <->` })).resolves.toBeDefined();
    expect(await prisma.listing.count()).toBeGreaterThan(0);
  });
});

describe('places', () => {
  it.each(['plombier 68000', 'plombier colmar', 'Plombier Colmar'])('« %s » finds the plumbers near Colmar', async (q) => {
    const result = await search({ q });
    expect(result.place).toEqual({ label: 'Colmar (68)', fromQuery: true });
    expect(result.listings[0].slug).toBe(DEMO_ADVERTISER.listingSlug);
    for (const listing of result.listings) expect(listing.categoryName).toBe('Plombier');
  });

  it('matches a commune through the listing’s commune, a served commune or a served department', async () => {
    await createListing({ slug: 'place-located', communeCode: '68224' });
    await createListing({ slug: 'place-serves-commune', communeCode: '67482', serviceAreas: [{ communeCode: '68224' }] });
    await createListing({ slug: 'place-serves-department', communeCode: '67482', serviceAreas: [{ departmentCode: '68' }] });
    await createListing({ slug: 'place-elsewhere', communeCode: '67482', serviceAreas: [{ departmentCode: '67' }] });
    const result = await search({ q: MARKER, lieu: 'Mulhouse' });
    const slugs = result.listings.map((listing) => listing.slug);
    expect(slugs).toEqual(expect.arrayContaining(['place-located', 'place-serves-commune', 'place-serves-department']));
    expect(slugs).not.toContain('place-elsewhere');
    // Located there ranks first among equal texts.
    expect(slugs[0]).toBe('place-located');

    const byDepartment = (await search({ q: MARKER, lieu: '68' })).listings.map((listing) => listing.slug);
    expect(byDepartment).toEqual(expect.arrayContaining(['place-located', 'place-serves-commune', 'place-serves-department']));
    expect(byDepartment).not.toContain('place-elsewhere');
    const byName = (await search({ q: MARKER, lieu: 'Haut-Rhin' })).listings.map((listing) => listing.slug);
    expect(byName.sort()).toEqual(byDepartment.sort());
  });

  it('finds nothing for a place it does not know', async () => {
    const result = await search({ q: 'plombier', lieu: 'Atlantide' });
    expect(result).toMatchObject({ total: 0, unknownPlace: true });
  });
});

describe('visibility rule', () => {
  const cases: Array<[string, Partial<Fixture>]> = [
    ['an unverified e-mail', { emailVerified: false }],
    ['a closed SIRET', { siretStatus: 'CLOSED' }],
    ['a draft', { status: 'DRAFT' }],
    ['an unpublished listing', { status: 'UNPUBLISHED' }],
    ['a suspended listing', { status: 'SUSPENDED' }],
    ['an advertiser without a subscription', { paid: false }],
  ];

  it('shows a listing that meets every condition, with a pending SIRET too', async () => {
    await createListing({ slug: 'visible-control', title: 'Quetzalcoatl Plomberie', siretStatus: 'PENDING' });
    expect((await search({ q: 'quetzalcoatl' })).listings.map((listing) => listing.slug)).toEqual(['visible-control']);
    expect(await getPublishedListingBySlug('visible-control')).not.toBeNull();
  });

  it.each(cases)('hides %s everywhere', async (_label, fixture) => {
    const slug = `hidden-${Object.entries(fixture).flat().join('-')}`.toLowerCase();
    const categoryBefore = (await getCategoriesWithCounts()).find((category) => category.slug === 'traducteur')!;
    await createListing({
      slug,
      title: `Hiddenword ${slug}`,
      categorySlug: 'traducteur',
      publishedAt: new Date('2030-01-01'),
      ...fixture,
    });
    expect((await search({ q: `hiddenword ${slug}` })).total).toBe(0);
    expect((await search({ categorie: 'traducteur' })).listings.map((listing) => listing.slug)).not.toContain(slug);
    expect(await getPublishedListingBySlug(slug)).toBeNull();
    expect((await getRecentListings(50)).map((listing) => listing.slug)).not.toContain(slug);
    const categoryAfter = (await getCategoriesWithCounts()).find((category) => category.slug === 'traducteur')!;
    expect(categoryAfter.publishedCount).toBe(categoryBefore.publishedCount);
    expect((await searchSuggestions({ q: 'hiddenword' })).map((suggestion) => suggestion.href)).not.toContain(`/annonce/${slug}`);
  });

  it('decides the same for a loaded listing', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const listing = {
      status: 'PUBLISHED' as const,
      advertiser: {
        siretStatus: 'VERIFIED' as const,
        user: { emailVerifiedAt: new Date() },
        subscriptions: [{ publicUntil: new Date('2026-06-01T12:00:01Z') }],
      },
    };
    expect(isListingPublic(listing, now)).toBe(true);
    expect(isListingPublic({ ...listing, advertiser: { ...listing.advertiser, subscriptions: [] } }, now)).toBe(false);
    expect(
      isListingPublic({ ...listing, advertiser: { ...listing.advertiser, subscriptions: [{ publicUntil: now }, { publicUntil: null }] } }, now),
    ).toBe(false);
    expect(isListingPublic({ ...listing, status: 'DRAFT' })).toBe(false);
    expect(isListingPublic({ ...listing, advertiser: { ...listing.advertiser, siretStatus: 'CLOSED' } })).toBe(false);
    expect(isListingPublic({ ...listing, advertiser: { ...listing.advertiser, user: { emailVerifiedAt: null } } })).toBe(false);
  });

  it('lets every seeded listing that is published be public (the seed verifies e-mails)', async () => {
    const published = await prisma.listing.count({ where: { status: 'PUBLISHED', advertiser: { siretStatus: { not: 'CLOSED' } } } });
    const visible = (await search({})).total;
    const hiddenFixtures = await prisma.listing.count({
      where: { status: 'PUBLISHED', advertiser: { siretStatus: { not: 'CLOSED' }, user: { emailVerifiedAt: null } } },
    });
    // The seed gives every published listing a running subscription: only the unpaid fixture lacks one.
    const unpaidFixtures = await prisma.listing.count({
      where: {
        status: 'PUBLISHED',
        advertiser: {
          siretStatus: { not: 'CLOSED' },
          user: { emailVerifiedAt: { not: null } },
          subscriptions: { none: { publicUntil: { gt: new Date() } } },
        },
      },
    });
    expect(unpaidFixtures).toBe(1);
    expect(visible).toBe(published - hiddenFixtures - unpaidFixtures);
    expect(await getPublishedListingBySlug(DEMO_ADVERTISER.listingSlug)).not.toBeNull();
  });
});

describe('filters, orders and pages', () => {
  const PAGED = 47;

  beforeAll(async () => {
    // Same text, same date, same rating: only the tie-breaker orders them.
    for (let i = 0; i < PAGED; i++) {
      await createListing({
        slug: `page-${String(i).padStart(2, '0')}`,
        title: `Kiwano ${i % 3 === 0 ? 'vert' : 'jaune'}`,
        categorySlug: i % 2 === 0 ? 'traiteur' : 'patissier',
        rating: i < 5 ? 4.8 : i < 20 ? 3.5 : null,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + (i % 4))),
      });
    }
  });

  it('filters by category and minimum rating', async () => {
    const traiteur = await search({ q: 'kiwano', categorie: 'traiteur' });
    expect(traiteur.total).toBe(Math.ceil(PAGED / 2));
    for (const listing of traiteur.listings) expect(listing.categorySlug).toBe('traiteur');
    const rated = await search({ q: 'kiwano', note: '4' });
    expect(rated.total).toBe(5);
    const rated35 = await search({ q: 'kiwano', note: '3,5' });
    expect(rated35.total).toBe(20);
  });

  it('sorts by rating and by date', async () => {
    const byRating = await search({ q: 'kiwano', tri: 'note' });
    const ratings = byRating.listings.map((listing) => listing.ratingAverage ?? -1);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(byRating.sort).toBe('note');
    const recent = await search({ q: 'kiwano', tri: 'recent' });
    const slugs = recent.listings.map((listing) => listing.slug);
    const dates = await prisma.listing.findMany({ where: { slug: { in: slugs } }, select: { slug: true, publishedAt: true } });
    const time = (slug: string) => dates.find((row) => row.slug === slug)!.publishedAt!.getTime();
    for (let i = 1; i < slugs.length; i++) expect(time(slugs[i - 1])).toBeGreaterThanOrEqual(time(slugs[i]));
    expect((await search({ q: 'kiwano' })).sort).toBe('pertinence');
    expect((await search({ categorie: 'traiteur' })).sort).toBe('recent');
  });

  it.each(['pertinence', 'note', 'recent'])('pages through every result once, in the same order each time (%s)', async (tri) => {
    const first = await search({ q: 'kiwano', tri });
    expect(first.total).toBe(PAGED);
    expect(first.pageCount).toBe(3);
    const pages = [first, await search({ q: 'kiwano', tri, page: '2' }), await search({ q: 'kiwano', tri, page: '3' })];
    const slugs = pages.flatMap((page) => page.listings.map((listing) => listing.slug));
    expect(slugs).toHaveLength(PAGED);
    expect(new Set(slugs).size).toBe(PAGED);
    const again = await search({ q: 'kiwano', tri, page: '2' });
    expect(again.listings.map((listing) => listing.slug)).toEqual(pages[1].listings.map((listing) => listing.slug));
  });

  it('counts the results of a page past the end', async () => {
    const result = await search({ q: 'kiwano', page: '9' });
    expect(result).toMatchObject({ listings: [], total: PAGED, pageCount: 3 });
  });
});

describe('suggestions', () => {
  it('suggests categories (even misspelt), communes and public listings, at most 8', async () => {
    const trade = await searchSuggestions({ q: 'electrcien' });
    expect(trade[0]).toMatchObject({ kind: 'categorie', label: 'Électricien', href: '/recherche?categorie=electricien' });
    const place = await searchSuggestions({ q: 'plombier colm' });
    expect(place).toContainEqual(
      expect.objectContaining({ kind: 'commune', label: 'plombier à Colmar', href: '/recherche?q=plombier&lieu=Colmar' }),
    );
    const listing = await searchSuggestions({ q: 'zorglub' });
    expect(listing).toContainEqual(expect.objectContaining({ kind: 'annonce', href: '/annonce/electricite-zorglub-lyon' }));
    expect((await searchSuggestions({ q: 'kiwano' })).length).toBeLessThanOrEqual(8);
  });
});

describe('the search rows follow the listings (database triggers)', () => {
  const slugsFor = async (raw: Record<string, string>) => (await search(raw)).listings.map((listing) => listing.slug);

  it('weighs name > category > pitch > description', async () => {
    const word = 'xylophonique';
    await createListing({ slug: 'weight-description', title: 'Atelier Dupré', description: `Un travail ${word}.` });
    await createListing({ slug: 'weight-title', title: `Atelier ${word}`, description: 'Rien de plus.' });
    const pitched = await createListing({ slug: 'weight-pitch', title: 'Atelier Durand', description: 'Rien de plus.' });
    await prisma.listing.update({ where: { id: pitched }, data: { pitch: `Le savoir-faire ${word}.` } });
    expect(await slugsFor({ q: word })).toEqual(['weight-title', 'weight-pitch', 'weight-description']);
  });

  it('follows edits of the title, the pitch and the category, and a renamed category', async () => {
    const id = await createListing({ slug: 'edited', title: 'Atelier Ornithorynque', categorySlug: 'plombier' });
    await prisma.listing.update({ where: { id }, data: { title: 'Atelier Tamanoir', pitch: 'Spécialiste ocelot.' } });
    expect(await slugsFor({ q: 'ornithorynque' })).not.toContain('edited');
    expect(await slugsFor({ q: 'tamanoir ocelot' })).toEqual(['edited']);

    const traducteur = await prisma.category.findUniqueOrThrow({ where: { slug: 'traducteur' } });
    await prisma.listing.update({ where: { id }, data: { categoryId: traducteur.id } });
    expect(await slugsFor({ q: 'tamanoir', categorie: 'traducteur' })).toEqual(['edited']);
    await prisma.category.update({ where: { id: traducteur.id }, data: { name: 'Interprète' } });
    try {
      expect(await slugsFor({ q: 'tamanoir interprete' })).toEqual(['edited']);
    } finally {
      await prisma.category.update({ where: { id: traducteur.id }, data: { name: traducteur.name } });
    }
  });

  it('follows service areas added, changed and removed', async () => {
    const id = await createListing({ slug: 'areas-follow', communeCode: '67482' });
    const inMulhouse = async () => (await slugsFor({ q: MARKER, lieu: 'Mulhouse' })).includes('areas-follow');
    expect(await inMulhouse()).toBe(false);
    const area = await prisma.listingServiceArea.create({ data: { listingId: id, communeCode: '68224' } });
    expect(await inMulhouse()).toBe(true);
    await prisma.listingServiceArea.update({ where: { id: area.id }, data: { communeCode: null, departmentCode: '67' } });
    expect(await inMulhouse()).toBe(false);
    await prisma.listingServiceArea.update({ where: { id: area.id }, data: { departmentCode: '68' } });
    expect(await inMulhouse()).toBe(true);
    await prisma.listingServiceArea.delete({ where: { id: area.id } });
    expect(await inMulhouse()).toBe(false);
  });

  it('shows and hides a listing when its advertiser’s SIRET or e-mail verification changes', async () => {
    const id = await createListing({ slug: 'visibility-follows', title: 'Atelier Okapi' });
    const listing = await prisma.listing.findUniqueOrThrow({ where: { id }, include: { advertiser: true } });
    const found = async () => (await slugsFor({ q: 'okapi' })).includes('visibility-follows');
    expect(await found()).toBe(true);
    await prisma.advertiserProfile.update({ where: { id: listing.advertiserId }, data: { siretStatus: 'CLOSED' } });
    expect(await found()).toBe(false);
    await prisma.advertiserProfile.update({ where: { id: listing.advertiserId }, data: { siretStatus: 'VERIFIED' } });
    expect(await found()).toBe(true);
    await prisma.user.update({ where: { id: listing.advertiser.userId }, data: { emailVerifiedAt: null } });
    expect(await found()).toBe(false);
    await prisma.user.update({ where: { id: listing.advertiser.userId }, data: { emailVerifiedAt: new Date() } });
    expect(await found()).toBe(true);
    await prisma.listing.update({ where: { id }, data: { status: 'SUSPENDED' } });
    expect(await found()).toBe(false);
  });

  it('keeps one search row per listing whose flag agrees with the visibility rule', async () => {
    const listings = await prisma.listing.findMany({
      select: {
        id: true,
        status: true,
        search: { select: { visible: true, publicUntil: true } },
        advertiser: {
          select: { siretStatus: true, user: { select: { emailVerifiedAt: true } }, subscriptions: { select: { publicUntil: true } } },
        },
      },
    });
    expect(listings.length).toBeGreaterThan(40);
    const now = new Date();
    for (const listing of listings) {
      const rowPublic = Boolean(listing.search?.visible && listing.search.publicUntil && listing.search.publicUntil > now);
      expect(rowPublic).toBe(isListingPublic(listing, now));
    }
    const removed = listings[listings.length - 1].id;
    await prisma.listing.delete({ where: { id: removed } });
    expect(await prisma.listingSearch.count({ where: { listingId: removed } })).toBe(0);
  });
});

describe('nightly maintenance', () => {
  it('reorders the search table without losing or changing a result', async () => {
    const before = await search({ q: 'plombier' });
    await reorderSearchTable();
    const after = await search({ q: 'plombier' });
    expect(after).toEqual(before);
  });
});
