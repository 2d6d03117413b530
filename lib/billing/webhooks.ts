// Stripe's events, applied exactly once and never backwards. Each event's id is inserted into
// WebhookEvent in the same transaction as its effect, first: a concurrent duplicate waits on the unique
// index, then inserts nothing and is skipped; a failure rolls both back so Stripe's retry starts over.
// Ordering: every Subscription and Invoice row remembers the creation time of the event that last wrote
// it; an older event changes nothing, and when two events share a second (in doubt) the subscription
// is read back from Stripe, whose current object is the truth.
import 'server-only';
import type Stripe from 'stripe';
import { prisma, Prisma, type Tx } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { computePublicUntil, GRACE_PERIOD_DAYS } from './access';
import { stripe } from './stripe';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

const HANDLED = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
]);

const DAY_MS = 24 * 60 * 60 * 1000;
const fromUnix = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const created = new Date(event.created * 1000);
  // Network reads happen before the transaction, which then holds its locks for milliseconds only.
  const snapshot = HANDLED.has(event.type) ? await subscriptionSnapshot(event, created) : null;

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEvent.createMany({
      data: [{ provider: 'STRIPE', eventId: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (count === 0) return 'duplicate';
    switch (event.type) {
      case 'checkout.session.completed':
        await linkCustomer(tx, event.data.object);
        return snapshot ? applySubscription(tx, snapshot, created) : 'ignored';
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return applySubscription(tx, snapshot ?? event.data.object, created);
      case 'invoice.paid':
      case 'invoice.payment_failed':
        return applyInvoice(tx, event.data.object, created, event.type === 'invoice.payment_failed');
      default:
        return 'ignored';
    }
  });
}

/** The subscription object to apply: the event's, or Stripe's current one when the event is in doubt. */
async function subscriptionSnapshot(event: Stripe.Event, created: Date): Promise<Stripe.Subscription | null> {
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    const id = session.mode === 'subscription' ? idOf(session.subscription) : null;
    return id ? (await stripe()).subscriptions.retrieve(id) : null;
  }
  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.created') {
    const stored = await prisma.subscription.findUnique({
      where: { stripeSubscriptionId: event.data.object.id },
      select: { lastEventCreatedAt: true },
    });
    if (stored && stored.lastEventCreatedAt.getTime() === created.getTime()) {
      return (await stripe()).subscriptions.retrieve(event.data.object.id);
    }
  }
  return null;
}

async function linkCustomer(tx: Tx, session: Stripe.Checkout.Session) {
  const customerId = idOf(session.customer);
  const advertiserId = session.metadata?.advertiserId ?? session.client_reference_id;
  if (!customerId || !advertiserId) return;
  await tx.advertiserProfile.updateMany({ where: { id: advertiserId, stripeCustomerId: null }, data: { stripeCustomerId: customerId } });
}

async function advertiserOf(tx: Tx, customerId: string | null, metadataAdvertiserId?: string): Promise<string | null> {
  if (customerId) {
    const profile = await tx.advertiserProfile.findUnique({ where: { stripeCustomerId: customerId }, select: { id: true } });
    if (profile) return profile.id;
  }
  if (metadataAdvertiserId) {
    const profile = await tx.advertiserProfile.findUnique({ where: { id: metadataAdvertiserId }, select: { id: true } });
    if (profile) return profile.id;
  }
  return null;
}

type LockedSubscription = {
  id: string;
  advertiserId: string;
  lastEventCreatedAt: Date;
  paymentFailedAt: Date | null;
};

async function lockSubscription(tx: Tx, stripeSubscriptionId: string): Promise<LockedSubscription | null> {
  const [row] = await tx.$queryRaw<LockedSubscription[]>`
    SELECT "id", "advertiserId", "lastEventCreatedAt", "paymentFailedAt"
    FROM "Subscription" WHERE "stripeSubscriptionId" = ${stripeSubscriptionId} FOR UPDATE`;
  return row ?? null;
}

function periodEndOf(subscription: Stripe.Subscription): Date | null {
  const ends = (subscription.items?.data ?? []).map((item) => item.current_period_end).filter(Boolean);
  return ends.length > 0 ? fromUnix(Math.max(...ends)) : null;
}

async function applySubscription(tx: Tx, subscription: Stripe.Subscription, created: Date): Promise<WebhookOutcome> {
  const advertiserId = await advertiserOf(tx, idOf(subscription.customer), subscription.metadata?.advertiserId);
  if (!advertiserId) {
    console.warn(`Stripe subscription ${subscription.id}: no advertiser for customer ${idOf(subscription.customer)}`);
    return 'ignored';
  }
  const priceId = subscription.items?.data[0]?.price?.id ?? '';
  // A placeholder row, so that concurrent first events serialise on its lock instead of racing to insert.
  await tx.subscription.createMany({
    data: [
      {
        advertiserId,
        stripeSubscriptionId: subscription.id,
        stripePriceId: priceId,
        status: 'incomplete',
        lastEventCreatedAt: new Date(0),
      },
    ],
    skipDuplicates: true,
  });
  const row = await lockSubscription(tx, subscription.id);
  if (!row) throw new Error(`Subscription ${subscription.id} vanished`);
  if (row.lastEventCreatedAt > created) return 'ignored';

  const unpaid = subscription.status === 'past_due' || subscription.status === 'unpaid';
  const facts = {
    status: subscription.status,
    currentPeriodEnd: periodEndOf(subscription),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    trialEnd: fromUnix(subscription.trial_end),
    paymentFailedAt: unpaid ? (row.paymentFailedAt ?? created) : null,
    canceledAt: fromUnix(subscription.canceled_at),
    endedAt: fromUnix(subscription.ended_at),
  };
  await tx.subscription.update({
    where: { id: row.id },
    data: { ...facts, stripePriceId: priceId, publicUntil: computePublicUntil(facts), lastEventCreatedAt: created },
  });
  return 'processed';
}

/** Who is billed, copied onto the invoice so that it outlives the account (10-year retention). */
async function billedIdentity(tx: Tx, advertiserId: string) {
  const profile = await tx.advertiserProfile.findUniqueOrThrow({ where: { id: advertiserId }, select: { fullName: true, siret: true } });
  return { billedName: profile.fullName, billedSiret: profile.siret };
}

async function applyInvoice(tx: Tx, invoice: Stripe.Invoice, created: Date, failed: boolean): Promise<WebhookOutcome> {
  const stripeSubscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  let advertiserId = await advertiserOf(tx, idOf(invoice.customer));
  if (!advertiserId && stripeSubscriptionId) {
    advertiserId =
      (await tx.subscription.findUnique({ where: { stripeSubscriptionId }, select: { advertiserId: true } }))?.advertiserId ?? null;
  }
  if (!advertiserId) {
    console.warn(`Stripe invoice ${invoice.id}: no advertiser for customer ${idOf(invoice.customer)}`);
    return 'ignored';
  }
  const data = {
    stripeSubscriptionId,
    number: invoice.number,
    amountTotal: invoice.total,
    currency: invoice.currency,
    status: invoice.status ?? (failed ? 'open' : 'paid'),
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    invoicePdfUrl: invoice.invoice_pdf ?? null,
    issuedAt: new Date(invoice.created * 1000),
  };
  await tx.invoice.createMany({
    data: [{ ...data, advertiserId, ...(await billedIdentity(tx, advertiserId)), stripeInvoiceId: invoice.id as string, lastEventCreatedAt: new Date(0) }],
    skipDuplicates: true,
  });
  const [stored] = await tx.$queryRaw<{ id: string; status: string; lastEventCreatedAt: Date }[]>`
    SELECT "id", "status", "lastEventCreatedAt" FROM "Invoice" WHERE "stripeInvoiceId" = ${invoice.id} FOR UPDATE`;
  const older = stored.lastEventCreatedAt > created;
  // A paid invoice stays paid: a failure reported in the same second is the earlier attempt.
  const regresses = stored.status === 'paid' && data.status !== 'paid';
  if (older || regresses) return 'ignored';
  await tx.invoice.update({ where: { id: stored.id }, data: { ...data, lastEventCreatedAt: created } });

  if (failed && stripeSubscriptionId) await startGracePeriod(tx, advertiserId, stripeSubscriptionId, invoice, created);
  return 'processed';
}

/** The first failed payment starts the grace period and tells the advertiser to update their card. */
async function startGracePeriod(tx: Tx, advertiserId: string, stripeSubscriptionId: string, invoice: Stripe.Invoice, created: Date) {
  const row = await lockSubscription(tx, stripeSubscriptionId);
  if (!row) return;
  const failedAt = row.paymentFailedAt ?? created;
  if (!row.paymentFailedAt) {
    await tx.$executeRaw(Prisma.sql`UPDATE "Subscription" SET "paymentFailedAt" = ${created} WHERE "id" = ${row.id}`);
  }
  const profile = await tx.advertiserProfile.findUniqueOrThrow({
    where: { id: advertiserId },
    select: { fullName: true, user: { select: { email: true } } },
  });
  await enqueueEmail(tx, {
    to: profile.user.email,
    template: 'billing-payment-failed',
    props: {
      advertiserName: profile.fullName,
      amount: invoice.total,
      graceEndsAt: new Date(failedAt.getTime() + GRACE_PERIOD_DAYS * DAY_MS).toISOString(),
      billingUrl: `${env().APP_URL}/espace/abonnement`,
    },
    idempotencyKey: `billing-payment-failed:${invoice.id}`,
  });
}
