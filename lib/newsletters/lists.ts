// The site's two newsletter lists. They exist in every database: the seed creates them, and the first
// sign-up creates the advertisers' one if a production database has none yet.
import 'server-only';
import { generateToken, hashToken } from '@/lib/security/tokens';
import type { Db, SubscriptionSource, Tx } from '@/lib/db/client';

export const NEWSLETTER_LISTS = [
  {
    slug: 'auto-entrepreneurs',
    name: 'Auto-entrepreneurs',
    description: 'Actualités du site, conseils pour votre annonce et nouveautés pour les auto-entrepreneurs.',
    audience: 'ADVERTISERS',
  },
  {
    slug: 'clients',
    name: 'Clients',
    description: 'Nouveaux services près de chez vous et conseils pour bien choisir un professionnel.',
    audience: 'CLIENTS',
  },
] as const;

async function advertisersListId(tx: Tx): Promise<string> {
  const list = NEWSLETTER_LISTS[0];
  const row = await tx.newsletterList.upsert({
    where: { audience: list.audience },
    create: list,
    update: {},
    select: { id: true },
  });
  return row.id;
}

/**
 * Advertisers receive « Auto-entrepreneurs » (charter: an existing client may be written to about
 * similar services, with a one-click unsubscribe in every issue). Resubscribes only on request.
 */
export async function setAdvertiserNewsletter(tx: Tx, user: { id: string; email: string }, subscribed: boolean, now = new Date()) {
  const listId = await advertisersListId(tx);
  const existing = await tx.newsletterSubscription.findUnique({
    where: { listId_email: { listId, email: user.email } },
    select: { id: true },
  });
  const state = subscribed ? 'SUBSCRIBED' : 'UNSUBSCRIBED';
  const dates = subscribed ? { confirmedAt: now, unsubscribedAt: null } : { unsubscribedAt: now };
  if (existing) {
    await tx.newsletterSubscription.update({ where: { id: existing.id }, data: { state, userId: user.id, ...dates } });
  } else {
    await tx.newsletterSubscription.create({
      data: {
        listId,
        email: user.email,
        userId: user.id,
        state,
        source: 'ADVERTISER_SIGN_UP',
        unsubscribeTokenHash: hashToken(generateToken()),
        lastContactAt: now,
        ...dates,
      },
    });
  }
}

export async function isSubscribedToAdvertiserNewsletter(db: Pick<Db, 'newsletterSubscription'>, userId: string): Promise<boolean> {
  const row = await db.newsletterSubscription.findFirst({
    where: { userId, state: 'SUBSCRIBED', list: { audience: 'ADVERTISERS' } },
    select: { id: true },
  });
  return row !== null;
}

/** How long the « Clients » confirmation link stays valid. */
export const CLIENTS_CONFIRMATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

async function clientsListId(tx: Tx): Promise<string> {
  const list = NEWSLETTER_LISTS[1];
  const row = await tx.newsletterList.upsert({
    where: { audience: list.audience },
    create: list,
    update: {},
    select: { id: true },
  });
  return row.id;
}

/**
 * A request to receive « Clients » (unticked box of the review form): a PENDING_CONFIRMATION
 * subscription that counts only once the e-mailed link is followed (double opt-in, CPCE L34-5).
 * Returns the confirmation token to put in that e-mail, or null when the address is already subscribed.
 */
export async function requestClientsNewsletter(
  tx: Tx,
  email: string,
  now = new Date(),
  source: SubscriptionSource = 'REVIEW_FORM',
): Promise<{ confirmToken: string } | null> {
  const listId = await clientsListId(tx);
  const existing = await tx.newsletterSubscription.findUnique({
    where: { listId_email: { listId, email } },
    select: { id: true, state: true },
  });
  if (existing?.state === 'SUBSCRIBED') return null;
  const confirmToken = generateToken();
  if (existing) {
    await tx.newsletterSubscription.update({
      where: { id: existing.id },
      data: { state: 'PENDING_CONFIRMATION', confirmTokenHash: hashToken(confirmToken), source, lastContactAt: now, updatedAt: now },
    });
  } else {
    await tx.newsletterSubscription.create({
      data: {
        listId,
        email,
        state: 'PENDING_CONFIRMATION',
        confirmTokenHash: hashToken(confirmToken),
        unsubscribeTokenHash: hashToken(generateToken()),
        source,
        lastContactAt: now,
        createdAt: now,
        updatedAt: now,
      },
    });
  }
  return { confirmToken };
}

/**
 * Follows a confirmation link: the pending subscription becomes SUBSCRIBED, once (the token is
 * cleared), within its validity. One conditional update, so two clicks confirm once.
 */
export async function confirmNewsletterSubscription(
  db: Pick<Db, 'newsletterSubscription'>,
  token: string,
  now = new Date(),
): Promise<'confirmed' | 'invalid'> {
  const { count } = await db.newsletterSubscription.updateMany({
    where: {
      confirmTokenHash: hashToken(token),
      state: 'PENDING_CONFIRMATION',
      updatedAt: { gt: new Date(now.getTime() - CLIENTS_CONFIRMATION_VALIDITY_MS) },
    },
    data: { state: 'SUBSCRIBED', confirmedAt: now, unsubscribedAt: null, confirmTokenHash: null, lastContactAt: now },
  });
  return count === 1 ? 'confirmed' : 'invalid';
}
