// The Stripe SDK client. Production talks to Stripe (or to STRIPE_API_BASE when set, which is how tests
// reach their local fake). In demo and test without keys, a local stand-in speaking Stripe's protocol
// (test/fakes/stripe-server.ts) starts in this process on first use, like the company register
// (lib/siret/local-register.ts): the same SDK calls and the same signed webhooks as production.
import 'server-only';
import Stripe from 'stripe';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DEMO_ADVERTISER } from '@/lib/seed/demo-accounts';
import type { FakeStripe } from '@/test/fakes/stripe-server';

/** Signs the demo's and tests' webhooks when STRIPE_WEBHOOK_SECRET is unset (never with a real account). */
export const DEMO_WEBHOOK_SECRET = 'whsec_demo_only_not_for_production';
const LOCAL_SECRET_KEY = 'sk_test_local_fake';

// On globalThis: Next.js bundles route handlers and server actions separately, each with its own copy
// of this module, and they must all talk to the one stand-in that holds the demo's customers.
const shared = globalThis as { jautoLocalStripe?: Promise<FakeStripe> };
let client: { key: string; stripe: Stripe } | undefined;

export function webhookSecret(): string {
  const config = env();
  if (config.STRIPE_WEBHOOK_SECRET) return config.STRIPE_WEBHOOK_SECRET;
  if (config.APP_ENV === 'production' || config.STRIPE_SECRET_KEY) throw new Error('STRIPE_WEBHOOK_SECRET is not set.');
  return DEMO_WEBHOOK_SECRET;
}

/** True when no real Stripe account is configured: the demo checkout replaces Stripe's pages. */
export function isSimulatedStripe(): boolean {
  const config = env();
  return config.APP_ENV !== 'production' && !config.STRIPE_SECRET_KEY && !process.env.STRIPE_API_BASE?.trim();
}

async function apiBase(): Promise<string | null> {
  const explicit = process.env.STRIPE_API_BASE?.trim();
  if (explicit) return explicit;
  if (!isSimulatedStripe()) return null;
  shared.jautoLocalStripe ??= import('@/test/fakes/stripe-server')
    .then(({ startFakeStripe }) =>
      startFakeStripe({
        webhookSecret: webhookSecret(),
        webhookUrl: `${env().APP_URL}/api/webhooks/stripe`,
        siteUrl: env().APP_URL,
      }),
    )
    .then(async (fake) => {
      await adoptKnownSubscriptions(fake);
      return fake;
    })
    .catch((error: unknown) => {
      shared.jautoLocalStripe = undefined;
      throw error;
    });
  return (await shared.jautoLocalStripe).url;
}

/**
 * The stand-in starts empty: it takes over the running subscriptions the demo can manage — the demo
 * advertiser's (seeded) and any made through the demo checkout before a restart — so that « Gérer mon
 * abonnement » works for them. The thousands of other seeded advertisers have no password anyone knows.
 */
async function adoptKnownSubscriptions(fake: FakeStripe): Promise<void> {
  const rows = await prisma.subscription.findMany({
    where: {
      status: { notIn: ['canceled', 'incomplete_expired'] },
      currentPeriodEnd: { not: null },
      OR: [{ stripeSubscriptionId: { not: { startsWith: 'sub_demo_' } } }, { advertiser: { user: { email: DEMO_ADVERTISER.email } } }],
      advertiser: { stripeCustomerId: { not: null } },
    },
    select: {
      stripeSubscriptionId: true,
      stripePriceId: true,
      status: true,
      currentPeriodEnd: true,
      cancelAtPeriodEnd: true,
      advertiser: { select: { stripeCustomerId: true, fullName: true, user: { select: { email: true } } } },
    },
  });
  for (const row of rows) {
    fake.adoptSubscription({
      id: row.stripeSubscriptionId,
      customer: { id: row.advertiser.stripeCustomerId!, email: row.advertiser.user.email, name: row.advertiser.fullName },
      priceId: row.stripePriceId,
      status: row.status,
      currentPeriodEnd: row.currentPeriodEnd!,
      cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    });
  }
}

export async function stripe(): Promise<Stripe> {
  const base = await apiBase();
  const key = env().STRIPE_SECRET_KEY ?? LOCAL_SECRET_KEY;
  const cacheKey = `${key}@${base ?? 'stripe'}`;
  if (client?.key === cacheKey) return client.stripe;
  const url = base ? new URL(base) : null;
  const stripeClient = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'jauto-entreprends' },
    ...(url && {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
      protocol: url.protocol === 'https:' ? 'https' : 'http',
    }),
  });
  client = { key: cacheKey, stripe: stripeClient };
  return stripeClient;
}

/** Verifies a webhook's signature and parses it (throws on a bad signature). */
export function constructWebhookEvent(payload: string, signature: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(payload, signature, webhookSecret());
}

/** The base URL of the running local stand-in (demo pages call its demo controls). */
export async function localStripeUrl(): Promise<string> {
  const base = await apiBase();
  if (!base) throw new Error('No local Stripe stand-in in this mode.');
  return base;
}

/** Closes the local stand-in, if one was started. */
export async function stopLocalStripe(): Promise<void> {
  const running = shared.jautoLocalStripe;
  shared.jautoLocalStripe = undefined;
  client = undefined;
  await (await running?.catch(() => undefined))?.close();
}
