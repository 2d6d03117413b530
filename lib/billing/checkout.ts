// Subscribing and managing the subscription: the Stripe customer (created once, kept up to date with
// the advertiser's name, e-mail, address and SIRET), the Checkout Session in subscription mode with
// promotion codes allowed, and the Customer Portal. Card details are typed on Stripe's pages only.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { priceIds, type PlanId } from './plans';
import { stripe } from './stripe';

export type CheckoutResult = { ok: true; url: string } | { ok: false; reason: string };

const BILLING_PAGE = '/espace/abonnement';

async function loadProfile(advertiserId: string) {
  return prisma.advertiserProfile.findUniqueOrThrow({
    where: { id: advertiserId },
    select: {
      id: true,
      fullName: true,
      addressLine: true,
      postalCode: true,
      city: true,
      siret: true,
      siretStatus: true,
      stripeCustomerId: true,
      user: { select: { email: true, emailVerifiedAt: true } },
    },
  });
}

type Profile = Awaited<ReturnType<typeof loadProfile>>;

function customerFields(profile: Profile) {
  return {
    name: profile.fullName,
    email: profile.user.email,
    address: { line1: profile.addressLine, postal_code: profile.postalCode, city: profile.city, country: 'FR' },
    preferred_locales: ['fr'],
    metadata: { siret: profile.siret, advertiserId: profile.id },
  };
}

/** The advertiser's Stripe customer: reused when it exists (and refreshed), created once otherwise. */
export async function ensureCustomer(profile: Profile): Promise<string> {
  const client = await stripe();
  if (profile.stripeCustomerId) {
    try {
      await client.customers.update(profile.stripeCustomerId, customerFields(profile));
      return profile.stripeCustomerId;
    } catch (error) {
      // Deleted at Stripe (or a demo stand-in restarted without its memory): make a new one below.
      if ((error as { code?: string }).code !== 'resource_missing') throw error;
    }
  }
  // The idempotency key makes two simultaneous clicks create one customer at Stripe.
  const customer = await client.customers.create(customerFields(profile), {
    idempotencyKey: `customer-${profile.id}-${profile.stripeCustomerId ?? 'new'}`,
  });
  await prisma.advertiserProfile.updateMany({
    where: { id: profile.id, stripeCustomerId: profile.stripeCustomerId },
    data: { stripeCustomerId: customer.id },
  });
  const stored = await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { stripeCustomerId: true } });
  return stored.stripeCustomerId ?? customer.id;
}

/** Whether the advertiser already pays for a subscription that keeps running. */
export async function hasRunningSubscription(advertiserId: string, now = new Date()): Promise<boolean> {
  const running = await prisma.subscription.count({
    where: { advertiserId, publicUntil: { gt: now }, status: { in: ['active', 'trialing', 'past_due', 'unpaid'] } },
  });
  return running > 0;
}

export async function startCheckout(advertiserId: string, plan: PlanId): Promise<CheckoutResult> {
  const profile = await loadProfile(advertiserId);
  if (!profile.user.emailVerifiedAt) {
    return { ok: false, reason: 'Confirmez d’abord votre adresse e-mail avec le lien reçu à l’inscription.' };
  }
  if (profile.siretStatus === 'CLOSED') {
    return { ok: false, reason: 'Votre établissement est fermé selon le répertoire Sirene\u00a0: l’abonnement n’est pas possible.' };
  }
  if (await hasRunningSubscription(advertiserId)) {
    return { ok: false, reason: 'Vous avez déjà un abonnement en cours\u00a0: gérez-le avec «\u00a0Gérer mon abonnement\u00a0».' };
  }
  const customer = await ensureCustomer(profile);
  const { APP_URL } = env();
  const session = await (await stripe()).checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: advertiserId,
    line_items: [{ price: priceIds(env())[plan], quantity: 1 }],
    allow_promotion_codes: true,
    locale: 'fr',
    metadata: { advertiserId },
    subscription_data: { metadata: { advertiserId } },
    success_url: `${APP_URL}${BILLING_PAGE}/confirmation?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${APP_URL}${BILLING_PAGE}/annulation`,
  });
  if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
  return { ok: true, url: session.url };
}

export async function openPortal(advertiserId: string): Promise<CheckoutResult> {
  const profile = await loadProfile(advertiserId);
  if (!profile.stripeCustomerId) return { ok: false, reason: 'Vous n’avez pas encore d’abonnement.' };
  const portal = await (await stripe()).billingPortal.sessions.create({
    customer: profile.stripeCustomerId,
    return_url: `${env().APP_URL}${BILLING_PAGE}`,
    locale: 'fr',
  });
  return { ok: true, url: portal.url };
}
