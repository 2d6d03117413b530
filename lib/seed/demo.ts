// The demo accounts of demo and test environments: Camille Martin, plumber in Colmar, whose space
// shows every feature (reviews with replies, codes ready to hand out, inquiries, statistics), and an
// administrator.
import type { Prisma } from '@/lib/db/client';
import { GOOD_RATINGS } from '@/lib/seed/activity';
import { addAdvertiser } from '@/lib/seed/advertisers';
import type { SeedBatch } from '@/lib/seed/batch';
import type { SeedContext } from '@/lib/seed/context';
import { DEMO_ADMIN, DEMO_ADVERTISER, DEMO_REVIEW_CODES } from '@/lib/seed/demo-accounts';
import { DAY_MS } from '@/lib/seed/random';
import { hashReviewCode, reviewCodeHint } from '@/lib/reviews/code';

/** Generated advertisers start after this index; 0 is the demo advertiser's SIRET and Stripe ids. */
export const DEMO_ADVERTISER_INDEX = 0;

const DEMO_DESCRIPTION = [
  'Je m’appelle Camille et j’exerce la plomberie depuis douze ans, dont six à mon compte à Colmar. Je travaille seule, du devis à la fin du chantier : vous avez toujours la même interlocutrice.',
  'Mes prestations : la recherche et la réparation de fuites, le remplacement de chauffe-eau, l’installation de sanitaires, le débouchage et la rénovation complète de salles de bain.',
  'J’interviens à Colmar et dans tout le Haut-Rhin, en semaine et le samedi matin. Devis gratuit, prix annoncé avant toute intervention.',
  'Micro-entreprise : TVA non applicable, article 293 B du CGI. Paiement par virement, chèque ou carte.',
].join('\n\n');

/** The demo password is the generated advertisers' one, so the run's single hash serves both. */
export function addDemoAdvertiser(ctx: SeedContext, batch: SeedBatch): void {
  const commune = ctx.picker.byCode(DEMO_ADVERTISER.communeCode);
  const category = ctx.categories.find((candidate) => candidate.slug === DEMO_ADVERTISER.categorySlug)!;
  const [firstName, lastName] = DEMO_ADVERTISER.fullName.split(' ');
  const { listingId } = addAdvertiser(ctx, batch, {
    index: DEMO_ADVERTISER_INDEX,
    firstName,
    lastName,
    email: DEMO_ADVERTISER.email,
    passwordHash: ctx.advertiserPasswordHash,
    phone: '+33612345678',
    addressLine: '8 rue des Tanneurs',
    postalCode: DEMO_ADVERTISER.postalCode,
    commune,
    category,
    createdAt: new Date(ctx.now.getTime() - 300 * DAY_MS),
    siretStatus: 'VERIFIED',
    status: 'PUBLISHED',
    business: 'Plomberie Camille Martin',
    title: 'Plomberie Camille Martin — dépannage et installation à Colmar',
    pitch: 'Fuites, chauffe-eau et salles de bain à Colmar et dans le Haut-Rhin : devis gratuit, prix annoncé avant toute intervention.',
    description: DEMO_DESCRIPTION,
    ratings: GOOD_RATINGS,
    reviewCodes: 16,
    inquiries: 9,
    dailyViews: 55,
    listingSlug: DEMO_ADVERTISER.listingSlug,
  });

  // Codes in clear in demo-accounts.ts, so anyone can try the review form; they stay unused.
  for (const code of DEMO_REVIEW_CODES) {
    batch.reviewCodes.push({
      id: ctx.random.id(),
      listingId,
      codeHash: hashReviewCode(code),
      hint: reviewCodeHint(code),
      label: 'Code de démonstration',
      expiresAt: new Date(ctx.now.getTime() + 365 * DAY_MS),
      createdAt: new Date(ctx.now.getTime() - DAY_MS),
    });
  }
  const listing = batch.listings.find((row) => row.id === listingId)!;
  listing.reviewCodesIssued = (listing.reviewCodesIssued ?? 0) + DEMO_REVIEW_CODES.length;
}

export async function insertDemoAdmin(db: Prisma.TransactionClient, ctx: SeedContext, passwordHash: string) {
  const createdAt = new Date(ctx.now.getTime() - 430 * DAY_MS);
  await db.user.create({
    data: {
      id: ctx.random.id(),
      email: DEMO_ADMIN.email,
      passwordHash,
      role: 'ADMIN',
      emailVerifiedAt: createdAt,
      createdAt,
    },
  });
}
