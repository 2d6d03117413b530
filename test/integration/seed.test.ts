import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/client';
import { seedDemo, type SeedSummary } from '@/lib/seed';
import { DEMO_ADMIN, DEMO_ADVERTISER, DEMO_REVIEW_CODES } from '@/lib/seed/demo-accounts';
import { sha256Hex } from '@/lib/seed/random';
import { isValidSiret } from '@/lib/siret/checksum';

const LISTINGS = 30;

describe('seedDemo', () => {
  let summary: SeedSummary;

  beforeAll(async () => {
    summary = await seedDemo({ listings: LISTINGS });
  }, 180_000);

  it('loads every department and current commune, and the categories', async () => {
    expect(summary.skipped).toBe(false);
    expect(await prisma.department.count()).toBeGreaterThanOrEqual(101);
    expect(await prisma.commune.count()).toBeGreaterThan(30_000);
    expect(await prisma.category.count()).toBeGreaterThanOrEqual(40);
    const colmar = await prisma.commune.findUniqueOrThrow({ where: { code: '68066' } });
    expect(colmar).toMatchObject({ name: 'Colmar', slug: 'colmar', departmentCode: '68', postalCodes: ['68000'] });
  });

  it('creates the generated advertisers and the demo advertiser', async () => {
    expect(summary.demoAccounts).toBe(true);
    expect(await prisma.advertiserProfile.count()).toBe(LISTINGS + 1);
    expect(await prisma.listing.count()).toBe(LISTINGS + 1);
  });

  it('creates demo accounts whose documented passwords work', async () => {
    const advertiser = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_ADVERTISER.email },
      omit: { passwordHash: false },
      include: { advertiser: { include: { listing: true } } },
    });
    expect(advertiser.role).toBe('ADVERTISER');
    expect(advertiser.emailVerifiedAt).not.toBeNull();
    await expect(verifyPassword(advertiser.passwordHash, DEMO_ADVERTISER.password)).resolves.toBe(true);
    expect(advertiser.advertiser).toMatchObject({
      fullName: DEMO_ADVERTISER.fullName,
      postalCode: DEMO_ADVERTISER.postalCode,
      city: DEMO_ADVERTISER.city,
      siretStatus: 'VERIFIED',
    });
    expect(advertiser.advertiser?.listing).toMatchObject({
      slug: DEMO_ADVERTISER.listingSlug,
      status: 'PUBLISHED',
      communeCode: DEMO_ADVERTISER.communeCode,
    });

    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_ADMIN.email },
      omit: { passwordHash: false },
    });
    expect(admin.role).toBe('ADMIN');
    await expect(verifyPassword(admin.passwordHash, DEMO_ADMIN.password)).resolves.toBe(true);
    await expect(verifyPassword(admin.passwordHash, DEMO_ADVERTISER.password)).resolves.toBe(false);
  });

  it('gives the demo listing reviews with replies, unused codes, inquiries and 30 days of statistics', async () => {
    const listing = await prisma.listing.findUniqueOrThrow({
      where: { slug: DEMO_ADVERTISER.listingSlug },
      include: {
        reviews: { include: { reply: true } },
        reviewCodes: { omit: { codeHash: false } },
        inquiries: true,
        stats: true,
      },
    });
    expect(listing.reviews.filter((review) => review.status === 'PUBLISHED').length).toBeGreaterThanOrEqual(3);
    expect(listing.reviews.some((review) => review.reply)).toBe(true);
    const unusedHashes = listing.reviewCodes.filter((code) => !code.usedAt).map((code) => code.codeHash);
    expect(unusedHashes).toEqual(expect.arrayContaining(DEMO_REVIEW_CODES.map(sha256Hex)));
    expect(new Set(listing.inquiries.map((inquiry) => inquiry.kind))).toEqual(new Set(['MESSAGE', 'CALLBACK']));
    expect(listing.stats).toHaveLength(30);
  });

  it('keeps rating counters and review-code counts consistent with the rows', async () => {
    const listings = await prisma.listing.findMany({ include: { reviews: true, reviewCodes: true } });
    for (const listing of listings) {
      const published = listing.reviews.filter((review) => review.status === 'PUBLISHED');
      expect(listing.ratingCount).toBe(published.length);
      if (published.length === 0) {
        expect(listing.ratingAverage).toBeNull();
      } else {
        const average = published.reduce((sum, review) => sum + review.rating, 0) / published.length;
        expect(Number(listing.ratingAverage)).toBeCloseTo(average, 2);
      }
      expect(listing.reviewCodesIssued).toBe(listing.reviewCodes.length);
      for (const review of listing.reviews) {
        const code = listing.reviewCodes.find((candidate) => candidate.id === review.codeId);
        expect(code?.usedAt).toEqual(review.createdAt);
        expect(review.experienceDate.getTime()).toBeLessThanOrEqual(review.createdAt.getTime());
        expect(review.rating).toBeGreaterThanOrEqual(1);
        expect(review.rating).toBeLessThanOrEqual(5);
      }
    }
    expect(listings.some((listing) => listing.ratingCount > 0)).toBe(true);
  });

  it('places every listing and advertiser in a real commune', async () => {
    const profiles = await prisma.advertiserProfile.findMany({ include: { listing: { include: { commune: true } } } });
    for (const profile of profiles) {
      expect(profile.listing?.commune.code).toBe(profile.communeCode);
      expect(profile.listing?.commune.postalCodes).toContain(profile.postalCode);
      expect(profile.phone).toMatch(/^\+33[67]\d{8}$/);
    }
    expect(await prisma.listingServiceArea.count()).toBeGreaterThanOrEqual(LISTINGS);
  });

  it('uses valid, unique SIRETs everywhere', async () => {
    const profiles = await prisma.advertiserProfile.findMany({ select: { siret: true } });
    expect(profiles.every((profile) => isValidSiret(profile.siret))).toBe(true);
    expect(new Set(profiles.map((profile) => profile.siret)).size).toBe(profiles.length);
  });

  it('subscribes every advertiser to the advertisers newsletter and records their charter acceptance', async () => {
    const advertisers = await prisma.user.count({ where: { role: 'ADVERTISER' } });
    const list = await prisma.newsletterList.findUniqueOrThrow({ where: { slug: 'auto-entrepreneurs' } });
    expect(list.audience).toBe('ADVERTISERS');
    expect(await prisma.newsletterList.findUnique({ where: { slug: 'clients' } })).toMatchObject({ audience: 'CLIENTS' });
    expect(await prisma.newsletterSubscription.count({ where: { listId: list.id, state: 'SUBSCRIBED' } })).toBe(advertisers);
    expect(await prisma.charterAcceptance.count({ where: { context: 'SIGNUP' } })).toBe(advertisers);
    const charter = await prisma.charterVersion.findUniqueOrThrow({ where: { version: 1 } });
    expect(charter).toMatchObject({ title: 'Charte de confidentialité', changeKind: 'SUBSTANTIAL' });
    expect(await prisma.consentBannerVersion.count()).toBe(1);
  });

  it('does nothing when called a second time', async () => {
    const users = await prisma.user.count();
    const again = await seedDemo({ listings: LISTINGS });
    expect(again.skipped).toBe(true);
    expect(await prisma.user.count()).toBe(users);
  });

  it('refuses to run in production', async () => {
    const previous = process.env.APP_ENV;
    process.env.APP_ENV = 'production';
    try {
      await expect(seedDemo({ listings: 1 })).rejects.toThrow(/production/);
    } finally {
      if (previous === undefined) delete process.env.APP_ENV;
      else process.env.APP_ENV = previous;
    }
  });
});
