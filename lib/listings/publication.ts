// Publishing and unpublishing the advertiser's own listing. A listing goes public only when the
// e-mail is verified, the SIRET is not closed and the required fields are filled in; the same facts
// give the editor its « what is missing » list. Publishing needs no subscription, but a published
// listing is public only while paid for: the facts carry that instant so the editor can say so.
// Visitors' reads still go through visibility.ts.
import 'server-only';
import { prisma, type ListingStatus, type SiretStatus } from '@/lib/db/client';
import { LISTING_LIMITS } from './schema';

export type PublicationFacts = {
  emailVerified: boolean;
  siretStatus: SiretStatus;
  listing: { status: ListingStatus; title: string; categoryId: string; pitch: string; description: string } | null;
  /** Until when a subscription makes the listing public (lib/billing/access.ts); null: not paid. */
  paidUntil: Date | null;
};

/** Whether the advertiser's subscription makes a published listing public at `now`. */
export function isPaidFor(facts: Pick<PublicationFacts, 'paidUntil'>, now: Date = new Date()): boolean {
  return facts.paidUntil !== null && facts.paidUntil > now;
}

const SUSPENDED_REASON =
  'Votre annonce est suspendue par l’équipe de modération\u00a0: vous ne pouvez pas la republier vous-même.';

/** Why the listing cannot be published now, in French, most important first; empty when it can. */
export function publicationProblems(facts: PublicationFacts): string[] {
  const { listing } = facts;
  if (!listing) return ['Enregistrez d’abord votre annonce.'];
  if (listing.status === 'SUSPENDED') return [SUSPENDED_REASON];
  const problems: string[] = [];
  if (!facts.emailVerified) problems.push('Confirmez d’abord votre adresse e-mail avec le lien reçu à l’inscription.');
  if (facts.siretStatus === 'CLOSED') {
    problems.push('Votre établissement est fermé selon le répertoire Sirene\u00a0: l’annonce ne peut pas être publiée.');
  }
  const missing = [
    listing.title.trim().length < LISTING_LIMITS.titleMin && 'le nom de l’activité',
    !listing.categoryId && 'la catégorie',
    !listing.pitch.trim() && 'l’accroche',
    listing.description.trim().length < LISTING_LIMITS.descriptionMin && 'une description d’au moins 30\u00a0caractères',
  ].filter((item): item is string => typeof item === 'string');
  if (missing.length > 0) problems.push(`Il manque\u00a0: ${missing.join(', ')}.`);
  return problems;
}

export async function getPublicationFacts(advertiserId: string): Promise<PublicationFacts> {
  const profile = await prisma.advertiserProfile.findUniqueOrThrow({
    where: { id: advertiserId },
    select: {
      siretStatus: true,
      user: { select: { emailVerifiedAt: true } },
      listing: { select: { status: true, title: true, categoryId: true, pitch: true, description: true } },
      subscriptions: { select: { publicUntil: true }, where: { publicUntil: { not: null } }, orderBy: { publicUntil: 'desc' }, take: 1 },
    },
  });
  return {
    emailVerified: profile.user.emailVerifiedAt !== null,
    siretStatus: profile.siretStatus,
    listing: profile.listing,
    paidUntil: profile.subscriptions[0]?.publicUntil ?? null,
  };
}

export type PublicationResult = { ok: true; slug: string } | { ok: false; reason: string };

export async function publishListing(advertiserId: string): Promise<PublicationResult> {
  const problems = publicationProblems(await getPublicationFacts(advertiserId));
  if (problems.length > 0) return { ok: false, reason: problems.join(' ') };
  // Only a draft or an unpublished listing changes: a suspension decided meanwhile is never undone,
  // and publishing twice keeps the first publication date.
  await prisma.listing.updateMany({
    where: { advertiserId, status: { in: ['DRAFT', 'UNPUBLISHED'] } },
    data: { status: 'PUBLISHED', publishedAt: new Date() },
  });
  const listing = await prisma.listing.findUniqueOrThrow({ where: { advertiserId }, select: { slug: true, status: true } });
  // Not published after the update: the team suspended it between the check and the update.
  if (listing.status !== 'PUBLISHED') return { ok: false, reason: SUSPENDED_REASON };
  return { ok: true, slug: listing.slug };
}

export async function unpublishListing(advertiserId: string): Promise<PublicationResult> {
  const { count } = await prisma.listing.updateMany({
    where: { advertiserId, status: 'PUBLISHED' },
    data: { status: 'UNPUBLISHED', publishedAt: null },
  });
  const listing = await prisma.listing.findUnique({ where: { advertiserId }, select: { slug: true } });
  if (!listing) return { ok: false, reason: 'Vous n’avez pas encore d’annonce.' };
  if (count === 0) return { ok: false, reason: 'Votre annonce n’est pas publiée.' };
  return { ok: true, slug: listing.slug };
}
