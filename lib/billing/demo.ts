// Demo mode's stand-ins for Stripe's hosted pages: the simulated checkout and customer portal ask the
// local Stripe fake (lib/billing/stripe.ts) to act, and the fake then sends its signed events to the
// same webhook handler as production. Only the advertiser a session was made for may use it; nothing
// here exists when a real Stripe account is configured.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { priceIds, planOfPrice, type Plan, type PlanId } from './plans';
import { isSimulatedStripe, localStripeUrl } from './stripe';

type DemoResult = { ok: true; url: string } | { ok: false; reason: string; field?: string };

export type DemoCheckout = { id: string; status: string; plan: Plan | null; cancelUrl: string };

async function demoCall<T>(path: string, form?: Record<string, string>): Promise<{ status: number; body: T }> {
  const response = await fetch(`${await localStripeUrl()}/_demo/${path}`, {
    method: form ? 'POST' : 'GET',
    // The stand-in's state changes with every operation: never a cached answer.
    cache: 'no-store',
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  return { status: response.status, body: (await response.json()) as T };
}

type SessionBody = { id: string; status: string; price: string; metadata?: { advertiserId?: string }; success_url: string; cancel_url: string };

async function ownSession(sessionId: string, advertiserId: string): Promise<SessionBody | null> {
  if (!isSimulatedStripe()) return null;
  const { status, body } = await demoCall<SessionBody>(`checkout/${encodeURIComponent(sessionId)}`);
  if (status !== 200 || body.metadata?.advertiserId !== advertiserId) return null;
  return body;
}

/** The simulated checkout's session, or null when it is not this advertiser's (the page's 404). */
export async function getDemoCheckout(sessionId: string, advertiserId: string): Promise<DemoCheckout | null> {
  const session = await ownSession(sessionId, advertiserId);
  if (!session) return null;
  return { id: session.id, status: session.status, plan: planOfPrice(session.price, priceIds(env())), cancelUrl: session.cancel_url };
}

export async function completeDemoCheckout(sessionId: string, advertiserId: string, promotionCode: string): Promise<DemoResult> {
  const session = await ownSession(sessionId, advertiserId);
  if (!session) return { ok: false, reason: 'Cette session de paiement n’existe pas.' };
  const { status, body } = await demoCall<{ success_url?: string; error?: { message: string } }>(
    `checkout/${encodeURIComponent(sessionId)}/complete`,
    { promotion_code: promotionCode },
  );
  if (status !== 200) {
    return { ok: false, reason: body.error?.message ?? 'Le paiement simulé a échoué.', field: 'promotionCode' };
  }
  return { ok: true, url: session.success_url.replace('{CHECKOUT_SESSION_ID}', sessionId) };
}

type PortalBody = {
  portal: { customer: string; return_url: string | null };
  subscription: { status: string; cancel_at_period_end: boolean; items: { data: { price: { id: string } }[] } } | null;
};

async function ownPortal(portalId: string, advertiserId: string): Promise<PortalBody | null> {
  if (!isSimulatedStripe()) return null;
  const profile = await prisma.advertiserProfile.findUnique({ where: { id: advertiserId }, select: { stripeCustomerId: true } });
  if (!profile?.stripeCustomerId) return null;
  const { status, body } = await demoCall<PortalBody>(`portal/${encodeURIComponent(portalId)}`);
  if (status !== 200 || body.portal.customer !== profile.stripeCustomerId) return null;
  return body;
}

export type DemoPortal = {
  id: string;
  returnUrl: string;
  subscription: { status: string; cancelAtPeriodEnd: boolean; plan: Plan | null } | null;
};

export async function getDemoPortal(portalId: string, advertiserId: string): Promise<DemoPortal | null> {
  const body = await ownPortal(portalId, advertiserId);
  if (!body) return null;
  const subscription = body.subscription;
  return {
    id: portalId,
    returnUrl: body.portal.return_url ?? `${env().APP_URL}/espace/abonnement`,
    subscription: subscription && {
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      plan: planOfPrice(subscription.items.data[0]?.price.id ?? '', priceIds(env())),
    },
  };
}

export async function runDemoPortalAction(
  portalId: string,
  advertiserId: string,
  action: string,
  plan: PlanId | undefined,
): Promise<DemoResult> {
  const body = await ownPortal(portalId, advertiserId);
  if (!body) return { ok: false, reason: 'Cette session du portail n’existe pas.' };
  const form: Record<string, string> = plan ? { price: priceIds(env())[plan] } : {};
  const { status } = await demoCall(`portal/${encodeURIComponent(portalId)}/${action}`, form);
  if (status !== 200) return { ok: false, reason: 'L’opération simulée a échoué.' };
  return { ok: true, url: `/paiement-demo/portail?session=${encodeURIComponent(portalId)}` };
}
