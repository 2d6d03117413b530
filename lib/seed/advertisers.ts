// Generated advertisers: account, private profile, listing, subscription, newsletter and charter
// acceptance, then the listing's activity. The demo advertiser goes through the same code.
import type { Prisma } from '@/lib/db/client';
import { addListingActivity, GOOD_RATINGS, POOR_RATINGS, randomMobile, type RatingWeights } from '@/lib/seed/activity';
import type { SeedBatch } from '@/lib/seed/batch';
import { computePublicUntil } from '@/lib/billing/access';
import { DEMO_PRICE_IDS } from '@/lib/billing/plans';
import type { SeededCategory, SeedContext } from '@/lib/seed/context';
import { FIRST_NAMES, LAST_NAMES, STREET_NAMES, STREET_TYPES } from '@/lib/seed/data/people';
import {
  businessName,
  listingDescription,
  listingPitch,
  listingTitle,
  openingHours,
  priceInfo,
  type ListingPerson,
} from '@/lib/seed/listing-text';
import type { CommuneRow } from '@/lib/seed/places';
import { DAY_MS, type Random, unknownSecretHash } from '@/lib/seed/random';
import { slugify } from '@/lib/seed/slug';
import { generateValidSiret } from '@/lib/siret/checksum';
import { legalFormLabel } from '@/lib/siret/register';

type SiretStatus = 'PENDING' | 'VERIFIED' | 'CLOSED';
type ListingStatus = 'DRAFT' | 'PUBLISHED' | 'UNPUBLISHED';

export interface AdvertiserSpec {
  /** Distinct per advertiser across runs: it makes the SIRET, e-mail and Stripe ids unique. */
  index: number;
  firstName: string;
  lastName: string;
  email: string;
  passwordHash: string;
  phone: string;
  addressLine: string;
  postalCode: string;
  commune: CommuneRow;
  category: SeededCategory;
  createdAt: Date;
  siretStatus: SiretStatus;
  status: ListingStatus;
  business: string;
  title: string;
  pitch: string;
  description: string;
  /** Without it, the service area is the advertiser's whole department. */
  serviceCommunes?: CommuneRow[];
  ratings: RatingWeights;
  reviewCodes: number;
  inquiries: number;
  dailyViews?: number;
  listingSlug?: string;
}

export interface AdvertiserIds {
  userId: string;
  listingId: string;
}

/** Per-listing activity: a benchmark-sized database keeps fewer reviews and inquiries per listing. */
export interface ActivityVolume {
  maxReviewCodes: number;
  maxInquiries: number;
}

function uniqueSlug(ctx: SeedContext, base: string): string {
  let slug = base;
  for (let n = 2; ctx.usedListingSlugs.has(slug); n++) slug = `${base}-${n}`;
  ctx.usedListingSlugs.add(slug);
  return slug;
}

/** What the register's check stores for an auto-entrepreneur (nature juridique 1000). */
const SOLE_TRADER = legalFormLabel('1000');

const registeredName = (spec: AdvertiserSpec) => `${spec.firstName} ${spec.lastName}`.toUpperCase();

function siretFields(spec: AdvertiserSpec, random: Random, now: Date): Partial<Prisma.AdvertiserProfileCreateManyInput> {
  const checkedAt = new Date(spec.createdAt.getTime() + random.int(1, 60) * 60 * 1000);
  switch (spec.siretStatus) {
    case 'VERIFIED':
      return {
        siretCheckedAt: checkedAt,
        siretNextCheckAt: new Date(now.getTime() + random.int(1, 90) * DAY_MS),
        siretRegisteredName: registeredName(spec),
        siretLegalForm: SOLE_TRADER,
      };
    case 'CLOSED':
      return { siretCheckedAt: checkedAt, siretRegisteredName: registeredName(spec), siretLegalForm: SOLE_TRADER };
    case 'PENDING':
      return { siretNextCheckAt: new Date(now.getTime() + random.int(1, 24) * 60 * 60 * 1000) };
  }
}

function addSubscription(ctx: SeedContext, batch: SeedBatch, spec: AdvertiserSpec, profileId: string, publishedAt: Date) {
  const { random, now } = ctx;
  const active = spec.status === 'PUBLISHED';
  const canceledAt = active ? null : random.dateBetween(publishedAt, now);
  const reference = String(spec.index).padStart(7, '0');
  // Yearly plans renewed months ahead: a demo database kept for weeks still shows its listings.
  const currentPeriodEnd = active ? new Date(now.getTime() + random.int(60, 365) * DAY_MS) : canceledAt;
  const facts = {
    status: active ? 'active' : 'canceled',
    currentPeriodEnd,
    cancelAtPeriodEnd: false,
    trialEnd: null,
    paymentFailedAt: null,
    canceledAt,
    endedAt: canceledAt,
  };
  batch.subscriptions.push({
    id: random.id(),
    advertiserId: profileId,
    stripeSubscriptionId: `sub_demo_${reference}`,
    stripePriceId: DEMO_PRICE_IDS.yearly,
    status: facts.status,
    currentPeriodEnd,
    canceledAt,
    endedAt: canceledAt,
    publicUntil: computePublicUntil(facts),
    lastEventCreatedAt: canceledAt ?? publishedAt,
    createdAt: publishedAt,
    updatedAt: canceledAt ?? publishedAt,
  });
}

function addServiceAreas(ctx: SeedContext, batch: SeedBatch, spec: AdvertiserSpec, listingId: string) {
  if (!spec.serviceCommunes) {
    batch.serviceAreas.push({ id: ctx.random.id(), listingId, departmentCode: spec.commune.departmentCode });
    return;
  }
  for (const commune of [spec.commune, ...spec.serviceCommunes]) {
    batch.serviceAreas.push({ id: ctx.random.id(), listingId, communeCode: commune.code });
  }
}

export function addAdvertiser(ctx: SeedContext, batch: SeedBatch, spec: AdvertiserSpec): AdvertiserIds {
  const { random, now } = ctx;
  const userId = random.id();
  const profileId = random.id();
  const listingId = random.id();
  const paid = spec.status !== 'DRAFT';
  const publishedAt = paid ? new Date(spec.createdAt.getTime() + random.int(1, 48) * 60 * 60 * 1000) : null;

  batch.users.push({
    id: userId,
    email: spec.email,
    passwordHash: spec.passwordHash,
    role: 'ADVERTISER',
    emailVerifiedAt: new Date(spec.createdAt.getTime() + random.int(2, 30) * 60 * 1000),
    partnerOffersOptInAt: random.chance(0.1) ? spec.createdAt : null,
    lastActiveAt: random.dateBetween(new Date(Math.max(spec.createdAt.getTime(), now.getTime() - 60 * DAY_MS)), now),
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
  });
  batch.profiles.push({
    id: profileId,
    userId,
    fullName: `${spec.firstName} ${spec.lastName}`,
    addressLine: spec.addressLine,
    postalCode: spec.postalCode,
    city: spec.commune.name,
    communeCode: spec.commune.code,
    phone: spec.phone,
    siret: generateValidSiret(spec.index),
    siretStatus: spec.siretStatus,
    ...siretFields(spec, random, now),
    stripeCustomerId: paid ? `cus_demo_${String(spec.index).padStart(7, '0')}` : null,
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
  });

  const counters = publishedAt
    ? addListingActivity(ctx, batch, {
        listingId,
        publishedAt,
        category: spec.category,
        ratings: spec.ratings,
        reviewCodes: spec.reviewCodes,
        inquiries: spec.inquiries,
        dailyViews: spec.status === 'PUBLISHED' ? spec.dailyViews : undefined,
      })
    : { ratingCount: 0, ratingAverage: null, reviewCodesIssued: 0 };

  batch.listings.push({
    id: listingId,
    advertiserId: profileId,
    slug: spec.listingSlug ?? uniqueSlug(ctx, slugify(`${spec.business} ${spec.commune.name}`)),
    title: spec.title,
    pitch: spec.pitch,
    description: spec.description,
    categoryId: spec.category.id,
    communeCode: spec.commune.code,
    status: spec.status,
    publishedAt: spec.status === 'PUBLISHED' ? publishedAt : null,
    priceInfo: priceInfo(random, spec.category),
    hours: openingHours(random),
    ...counters,
    createdAt: spec.createdAt,
    updatedAt: publishedAt ?? spec.createdAt,
  });
  addServiceAreas(ctx, batch, spec, listingId);
  if (publishedAt) addSubscription(ctx, batch, spec, profileId, publishedAt);

  batch.newsletterSubscriptions.push({
    id: random.id(),
    listId: ctx.advertisersListId,
    email: spec.email,
    userId,
    state: 'SUBSCRIBED',
    unsubscribeTokenHash: unknownSecretHash(),
    confirmedAt: spec.createdAt,
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
  });
  batch.charterAcceptances.push({
    id: random.id(),
    charterVersionId: ctx.charterVersionId,
    userId,
    context: 'SIGNUP',
    acceptedAt: spec.createdAt,
  });
  return { userId, listingId };
}

function randomSpec(ctx: SeedContext, index: number, volume: ActivityVolume, withStats: boolean): AdvertiserSpec {
  const { random, now } = ctx;
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const category = random.pick(ctx.categories);
  const commune = ctx.picker.pick(random);
  const person: ListingPerson = {
    firstName,
    lastName,
    city: commune.name,
    departmentName: ctx.departmentNames.get(commune.departmentCode) ?? commune.departmentCode,
  };
  const business = businessName(random, category, person);
  const siretStatus = random.weighted<SiretStatus>([['VERIFIED', 92], ['PENDING', 5], ['CLOSED', 3]]);
  const status: ListingStatus =
    siretStatus === 'CLOSED' ? 'UNPUBLISHED' : random.weighted<ListingStatus>([['PUBLISHED', 94], ['DRAFT', 3], ['UNPUBLISHED', 3]]);
  const localPart = `${slugify(firstName)}.${slugify(lastName).replace(/-/g, '')}.${index}`;
  return {
    index,
    firstName,
    lastName,
    email: `${localPart}@annonceurs.demo.jauto-entreprends.fr`,
    passwordHash: ctx.advertiserPasswordHash,
    phone: randomMobile(random),
    addressLine: `${random.int(1, 120)}${random.chance(0.06) ? ' bis' : ''} ${random.pick(STREET_TYPES)} ${random.pick(STREET_NAMES)}`,
    postalCode: random.pick(commune.postalCodes),
    commune,
    category,
    createdAt: random.dateBetween(new Date(now.getTime() - 400 * DAY_MS), new Date(now.getTime() - 20 * DAY_MS)),
    siretStatus,
    status,
    business,
    title: listingTitle(random, category, business),
    pitch: listingPitch(random, category, person),
    description: listingDescription(random, category, person, business),
    serviceCommunes: random.chance(0.5) ? ctx.picker.neighbours(random, commune, random.int(1, 4)) : undefined,
    ratings: random.chance(0.1) ? POOR_RATINGS : GOOD_RATINGS,
    reviewCodes: random.int(0, volume.maxReviewCodes),
    inquiries: random.int(0, volume.maxInquiries),
    dailyViews: withStats ? random.int(8, 40) : undefined,
  };
}

/** Advertisers `startIndex` … `startIndex + count - 1`; the first few of a run get statistics. */
export function generateAdvertisers(
  ctx: SeedContext,
  batch: SeedBatch,
  startIndex: number,
  count: number,
  volume: ActivityVolume,
  statsUntilIndex: number,
): void {
  for (let index = startIndex; index < startIndex + count; index++) {
    addAdvertiser(ctx, batch, randomSpec(ctx, index, volume, index < statsUntilIndex));
  }
}
