// Reads of the advertiser's billing: their subscription's state and their invoices, always by the
// signed-in advertiser's id (never by a subscription or invoice id alone).
import 'server-only';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { subscriptionState, type SubscriptionState } from './access';
import { planOfPrice, priceIds, type Plan } from './plans';

export const INVOICES_SHOWN = 24;

export type BillingOverview = {
  state: SubscriptionState;
  plan: Plan | null;
  hasCustomer: boolean;
  invoices: {
    id: string;
    number: string | null;
    amountTotal: number;
    currency: string;
    status: string;
    issuedAt: Date;
    hostedInvoiceUrl: string | null;
    invoicePdfUrl: string | null;
  }[];
};

/** The subscription that matters most: the one public the longest, then the newest. */
async function currentSubscription(advertiserId: string) {
  return prisma.subscription.findFirst({
    where: { advertiserId, status: { not: 'incomplete' } },
    orderBy: [{ publicUntil: { sort: 'desc', nulls: 'last' } }, { updatedAt: 'desc' }],
  });
}

export async function getBillingOverview(advertiserId: string, now = new Date()): Promise<BillingOverview> {
  const [subscription, invoices, profile] = await Promise.all([
    currentSubscription(advertiserId),
    prisma.invoice.findMany({
      where: { advertiserId },
      orderBy: { issuedAt: 'desc' },
      take: INVOICES_SHOWN,
      select: {
        id: true,
        number: true,
        amountTotal: true,
        currency: true,
        status: true,
        issuedAt: true,
        hostedInvoiceUrl: true,
        invoicePdfUrl: true,
      },
    }),
    prisma.advertiserProfile.findUniqueOrThrow({ where: { id: advertiserId }, select: { stripeCustomerId: true } }),
  ]);
  return {
    state: subscriptionState(subscription, now),
    plan: subscription ? planOfPrice(subscription.stripePriceId, priceIds(env())) : null,
    hasCustomer: profile.stripeCustomerId !== null,
    invoices,
  };
}

/** For the space's banner: the end of the grace period when a payment failed, else null. */
export async function paymentFailedGraceEnd(advertiserId: string, now = new Date()): Promise<Date | null> {
  const subscription = await prisma.subscription.findFirst({
    where: { advertiserId, status: { in: ['past_due', 'unpaid'] }, publicUntil: { gt: now } },
    orderBy: { publicUntil: 'desc' },
    select: { publicUntil: true },
  });
  return subscription?.publicUntil ?? null;
}
