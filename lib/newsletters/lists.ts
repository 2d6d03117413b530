// The site's two newsletter lists. They exist in every database: the seed creates them, and the first
// sign-up creates the advertisers' one if a production database has none yet.
import 'server-only';
import { generateToken, hashToken } from '@/lib/security/tokens';
import type { Db, Tx } from '@/lib/db/client';

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
      data: { listId, email: user.email, userId: user.id, state, unsubscribeTokenHash: hashToken(generateToken()), ...dates },
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
