// An advertiser who deletes their account (or whose account the retention purge deletes) must not be
// charged again: every running subscription is cancelled at Stripe, at once, before the rows go.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { stripe } from './stripe';

const FINISHED = ['canceled', 'incomplete_expired'];

export async function cancelSubscriptionsOfDeletedAccount(userId: string): Promise<void> {
  const running = await prisma.subscription.findMany({
    where: { advertiser: { userId }, status: { notIn: FINISHED } },
    select: { stripeSubscriptionId: true },
  });
  if (running.length === 0) return;
  const client = await stripe();
  for (const { stripeSubscriptionId } of running) {
    try {
      await client.subscriptions.cancel(stripeSubscriptionId);
    } catch (error) {
      // Already gone at Stripe: nothing left to charge.
      if ((error as { code?: string }).code !== 'resource_missing') throw error;
    }
  }
}
