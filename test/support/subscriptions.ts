// Test helper: gives an advertiser a paid, active subscription, so that its published listing is public
// (the visibility rule of lib/listings/visibility.ts requires one since the payments issue).
import { prisma } from '@/lib/db/client';

const DAY_MS = 24 * 60 * 60 * 1000;
let counter = 0;

export type ActiveSubscriptionOptions = {
  /** End of the paid period; default 30 days from now. */
  currentPeriodEnd?: Date;
  status?: string;
};

/** Creates an active subscription for the advertiser (AdvertiserProfile id) and returns its row. */
export async function giveActiveSubscription(advertiserId: string, options: ActiveSubscriptionOptions = {}) {
  counter += 1;
  const currentPeriodEnd = options.currentPeriodEnd ?? new Date(Date.now() + 30 * DAY_MS);
  return prisma.subscription.create({
    data: {
      advertiserId,
      stripeSubscriptionId: `sub_test_${Date.now().toString(36)}_${process.pid}_${counter}`,
      stripePriceId: 'price_demo_monthly',
      status: options.status ?? 'active',
      currentPeriodEnd,
      // The instant until which listings are public: the same as the billing rule computes for an
      // active subscription (lib/billing/access.ts), written directly so tests need no Stripe.
      publicUntil: new Date(currentPeriodEnd.getTime() + DAY_MS),
      lastEventCreatedAt: new Date(),
    },
  });
}

/** The same for several advertisers at once (one statement). */
export async function giveActiveSubscriptions(advertiserIds: string[], options: ActiveSubscriptionOptions = {}) {
  const currentPeriodEnd = options.currentPeriodEnd ?? new Date(Date.now() + 30 * DAY_MS);
  const stamp = `${Date.now().toString(36)}_${process.pid}`;
  await prisma.subscription.createMany({
    data: advertiserIds.map((advertiserId) => {
      counter += 1;
      return {
        advertiserId,
        stripeSubscriptionId: `sub_test_${stamp}_${counter}`,
        stripePriceId: 'price_demo_monthly',
        status: options.status ?? 'active',
        currentPeriodEnd,
        publicUntil: new Date(currentPeriodEnd.getTime() + DAY_MS),
        lastEventCreatedAt: new Date(),
      };
    }),
  });
}
