// What the links of a newsletter do, without signing in: the one-click unsubscribe (RFC 8058 POST),
// and the preference page, where the person sees every list of their address and leaves one or all,
// or comes back to one they left.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { readSubscriptionToken, type SubscriptionLink } from './links';

export type UnsubscribeOutcome = 'unsubscribed' | 'already' | 'unknown';

/** Leaves one list at once; the issue the link came from counts it in its results. Idempotent. */
export async function unsubscribeByLink(link: SubscriptionLink, now: Date = new Date()): Promise<UnsubscribeOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.newsletterSubscription.updateMany({
      where: { id: link.subscriptionId, state: { not: 'UNSUBSCRIBED' } },
      data: { state: 'UNSUBSCRIBED', unsubscribedAt: now, lastContactAt: now, confirmTokenHash: null },
    });
    if (count === 0) {
      const exists = await tx.newsletterSubscription.findUnique({ where: { id: link.subscriptionId }, select: { id: true } });
      return exists ? 'already' : 'unknown';
    }
    if (link.issueId) {
      await tx.newsletterDelivery.updateMany({
        where: { issueId: link.issueId, subscriptionId: link.subscriptionId, unsubscribedAt: null },
        data: { unsubscribedAt: now },
      });
    }
    return 'unsubscribed';
  });
}

export async function unsubscribeByToken(token: string | null | undefined, now: Date = new Date()): Promise<UnsubscribeOutcome> {
  const link = readSubscriptionToken(token);
  return link ? unsubscribeByLink(link, now) : 'unknown';
}

export type PreferenceList = {
  subscriptionId: string;
  listName: string;
  description: string;
  state: 'PENDING_CONFIRMATION' | 'SUBSCRIBED' | 'UNSUBSCRIBED';
  /** The list of the link that brought the person here. */
  current: boolean;
};

/** The address a token belongs to and every subscription of that address, or null for a bad link. */
export async function preferencesFor(token: string | null | undefined) {
  const link = readSubscriptionToken(token);
  if (!link) return null;
  const subscription = await prisma.newsletterSubscription.findUnique({
    where: { id: link.subscriptionId },
    select: { email: true },
  });
  if (!subscription) return null;
  const rows = await prisma.newsletterSubscription.findMany({
    where: { email: subscription.email },
    select: { id: true, state: true, list: { select: { name: true, description: true } } },
    orderBy: { list: { name: 'asc' } },
  });
  const lists: PreferenceList[] = rows.map((row) => ({
    subscriptionId: row.id,
    listName: row.list.name,
    description: row.list.description,
    state: row.state,
    current: row.id === link.subscriptionId,
  }));
  return { link, email: subscription.email, lists };
}

/**
 * A change made on the preference page, for one subscription of the token's address (never another
 * address's: the subscription is looked up by id AND that address).
 */
export async function changeSubscription(
  token: string,
  subscriptionId: string | 'all',
  subscribed: boolean,
  now: Date = new Date(),
): Promise<'done' | 'invalid'> {
  const preferences = await preferencesFor(token);
  if (!preferences) return 'invalid';
  const ids =
    subscriptionId === 'all'
      ? preferences.lists.map((list) => list.subscriptionId)
      : preferences.lists.filter((list) => list.subscriptionId === subscriptionId).map((list) => list.subscriptionId);
  if (ids.length === 0) return 'invalid';
  if (!subscribed) {
    for (const id of ids) await unsubscribeByLink({ subscriptionId: id, issueId: id === preferences.link.subscriptionId ? preferences.link.issueId : null }, now);
    return 'done';
  }
  // Coming back: only to a list this address had confirmed before (a pending one still needs its link).
  await prisma.newsletterSubscription.updateMany({
    where: { id: { in: ids }, email: preferences.email, state: 'UNSUBSCRIBED', confirmedAt: { not: null } },
    data: { state: 'SUBSCRIBED', unsubscribedAt: null, lastContactAt: now },
  });
  return 'done';
}
