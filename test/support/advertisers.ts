// Test fixtures: the place, the category and the advertisers (account, profile with a valid SIRET,
// listing, subscription) that most integration tests start from. Each test file has its own database
// and its own copy of this module, so the counter below gives unique e-mails, slugs and SIRETs per file.
import { prisma } from '@/lib/db/client';
import { generateValidSiret } from '@/lib/siret/checksum';
import { giveActiveSubscription } from '@/test/support/subscriptions';

// Far from the seeds that some files still pass to generateValidSiret themselves.
let sequence = 950_000;

/** The Haut-Rhin and Colmar (68066, 68000), where every fixture advertiser lives. */
export async function createPlace(): Promise<void> {
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
}

/** The « Plombier » category; returns its id. */
export async function createCategory(): Promise<string> {
  return (await prisma.category.create({ data: { slug: 'plombier', name: 'Plombier', description: 'Plomberie' } })).id;
}

export type AdvertiserAccountOptions = {
  /** Full name on the profile; default « Camille Martin ». */
  name?: string;
  /** Default: built from the name and the counter, e.g. camille.martin.950001@exemple.fr. */
  email?: string;
  /** Whether the e-mail address is confirmed; default true. */
  emailVerified?: boolean;
  /** Whether the SIRET was found active at INSEE; default true (else it stays PENDING). */
  siretVerified?: boolean;
  /** Whether the advertiser has an active subscription (so a published listing is public); default true. */
  subscribed?: boolean;
  /** When the account was created and confirmed (and the listing published); default now. */
  createdAt?: Date;
};

export type ListingOptions = {
  /** Default `annonce-<counter>`. */
  slug?: string;
  /** Default « Plomberie <name> ». */
  title?: string;
  status?: 'PUBLISHED' | 'DRAFT';
  /** Default: createdAt for a published listing, null for a draft. */
  publishedAt?: Date | null;
};

export type AdvertiserOptions = AdvertiserAccountOptions & { categoryId: string; listing?: ListingOptions };

export type AdvertiserAccount = { userId: string; advertiserId: string; email: string };
export type Advertiser = AdvertiserAccount & { listingId: string; slug: string };

function listingData(listing: ListingOptions & { categoryId: string }, name: string, createdAt: Date) {
  const status = listing.status ?? 'PUBLISHED';
  return {
    slug: listing.slug ?? `annonce-${sequence}`,
    title: listing.title ?? `Plomberie ${name}`,
    description: 'Plombier à Colmar.',
    categoryId: listing.categoryId,
    communeCode: '68066',
    status,
    publishedAt: listing.publishedAt !== undefined ? listing.publishedAt : status === 'PUBLISHED' ? createdAt : null,
  };
}

/** One user row with its profile and, when given, its listing; then the subscription. */
async function insertAdvertiser(options: AdvertiserAccountOptions, listing?: ListingOptions & { categoryId: string }) {
  sequence += 1;
  const name = options.name ?? 'Camille Martin';
  const createdAt = options.createdAt ?? new Date();
  const localPart = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().replace(/\s+/g, '.');
  const email = options.email ?? `${localPart}.${sequence}@exemple.fr`;
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash: 'x',
      emailVerifiedAt: options.emailVerified === false ? null : createdAt,
      createdAt: options.createdAt,
      advertiser: {
        create: {
          fullName: name,
          addressLine: '1 rue des Clefs',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(sequence),
          siretStatus: options.siretVerified === false ? 'PENDING' : 'VERIFIED',
          ...(listing && { listing: { create: listingData(listing, name, createdAt) } }),
        },
      },
    },
    select: { id: true, advertiser: { select: { id: true, listing: { select: { id: true, slug: true } } } } },
  });
  const advertiser = user.advertiser!;
  if (options.subscribed !== false) await giveActiveSubscription(advertiser.id);
  return { userId: user.id, advertiserId: advertiser.id, email, listing: advertiser.listing };
}

/** An advertiser with a profile and no listing yet. */
export async function createAdvertiserAccount(options: AdvertiserAccountOptions = {}): Promise<AdvertiserAccount> {
  const { userId, advertiserId, email } = await insertAdvertiser(options);
  return { userId, advertiserId, email };
}

/** An advertiser with a profile and a listing, published (and, being subscribed, public) by default. */
export async function createAdvertiser(options: AdvertiserOptions): Promise<Advertiser> {
  const { listing, ...account } = await insertAdvertiser(options, { ...options.listing, categoryId: options.categoryId });
  return { ...account, listingId: listing!.id, slug: listing!.slug };
}
