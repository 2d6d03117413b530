// Listing statistics on real PostgreSQL: robots and the advertiser's own visits are not counted, a
// browser counts once per call on the Paris calendar day, the 30/90-day series are dense, each
// advertiser only ever reads their own listing's figures; and « Afficher le numéro » answers only for a
// public listing that shows its phone, counts one reveal, and is rate-limited per address.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { NextRequest } from 'next/server';
import { renderToStaticMarkup } from 'react-dom/server';
import { POST as revealPhone } from '@/app/api/annonces/[slug]/telephone/route';
import StatisticsPage from '@/app/espace/statistiques/page';
import { prisma } from '@/lib/db/client';
import {
  countInquiry,
  getListingStats,
  isCountableUserAgent,
  parisDay,
  recordListingView,
  recordPhoneReveal,
} from '@/lib/listings/stats';
import { getRatingDistribution } from '@/lib/reviews/queries';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { generateValidSiret } from '@/lib/siret/checksum';
import { actAnonymously, actAs, REDIRECT } from '@/test/support/acting-as';
import { giveActiveSubscription } from '@/test/support/subscriptions';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let fixtureIndex = 0;
let categoryId = '';

type ListingFixture = {
  status?: 'DRAFT' | 'PUBLISHED' | 'UNPUBLISHED' | 'SUSPENDED';
  showPhone?: boolean;
  emailVerified?: boolean;
  withListing?: boolean;
};

async function createAdvertiser(fixture: ListingFixture = {}) {
  fixtureIndex += 1;
  const user = await prisma.user.create({
    data: {
      email: `annonceur.${fixtureIndex}@exemple.fr`,
      passwordHash: 'not-a-real-hash',
      emailVerifiedAt: fixture.emailVerified === false ? null : new Date('2026-01-01'),
    },
  });
  const profile = await prisma.advertiserProfile.create({
    data: {
      userId: user.id,
      fullName: 'Camille Martin',
      addressLine: '3 rue des Clefs',
      postalCode: '68000',
      city: 'Colmar',
      communeCode: '68066',
      phone: '+33612345678',
      siret: generateValidSiret(5000 + fixtureIndex),
      siretStatus: 'VERIFIED',
    },
  });
  const listing =
    fixture.withListing === false
      ? null
      : await prisma.listing.create({
          data: {
            advertiserId: profile.id,
            slug: `plombier-colmar-${fixtureIndex}`,
            title: `Plomberie ${fixtureIndex}`,
            description: 'Dépannage et installation.',
            categoryId,
            communeCode: '68066',
            status: fixture.status ?? 'PUBLISHED',
            publishedAt: new Date('2026-01-02'),
            showPhone: fixture.showPhone ?? true,
          },
        });
  await giveActiveSubscription(profile.id);
  return { userId: user.id, advertiserId: profile.id, listing };
}

async function statDays(listingId: string) {
  return prisma.listingStatDay.findMany({ where: { listingId }, orderBy: { day: 'asc' } });
}

function revealRequest(slug: string, { userAgent = FIREFOX, ip = '198.51.100.20' } = {}) {
  const request = new NextRequest(`http://localhost/api/annonces/${slug}/telephone`, {
    method: 'POST',
    headers: { 'user-agent': userAgent, 'x-forwarded-for': ip },
  });
  return revealPhone(request, { params: Promise.resolve({ slug }) });
}

beforeAll(async () => {
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
  ({ id: categoryId } = await prisma.category.create({
    data: { slug: 'plombier', name: 'Plombier', description: 'Plomberie et chauffage' },
  }));
});

beforeEach(() => actAnonymously());

describe('who counts', () => {
  it('tells browsers from robots, scripts and requests without a user agent', () => {
    expect(isCountableUserAgent(FIREFOX)).toBe(true);
    expect(isCountableUserAgent(IPHONE)).toBe(true);
    for (const robot of [
      GOOGLEBOT,
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'WhatsApp/2.23.20.0 A',
      '',
      null,
      undefined,
    ]) {
      expect(isCountableUserAgent(robot)).toBe(false);
    }
  });

  it('counts a browser once per call, but neither a robot, nor no user agent, nor the advertiser', async () => {
    const { userId, listing } = await createAdvertiser();
    const visitor = await createAdvertiser();
    const now = new Date('2026-11-20T10:00:00Z');

    expect(await recordListingView(listing!.id, { userAgent: GOOGLEBOT, viewerUserId: null, now })).toBe(false);
    expect(await recordListingView(listing!.id, { userAgent: null, viewerUserId: null, now })).toBe(false);
    expect(await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: userId, now })).toBe(false);
    expect(await statDays(listing!.id)).toEqual([]);

    expect(await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: null, now })).toBe(true);
    expect(await recordListingView(listing!.id, { userAgent: IPHONE, viewerUserId: undefined, now })).toBe(true);
    // Another advertiser browsing the site is a visitor like any other.
    expect(await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: visitor.userId, now })).toBe(true);
    expect(await recordPhoneReveal(listing!.id, { userAgent: FIREFOX, viewerUserId: userId, now })).toBe(false);
    expect(await recordPhoneReveal(listing!.id, { userAgent: FIREFOX, viewerUserId: null, now })).toBe(true);

    expect(await statDays(listing!.id)).toEqual([
      expect.objectContaining({ day: new Date('2026-11-20T00:00:00Z'), views: 3, phoneReveals: 1, inquiries: 0 }),
    ]);
  });

  it('files a visit under the day it is in Paris', async () => {
    const { listing } = await createAdvertiser();
    // 23:30 UTC on 26 November is already 00:30 on 27 November in Paris (UTC+1 in winter)…
    await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: null, now: new Date('2026-11-26T23:30:00Z') });
    // … and 22:30 UTC on 14 July is 00:30 on 15 July (UTC+2 in summer).
    await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: null, now: new Date('2026-07-14T22:30:00Z') });
    expect(parisDay(new Date('2026-11-26T22:59:59Z'))).toBe('2026-11-26');
    expect((await statDays(listing!.id)).map((row) => row.day.toISOString().slice(0, 10))).toEqual([
      '2026-07-15',
      '2026-11-27',
    ]);
  });

  it('counts an inquiry inside the caller’s transaction', async () => {
    const { listing } = await createAdvertiser();
    const now = new Date('2026-11-20T10:00:00Z');
    await prisma.$transaction(async (tx) => {
      await countInquiry(tx, listing!.id, now);
      await countInquiry(tx, listing!.id, now);
    });
    expect(await statDays(listing!.id)).toEqual([expect.objectContaining({ inquiries: 2, views: 0 })]);
  });
});

describe('getListingStats', () => {
  const now = new Date('2026-11-27T09:00:00Z');

  it('returns every day of the period, oldest first and ending today, with zeros where nothing happened', async () => {
    const { advertiserId, listing } = await createAdvertiser();
    const at = (iso: string) => ({ userAgent: FIREFOX, viewerUserId: null, now: new Date(iso) });
    await recordListingView(listing!.id, at('2026-11-27T08:00:00Z'));
    await recordListingView(listing!.id, at('2026-11-27T08:05:00Z'));
    await recordPhoneReveal(listing!.id, at('2026-11-10T12:00:00Z'));
    await recordListingView(listing!.id, at('2026-10-29T12:00:00Z')); // first day of the 30
    await recordListingView(listing!.id, at('2026-10-28T12:00:00Z')); // one day too old for 30
    await countInquiry(prisma, listing!.id, new Date('2026-09-01T12:00:00Z'));

    const month = await getListingStats(advertiserId, 30, now);
    expect(month?.listing.id).toBe(listing!.id);
    expect(month?.series).toHaveLength(30);
    expect(month?.series[0]).toEqual({ day: new Date('2026-10-29T00:00:00Z'), views: 1, phoneReveals: 0, inquiries: 0 });
    expect(month?.series[29]).toEqual({ day: new Date('2026-11-27T00:00:00Z'), views: 2, phoneReveals: 0, inquiries: 0 });
    const days = month!.series.map((point) => point.day.getTime());
    expect(days.every((day, index) => index === 0 || day - days[index - 1] === 86_400_000)).toBe(true);
    expect(month?.series.filter((point) => point.views + point.phoneReveals + point.inquiries > 0)).toHaveLength(3);
    expect(month?.totals).toEqual({ views: 3, phoneReveals: 1, inquiries: 0 });

    const quarter = await getListingStats(advertiserId, 90, now);
    expect(quarter?.series).toHaveLength(90);
    expect(quarter?.series[0].day).toEqual(new Date('2026-08-30T00:00:00Z'));
    expect(quarter?.totals).toEqual({ views: 4, phoneReveals: 1, inquiries: 1 });
  });

  it('only ever gives an advertiser their own listing’s figures', async () => {
    const first = await createAdvertiser();
    const second = await createAdvertiser();
    const without = await createAdvertiser({ withListing: false });
    await recordListingView(first.listing!.id, { userAgent: FIREFOX, viewerUserId: null, now });

    const secondStats = await getListingStats(second.advertiserId, 30, now);
    expect(secondStats?.listing.id).toBe(second.listing!.id);
    expect(secondStats?.totals).toEqual({ views: 0, phoneReveals: 0, inquiries: 0 });
    expect((await getListingStats(first.advertiserId, 30, now))?.totals.views).toBe(1);
    expect(await getListingStats(without.advertiserId, 30, now)).toBeNull();
  });
});

describe('/espace/statistiques', () => {
  const renderPage = async (periode?: string) =>
    renderToStaticMarkup(await StatisticsPage({ searchParams: Promise.resolve({ periode }) }));

  it('sends visitors who are not signed in to the sign-in page', async () => {
    await expect(renderPage()).rejects.toThrow(REDIRECT);
  });

  it('draws the signed-in advertiser’s three charts over the chosen period, with their data', async () => {
    const { userId, listing } = await createAdvertiser();
    await recordListingView(listing!.id, { userAgent: FIREFOX, viewerUserId: null });
    await actAs(userId);

    const month = await renderPage();
    expect(month.match(/role="img"/g)).toHaveLength(3);
    expect(month.match(/Voir les données/g)).toHaveLength(3);
    expect(month).toMatch(/<a aria-current="page"[^>]*href="\/espace\/statistiques"/);
    expect(month).toContain(`1\u00a0vue au total du`);

    const quarter = await renderPage('90');
    expect(quarter).toMatch(/<a aria-current="page"[^>]*href="\/espace\/statistiques\?periode=90"/);
    // Three tables of 90 days, each with its header row.
    expect(quarter.match(/<tr/g)).toHaveLength(3 * 91);
  });

  it('invites an advertiser without a listing to create one', async () => {
    const { userId } = await createAdvertiser({ withListing: false });
    await actAs(userId);
    const html = await renderPage();
    expect(html).toContain('Pas encore de statistiques');
    expect(html).toContain('href="/espace/annonce"');
    expect(html).not.toContain('role="img"');
  });
});

describe('POST /api/annonces/[slug]/telephone', () => {
  it('answers 404, with no number, for a listing that is not public or hides its phone', async () => {
    const draft = await createAdvertiser({ status: 'DRAFT' });
    const suspended = await createAdvertiser({ status: 'SUSPENDED' });
    const unverified = await createAdvertiser({ emailVerified: false });
    const hidden = await createAdvertiser({ showPhone: false });
    for (const { listing } of [draft, suspended, unverified, hidden]) {
      expect(await revealPhone404(listing!.slug)).toEqual({ error: 'Ce numéro n’est pas disponible.' });
      expect(await statDays(listing!.id)).toEqual([]);
    }
    expect(await revealPhone404('annonce-inexistante')).toEqual({ error: 'Ce numéro n’est pas disponible.' });
    expect(await revealPhone404('../../etc')).toEqual({ error: 'Ce numéro n’est pas disponible.' });
  });

  it('returns the formatted number for a public listing and counts one reveal', async () => {
    const { listing } = await createAdvertiser();
    const response = await revealRequest(listing!.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ phone: '06\u00a012\u00a034\u00a056\u00a078', href: 'tel:+33612345678' });
    expect(await statDays(listing!.id)).toEqual([expect.objectContaining({ phoneReveals: 1, views: 0 })]);
  });

  it('shows the number to robots and to the advertiser without counting them', async () => {
    const { userId, listing } = await createAdvertiser();
    expect((await revealRequest(listing!.slug, { userAgent: GOOGLEBOT })).status).toBe(200);
    await actAs(userId);
    expect((await revealRequest(listing!.slug)).status).toBe(200);
    expect(await statDays(listing!.id)).toEqual([]);
  });

  it('refuses an address that asked for too many numbers this minute', async () => {
    const { listing } = await createAdvertiser();
    const ip = '198.51.100.99';
    // Both this window and the next are full, so the test holds even across a minute boundary.
    const { windowMs, limit, name } = RATE_LIMITS.phoneReveal;
    const current = Math.floor(Date.now() / windowMs) * windowMs;
    await prisma.rateLimitCounter.createMany({
      data: [current, current + windowMs].map((start) => ({
        key: `${name}:${ip}`,
        windowStart: new Date(start),
        count: limit,
        expiresAt: new Date(start + windowMs),
      })),
    });
    const response = await revealRequest(listing!.slug, { ip });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^Trop de numéros demandés/) });
    expect(await statDays(listing!.id)).toEqual([]);
  });
});

describe('getRatingDistribution', () => {
  it('spreads published reviews only over five buckets, 5★ first', async () => {
    const { listing } = await createAdvertiser();
    const review = (rating: number, status: 'PUBLISHED' | 'PENDING' | 'REJECTED' = 'PUBLISHED') => ({
      listingId: listing!.id,
      authorName: 'Client',
      authorEmail: 'client@exemple.fr',
      rating,
      body: 'Très bien.',
      experienceDate: new Date('2026-10-01'),
      status,
    });
    await prisma.review.createMany({ data: [review(5), review(5), review(4), review(1), review(2, 'PENDING'), review(3, 'REJECTED')] });

    expect(await getRatingDistribution(listing!.id)).toEqual({
      total: 4,
      average: 3.75,
      buckets: [
        { rating: 5, count: 2, percent: 50 },
        { rating: 4, count: 1, percent: 25 },
        { rating: 3, count: 0, percent: 0 },
        { rating: 2, count: 0, percent: 0 },
        { rating: 1, count: 1, percent: 25 },
      ],
    });
    const empty = await createAdvertiser();
    expect(await getRatingDistribution(empty.listing!.id)).toMatchObject({ total: 0, average: null });
  });
});

/** Asks for the number and expects the 404; returns the body. */
async function revealPhone404(slug: string): Promise<unknown> {
  const response = await revealRequest(slug, { ip: `198.51.100.${fixtureIndex}` });
  expect(response.status).toBe(404);
  return response.json();
}
