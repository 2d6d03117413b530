// Demo and test data: every commune of France, ~40 trades, a few hundred advertisers with reviews,
// inquiries and statistics, and the demo accounts. Deterministic (seeded PRNG), one transaction: a
// failed seed leaves an empty database that the next start seeds again.
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/client';
import { generateAdvertisers, type ActivityVolume } from '@/lib/seed/advertisers';
import { emptyBatch, insertBatch } from '@/lib/seed/batch';
import type { SeedContext, SeededCategory } from '@/lib/seed/context';
import { CATEGORIES } from '@/lib/seed/data/categories';
import { addDemoAdvertiser, DEMO_ADVERTISER_INDEX, insertDemoAdmin } from '@/lib/seed/demo';
import { DEMO_ADMIN, GENERATED_ADVERTISER_PASSWORD } from '@/lib/seed/demo-accounts';
import { insertDemoSurvey } from '@/lib/seed/surveys';
import { CommunePicker, loadPlaces } from '@/lib/seed/places';
import { Random } from '@/lib/seed/random';
import { insertCategories, insertPlaces, insertSiteReference } from '@/lib/seed/reference';

export interface SeedOptions {
  /** Generated advertisers, each with one listing (default 300; the demo advertiser comes on top). */
  listings?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  /** True when the database was already seeded: nothing was written. */
  skipped: boolean;
  message: string;
  departments: number;
  communes: number;
  categories: number;
  advertisers: number;
  reviewCodes: number;
  reviews: number;
  inquiries: number;
  demoAccounts: boolean;
}

export const DEFAULT_LISTINGS = 300;
const SEED = 20_260_101;
const BATCH_SIZE = 2000;
/** Above this many listings the database is for benchmarks: fewer reviews and inquiries each. */
const LARGE_SEED = 5000;
/** Only the first listings of a run get daily statistics (the demo advertiser always does). */
const LISTINGS_WITH_STATS = 20;
/** 100 000 listings take a few minutes: far beyond Prisma's default of 5 seconds. */
const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60 * 60_000 };

/** Read uncached on purpose: the guard must see the environment of this very call. */
function appEnvironment(): string {
  return process.env.APP_ENV ?? 'demo';
}

function assertSeedAllowed(listings: number): void {
  if (appEnvironment() === 'production') {
    throw new Error('Refusing to seed demo data: APP_ENV=production.');
  }
  if (!Number.isInteger(listings) || listings < 0) {
    throw new Error(`The number of listings must be a non-negative integer, got ${listings}.`);
  }
}

const volumeFor = (listings: number): ActivityVolume =>
  listings > LARGE_SEED ? { maxReviewCodes: 4, maxInquiries: 2 } : { maxReviewCodes: 12, maxInquiries: 6 };

type Counts = Pick<SeedSummary, 'advertisers' | 'reviewCodes' | 'reviews' | 'inquiries'>;

/** Generates and inserts advertisers batch by batch, so memory stays flat at any size. */
async function insertAdvertisers(
  db: Prisma.TransactionClient,
  ctx: SeedContext,
  run: { startIndex: number; listings: number; withDemoAdvertiser: boolean },
  onProgress?: SeedOptions['onProgress'],
): Promise<Counts> {
  const counts: Counts = { advertisers: 0, reviewCodes: 0, reviews: 0, inquiries: 0 };
  const volume = volumeFor(run.listings);
  const end = run.startIndex + run.listings;
  onProgress?.(0, run.listings);
  let start = run.startIndex;
  do {
    const batch = emptyBatch();
    if (start === run.startIndex && run.withDemoAdvertiser) addDemoAdvertiser(ctx, batch);
    const count = Math.min(BATCH_SIZE, end - start);
    generateAdvertisers(ctx, batch, start, count, volume, run.startIndex + LISTINGS_WITH_STATS);
    await insertBatch(db, batch);
    counts.advertisers += batch.profiles.length;
    counts.reviewCodes += batch.reviewCodes.length;
    counts.reviews += batch.reviews.length;
    counts.inquiries += batch.inquiries.length;
    start += count;
    onProgress?.(start - run.startIndex, run.listings);
  } while (start < end);
  return counts;
}

/** Seeds an empty database. Does nothing when categories already exist. */
export async function seedDemo(options: SeedOptions = {}): Promise<SeedSummary> {
  const listings = options.listings ?? DEFAULT_LISTINGS;
  assertSeedAllowed(listings);
  const withDemoAccounts = ['demo', 'test'].includes(appEnvironment());
  const existing = await prisma.category.count();
  if (existing > 0) {
    return {
      skipped: true,
      message: `The database already holds ${existing} categories: seed skipped.`,
      departments: 0,
      communes: 0,
      categories: 0,
      advertisers: 0,
      reviewCodes: 0,
      reviews: 0,
      inquiries: 0,
      demoAccounts: false,
    };
  }

  const random = new Random(SEED);
  const now = new Date();
  const { departments, communes } = loadPlaces();
  const advertiserPasswordHash = await hashPassword(GENERATED_ADVERTISER_PASSWORD);
  const adminPasswordHash = withDemoAccounts ? await hashPassword(DEMO_ADMIN.password) : undefined;

  return prisma.$transaction(async (db) => {
    await insertPlaces(db, departments, communes);
    const categories = await insertCategories(db, random);
    const reference = await insertSiteReference(db, now);
    const ctx: SeedContext = {
      random,
      now,
      picker: new CommunePicker(communes),
      categories,
      departmentNames: new Map(departments.map((department) => [department.code, department.name])),
      advertiserPasswordHash,
      ...reference,
      usedListingSlugs: new Set(),
    };
    if (adminPasswordHash) await insertDemoAdmin(db, ctx, adminPasswordHash);
    const counts = await insertAdvertisers(
      db,
      ctx,
      { startIndex: DEMO_ADVERTISER_INDEX + 1, listings, withDemoAdvertiser: withDemoAccounts },
      options.onProgress,
    );
    if (withDemoAccounts) await insertDemoSurvey(db, ctx);
    return {
      skipped: false,
      message: `Seeded ${counts.advertisers} advertisers${withDemoAccounts ? ' including the demo accounts' : ''}.`,
      departments: departments.length,
      communes: communes.length,
      categories: categories.length,
      ...counts,
      demoAccounts: withDemoAccounts,
    };
  }, TRANSACTION_OPTIONS);
}

/** Adds generated advertisers to a seeded database (benchmarks): no places, categories or demo accounts. */
export async function addDemoListings(options: SeedOptions & { listings: number }): Promise<SeedSummary> {
  assertSeedAllowed(options.listings);
  const seeded = await prisma.category.findMany({ select: { id: true, slug: true } });
  const categories: SeededCategory[] = CATEGORIES.flatMap((category) => {
    const row = seeded.find((candidate) => candidate.slug === category.slug);
    return row ? [{ ...category, id: row.id }] : [];
  });
  const charter = await prisma.charterVersion.findFirst({ orderBy: { version: 'desc' }, select: { id: true } });
  const list = await prisma.newsletterList.findUnique({ where: { audience: 'ADVERTISERS' }, select: { id: true } });
  if (categories.length === 0 || !charter || !list) {
    throw new Error('The database is not seeded yet: run the full seed first.');
  }
  // Past every index used so far (one per advertiser), so SIRETs and Stripe ids stay unique.
  const startIndex = (await prisma.advertiserProfile.count()) + 1;
  const slugs = await prisma.listing.findMany({ select: { slug: true } });
  const { departments, communes } = loadPlaces();
  const ctx: SeedContext = {
    random: new Random(SEED + startIndex),
    now: new Date(),
    picker: new CommunePicker(communes),
    categories,
    departmentNames: new Map(departments.map((department) => [department.code, department.name])),
    advertiserPasswordHash: await hashPassword(GENERATED_ADVERTISER_PASSWORD),
    charterVersionId: charter.id,
    advertisersListId: list.id,
    usedListingSlugs: new Set(slugs.map(({ slug }) => slug)),
  };
  const counts = await prisma.$transaction(
    (db) => insertAdvertisers(db, ctx, { startIndex, listings: options.listings, withDemoAdvertiser: false }, options.onProgress),
    TRANSACTION_OPTIONS,
  );
  return {
    skipped: false,
    message: `Added ${counts.advertisers} generated advertisers to the seeded database.`,
    departments: 0,
    communes: 0,
    categories: 0,
    ...counts,
    demoAccounts: false,
  };
}
