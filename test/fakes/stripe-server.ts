// A local stand-in for the Stripe API, speaking its protocol to the real `stripe` SDK: form-encoded
// bodies (`a[b][0]=c`), JSON objects with `object` and Stripe-like ids (cus_, cs_, sub_, in_, coupon_,
// promo_, bps_, evt_), list objects, and errors in Stripe's shape. It implements the endpoints the site
// calls (customers, checkout and billing-portal sessions, subscriptions, invoices, coupons, promotion
// codes) and, like Stripe, emits events signed with the webhook secret (the SDK's test helper) to the
// webhook URL or to a `deliver` callback. Serves the tests, and demo mode when no Stripe key is set
// (lib/billing/stripe.ts): its Checkout Session `url` then points to the site's demo checkout page,
// which completes the session through the `/_demo/…` controls below. It never sees a card number.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

type Json = Record<string, unknown>;
type Params = Record<string, unknown>;

export type FakeStripeOptions = {
  webhookSecret: string;
  /** Where events are POSTed (demo: the site's /api/webhooks/stripe). */
  webhookUrl?: string;
  /** Called instead of an HTTP POST (tests call the route handler in-process). */
  deliver?: (payload: string, signature: string) => Promise<void>;
  /** The site's base URL: the demo checkout and portal pages live there. */
  siteUrl?: string;
  /** Seconds added to the fake's clock (tests of periods and grace). */
  clockOffsetSeconds?: number;
};

export type FakeStripe = {
  /** Base URL for STRIPE_API_BASE, e.g. http://127.0.0.1:41234 */
  url: string;
  customers: Map<string, Json>;
  checkoutSessions: Map<string, Json>;
  subscriptions: Map<string, Json>;
  invoices: Map<string, Json>;
  promotionCodes: Map<string, Json>;
  /** Every event emitted, in order. */
  events: Json[];
  /** Requests received: method and path. */
  requests: { method: string; path: string; params: Params }[];
  /** Pays the session's first invoice and creates its subscription, emitting the events. */
  completeCheckout(sessionId: string, options?: { promotionCode?: string }): Promise<Json>;
  /** The renewal invoice fails: invoice.payment_failed, subscription past_due. */
  failPayment(subscriptionId: string): Promise<void>;
  /** The card is updated and the open invoice paid: invoice.paid, subscription active. */
  recoverPayment(subscriptionId: string): Promise<void>;
  /** Cancels at period end (or resumes): customer.subscription.updated. */
  setCancelAtPeriodEnd(subscriptionId: string, cancel: boolean): Promise<void>;
  /** The period ends for a cancelled subscription: customer.subscription.deleted. */
  endSubscription(subscriptionId: string): Promise<void>;
  /**
   * Takes over a customer and subscription that exist in our database but not in this (in-memory)
   * stand-in: the demo's seeded advertisers, or demo subscriptions from before a restart. No event.
   */
  adoptSubscription(input: AdoptedSubscription): void;
  /** Builds a signed event without delivering it (tests replay, reorder and tamper with it). */
  signedEvent(type: string, object: Json, created?: number): { event: Json; payload: string; signature: string };
  close(): Promise<void>;
};

export type AdoptedSubscription = {
  id: string;
  customer: { id: string; email: string; name: string };
  priceId: string;
  status: string;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
};

const PRICES: Record<string, { amount: number; interval: 'month' | 'year' }> = {
  price_demo_monthly: { amount: 1900, interval: 'month' },
  price_demo_yearly: { amount: 19000, interval: 'year' },
};
const VAT = 0.2;
const DAY = 24 * 60 * 60;
const API_VERSION = '2026-10-28.endive';

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;

/** Stripe's form encoding → nested object: `a[b][0][c]=v`. Arrays come back as objects keyed by index. */
export function parseStripeForm(body: string): Params {
  const result: Params = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.split(/\[|\]\[|\]/).filter((part) => part !== '');
    let node = result as Record<string, unknown>;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return result;
}

function stripeError(response: ServerResponse, status: number, type: string, message: string, extra: Json = {}) {
  send(response, status, { error: { type, message, ...extra } });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req') });
  response.end(JSON.stringify(body));
}

function list(url: string, data: Json[]): Json {
  return { object: 'list', url, has_more: false, data };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const truthy = (value: unknown) => value === 'true' || value === true;

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const customers = new Map<string, Json>();
  const checkoutSessions = new Map<string, Json>();
  const subscriptions = new Map<string, Json>();
  const invoices = new Map<string, Json>();
  const coupons = new Map<string, Json>();
  const promotionCodes = new Map<string, Json>();
  const portalSessions = new Map<string, Json>();
  const idempotentResponses = new Map<string, { status: number; body: string }>();
  const events: Json[] = [];
  const requests: FakeStripe['requests'] = [];
  let url = '';
  let lastCreated = 0;
  let invoiceNumber = 0;

  const now = () => Math.floor(Date.now() / 1000) + (options.clockOffsetSeconds ?? 0);
  /** Event times strictly increase, as a reader of one Stripe account observes them within a second. */
  const eventTime = () => (lastCreated = Math.max(now(), lastCreated + 1));

  // The demo's welcome code, so the journey can show a promotion code at work.
  const welcome: Json = {
    id: 'coupon_bienvenue20',
    object: 'coupon',
    percent_off: 20,
    amount_off: null,
    currency: null,
    duration: 'once',
    duration_in_months: null,
    name: 'Bienvenue −20 %',
    valid: true,
    times_redeemed: 0,
    max_redemptions: null,
    created: now(),
  };
  coupons.set(welcome.id as string, welcome);
  promotionCodes.set('promo_bienvenue20', {
    id: 'promo_bienvenue20',
    object: 'promotion_code',
    code: 'BIENVENUE20',
    active: true,
    promotion: { type: 'coupon', coupon: welcome },
    times_redeemed: 0,
    max_redemptions: null,
    expires_at: null,
    created: now(),
    metadata: {},
  });

  function signedEvent(type: string, object: Json, created = eventTime()) {
    const event: Json = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created,
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
    return { event, payload, signature };
  }

  async function emit(type: string, object: Json) {
    const { event, payload, signature } = signedEvent(type, structuredClone(object));
    events.push(event);
    if (options.deliver) return options.deliver(payload, signature);
    if (!options.webhookUrl) return;
    const response = await fetch(options.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
    });
    if (!response.ok) throw new Error(`Webhook ${type} answered ${response.status}`);
  }

  function couponOfPromotion(code: Json | undefined): Json | null {
    const promotion = code?.promotion as { coupon: Json } | undefined;
    return promotion?.coupon ?? null;
  }

  function discounted(amount: number, coupon: Json | null): number {
    if (!coupon) return amount;
    if (typeof coupon.percent_off === 'number') return Math.round(amount * (1 - coupon.percent_off / 100));
    if (typeof coupon.amount_off === 'number') return Math.max(0, amount - coupon.amount_off);
    return amount;
  }

  function createInvoice(subscription: Json, status: 'paid' | 'open', coupon: Json | null): Json {
    const price = PRICES[(subscription.items as { data: { price: { id: string } }[] }).data[0].price.id];
    const subtotal = discounted(price?.amount ?? 1900, coupon);
    const total = Math.round(subtotal * (1 + VAT));
    invoiceNumber += 1;
    const id = newId('in');
    const invoice: Json = {
      id,
      object: 'invoice',
      customer: subscription.customer,
      number: `DEMO-${String(invoiceNumber).padStart(4, '0')}`,
      currency: 'eur',
      subtotal,
      total,
      amount_due: total,
      amount_paid: status === 'paid' ? total : 0,
      status,
      created: now(),
      hosted_invoice_url: `${options.siteUrl ?? url}/paiement-demo/facture?invoice=${id}`,
      invoice_pdf: `${options.siteUrl ?? url}/paiement-demo/facture?invoice=${id}&format=pdf`,
      parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, metadata: {} } },
      livemode: false,
    };
    invoices.set(id, invoice);
    return invoice;
  }

  function periodEnd(start: number, interval: 'month' | 'year'): number {
    const date = new Date(start * 1000);
    if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
    else date.setUTCMonth(date.getUTCMonth() + 1);
    return Math.floor(date.getTime() / 1000);
  }

  function setPrice(subscription: Json, priceId: string) {
    const price = PRICES[priceId] ?? { amount: 1900, interval: 'month' as const };
    const start = now();
    const end = periodEnd(start, price.interval);
    subscription.items = list('/v1/subscription_items', [
      {
        id: newId('si'),
        object: 'subscription_item',
        price: { id: priceId, object: 'price', unit_amount: price.amount, currency: 'eur', recurring: { interval: price.interval } },
        quantity: 1,
        current_period_start: start,
        current_period_end: end,
      },
    ]);
  }

  async function completeCheckout(sessionId: string, { promotionCode }: { promotionCode?: string } = {}) {
    const session = checkoutSessions.get(sessionId);
    if (!session) throw new Error(`No such checkout session: ${sessionId}`);
    if (session.status !== 'open') return session;
    let coupon: Json | null = null;
    if (promotionCode) {
      const code = [...promotionCodes.values()].find(
        (candidate) => String(candidate.code).toUpperCase() === promotionCode.trim().toUpperCase() && candidate.active,
      );
      if (!code) throw Object.assign(new Error('Ce code promotionnel n’est pas valide.'), { code: 'promotion_code_invalid' });
      coupon = couponOfPromotion(code);
      code.times_redeemed = Number(code.times_redeemed) + 1;
      if (coupon) coupon.times_redeemed = Number(coupon.times_redeemed) + 1;
    }
    const subscription: Json = {
      id: newId('sub'),
      object: 'subscription',
      customer: session.customer,
      status: 'active',
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      trial_end: null,
      created: now(),
      metadata: (session.subscription_data as { metadata?: Json } | undefined)?.metadata ?? {},
      discounts: coupon ? [newId('di')] : [],
      latest_invoice: null,
      livemode: false,
    };
    setPrice(subscription, session.price as string);
    const invoice = createInvoice(subscription, 'paid', coupon);
    subscription.latest_invoice = invoice.id;
    subscriptions.set(subscription.id as string, subscription);
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id, invoice: invoice.id });
    await emit('checkout.session.completed', session);
    await emit('customer.subscription.created', subscription);
    await emit('invoice.paid', invoice);
    return session;
  }

  function subscriptionOrThrow(id: string): Json {
    const subscription = subscriptions.get(id);
    if (!subscription) throw new Error(`No such subscription: ${id}`);
    return subscription;
  }

  async function failPayment(subscriptionId: string) {
    const subscription = subscriptionOrThrow(subscriptionId);
    const invoice = createInvoice(subscription, 'open', null);
    subscription.latest_invoice = invoice.id;
    subscription.status = 'past_due';
    await emit('invoice.payment_failed', invoice);
    await emit('customer.subscription.updated', subscription);
  }

  async function recoverPayment(subscriptionId: string) {
    const subscription = subscriptionOrThrow(subscriptionId);
    const invoice = invoices.get(subscription.latest_invoice as string);
    if (invoice) Object.assign(invoice, { status: 'paid', amount_paid: invoice.total });
    subscription.status = 'active';
    if (invoice) await emit('invoice.paid', invoice);
    await emit('customer.subscription.updated', subscription);
  }

  async function setCancelAtPeriodEnd(subscriptionId: string, cancel: boolean) {
    const subscription = subscriptionOrThrow(subscriptionId);
    const item = (subscription.items as { data: Json[] }).data[0];
    Object.assign(subscription, {
      cancel_at_period_end: cancel,
      cancel_at: cancel ? item.current_period_end : null,
      canceled_at: cancel ? now() : null,
    });
    await emit('customer.subscription.updated', subscription);
  }

  async function endSubscription(subscriptionId: string) {
    const subscription = subscriptionOrThrow(subscriptionId);
    Object.assign(subscription, { status: 'canceled', ended_at: now(), canceled_at: subscription.canceled_at ?? now() });
    await emit('customer.subscription.deleted', subscription);
  }

  async function changePrice(subscriptionId: string, priceId: string) {
    const subscription = subscriptionOrThrow(subscriptionId);
    setPrice(subscription, priceId);
    await emit('customer.subscription.updated', subscription);
  }

  function adoptSubscription(input: AdoptedSubscription) {
    if (!customers.has(input.customer.id)) {
      customers.set(input.customer.id, { id: input.customer.id, object: 'customer', created: now(), livemode: false, email: input.customer.email, name: input.customer.name, metadata: {} });
    }
    if (subscriptions.has(input.id)) return;
    const subscription: Json = {
      id: input.id,
      object: 'subscription',
      customer: input.customer.id,
      status: input.status,
      cancel_at_period_end: input.cancelAtPeriodEnd,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      trial_end: null,
      created: now(),
      metadata: {},
      discounts: [],
      latest_invoice: null,
      livemode: false,
    };
    setPrice(subscription, input.priceId);
    (subscription.items as { data: Json[] }).data[0].current_period_end = Math.floor(input.currentPeriodEnd.getTime() / 1000);
    subscriptions.set(input.id, subscription);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const code = (error as { code?: string }).code;
      if (code) return stripeError(response, 400, 'invalid_request_error', (error as Error).message, { code });
      stripeError(response, 500, 'api_error', String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const target = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    const params = method === 'GET' ? parseStripeForm(target.search.slice(1)) : parseStripeForm(body);
    const path = target.pathname;
    requests.push({ method, path, params });
    const segments = path.split('/').filter(Boolean);

    // Demo controls: not Stripe's API, the demo pages' stand-in for Stripe's own hosted pages.
    if (segments[0] === '_demo') return demoControl(segments.slice(1), params, response);

    if (!/^Bearer sk_/.test(request.headers.authorization ?? '')) {
      return stripeError(response, 401, 'invalid_request_error', 'Invalid API Key provided.');
    }
    // Stripe's idempotency: the same key on a POST answers the first response again.
    const idempotencyKey = request.headers['idempotency-key'];
    if (method === 'POST' && typeof idempotencyKey === 'string') {
      const cached = idempotentResponses.get(idempotencyKey);
      if (cached) {
        response.writeHead(cached.status, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
        return void response.end(cached.body);
      }
      const end = response.end.bind(response);
      response.end = ((chunk: string) => {
        idempotentResponses.set(idempotencyKey, { status: response.statusCode, body: String(chunk) });
        return end(chunk);
      }) as typeof response.end;
    }
    const [version, resource, id, sub] = segments;
    if (version !== 'v1') return stripeError(response, 404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);

    const missing = (kind: string, missingId: string) =>
      stripeError(response, 404, 'invalid_request_error', `No such ${kind}: '${missingId}'`, { code: 'resource_missing', param: 'id' });

    switch (resource) {
      case 'customers': {
        if (method === 'POST' && !id) {
          const customer: Json = { id: newId('cus'), object: 'customer', created: now(), livemode: false, ...params, metadata: params.metadata ?? {} };
          customers.set(customer.id as string, customer);
          return send(response, 200, customer);
        }
        const customer = customers.get(id ?? '');
        if (!customer) return missing('customer', id ?? '');
        if (method === 'POST') {
          Object.assign(customer, params, { metadata: { ...(customer.metadata as Json), ...(params.metadata as Json) } });
        }
        return send(response, 200, customer);
      }
      case 'checkout': {
        if (id !== 'sessions') break;
        if (method === 'POST' && !sub) {
          const lineItems = params.line_items as Record<string, { price?: string }> | undefined;
          const price = lineItems?.['0']?.price;
          if (!price) return stripeError(response, 400, 'invalid_request_error', 'Missing required param: line_items.', { param: 'line_items' });
          if (!customers.has(String(params.customer))) return missing('customer', String(params.customer));
          const sessionId = newId('cs_test');
          const session: Json = {
            id: sessionId,
            object: 'checkout.session',
            mode: params.mode,
            status: 'open',
            payment_status: 'unpaid',
            customer: params.customer,
            client_reference_id: params.client_reference_id ?? null,
            metadata: params.metadata ?? {},
            subscription_data: params.subscription_data ?? {},
            allow_promotion_codes: truthy(params.allow_promotion_codes),
            success_url: params.success_url,
            cancel_url: params.cancel_url,
            locale: params.locale ?? null,
            price,
            subscription: null,
            created: now(),
            expires_at: now() + DAY,
            url: `${options.siteUrl ?? url}/paiement-demo?session=${sessionId}`,
            livemode: false,
          };
          checkoutSessions.set(sessionId, session);
          return send(response, 200, session);
        }
        const session = checkoutSessions.get(sub ?? '');
        if (!session) return missing('checkout.session', sub ?? '');
        return send(response, 200, session);
      }
      case 'billing_portal': {
        if (id !== 'sessions' || method !== 'POST') break;
        if (!customers.has(String(params.customer))) return missing('customer', String(params.customer));
        const portalId = newId('bps');
        const portal: Json = {
          id: portalId,
          object: 'billing_portal.session',
          customer: params.customer,
          return_url: params.return_url ?? null,
          created: now(),
          url: `${options.siteUrl ?? url}/paiement-demo/portail?session=${portalId}`,
          livemode: false,
        };
        portalSessions.set(portalId, portal);
        return send(response, 200, portal);
      }
      case 'subscriptions': {
        const subscription = subscriptions.get(id ?? '');
        if (!subscription) return missing('subscription', id ?? '');
        // DELETE cancels at once (not at the end of the period), as Stripe does.
        if (method === 'DELETE') {
          if (subscription.status !== 'canceled') await endSubscription(subscription.id as string);
          return send(response, 200, subscription);
        }
        if (method === 'POST') {
          if (params.cancel_at_period_end !== undefined) {
            await setCancelAtPeriodEnd(subscription.id as string, truthy(params.cancel_at_period_end));
          }
          const items = params.items as Record<string, { price?: string }> | undefined;
          if (items?.['0']?.price) await changePrice(subscription.id as string, items['0'].price);
        }
        return send(response, 200, subscription);
      }
      case 'invoices': {
        if (method !== 'GET') break;
        if (id) {
          const invoice = invoices.get(id);
          return invoice ? send(response, 200, invoice) : missing('invoice', id);
        }
        const data = [...invoices.values()]
          .filter((invoice) => !params.customer || invoice.customer === params.customer)
          .sort((a, b) => Number(b.created) - Number(a.created));
        return send(response, 200, list('/v1/invoices', data.slice(0, Number(params.limit ?? 10))));
      }
      case 'coupons': {
        if (method === 'POST' && !id) {
          const coupon: Json = {
            id: newId('coupon'),
            object: 'coupon',
            percent_off: params.percent_off !== undefined ? Number(params.percent_off) : null,
            amount_off: params.amount_off !== undefined ? Number(params.amount_off) : null,
            currency: params.currency ?? null,
            duration: params.duration ?? 'once',
            duration_in_months: params.duration_in_months !== undefined ? Number(params.duration_in_months) : null,
            name: params.name ?? null,
            valid: true,
            times_redeemed: 0,
            max_redemptions: null,
            created: now(),
            metadata: params.metadata ?? {},
          };
          if (coupon.percent_off === null && coupon.amount_off === null) {
            return stripeError(response, 400, 'invalid_request_error', 'You must pass either percent_off or amount_off.');
          }
          coupons.set(coupon.id as string, coupon);
          return send(response, 200, coupon);
        }
        if (method === 'GET' && !id) return send(response, 200, list('/v1/coupons', [...coupons.values()]));
        const coupon = coupons.get(id ?? '');
        return coupon ? send(response, 200, coupon) : missing('coupon', id ?? '');
      }
      case 'promotion_codes': {
        if (method === 'POST' && !id) {
          const promotion = params.promotion as { type?: string; coupon?: string } | undefined;
          const coupon = coupons.get(promotion?.coupon ?? '');
          if (!coupon) return missing('coupon', promotion?.coupon ?? '');
          const code = String(params.code ?? newId('CODE')).toUpperCase();
          if ([...promotionCodes.values()].some((existing) => existing.active && String(existing.code).toUpperCase() === code)) {
            return stripeError(response, 400, 'invalid_request_error', 'An active promotion code with `code` already exists.', {
              code: 'resource_already_exists',
              param: 'code',
            });
          }
          const promotionCode: Json = {
            id: newId('promo'),
            object: 'promotion_code',
            code,
            active: params.active === undefined ? true : truthy(params.active),
            promotion: { type: 'coupon', coupon },
            times_redeemed: 0,
            max_redemptions: params.max_redemptions !== undefined ? Number(params.max_redemptions) : null,
            expires_at: params.expires_at !== undefined ? Number(params.expires_at) : null,
            created: now(),
            metadata: params.metadata ?? {},
            livemode: false,
          };
          promotionCodes.set(promotionCode.id as string, promotionCode);
          return send(response, 200, promotionCode);
        }
        if (method === 'GET' && !id) {
          const data = [...promotionCodes.values()]
            .filter((code) => params.active === undefined || code.active === truthy(params.active))
            .filter((code) => !params.code || code.code === params.code)
            .sort((a, b) => Number(b.created) - Number(a.created));
          return send(response, 200, list('/v1/promotion_codes', data.slice(0, Number(params.limit ?? 10))));
        }
        const promotionCode = promotionCodes.get(id ?? '');
        if (!promotionCode) return missing('promotion_code', id ?? '');
        if (method === 'POST' && params.active !== undefined) promotionCode.active = truthy(params.active);
        return send(response, 200, promotionCode);
      }
    }
    return stripeError(response, 404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  async function demoControl(segments: string[], params: Params, response: ServerResponse) {
    const [kind, id, action] = segments;
    if (kind === 'checkout' && action === 'complete') {
      const session = await completeCheckout(id, { promotionCode: (params.promotion_code as string) || undefined });
      return send(response, 200, session);
    }
    if (kind === 'checkout' && !action) {
      const session = checkoutSessions.get(id);
      return session ? send(response, 200, session) : stripeError(response, 404, 'invalid_request_error', 'No such session');
    }
    if (kind === 'portal') {
      const portal = portalSessions.get(id);
      if (!portal) return stripeError(response, 404, 'invalid_request_error', 'No such portal session');
      const subscription = [...subscriptions.values()]
        .filter((candidate) => candidate.customer === portal.customer)
        .sort((a, b) => Number(b.created) - Number(a.created))[0];
      if (action && !subscription) return stripeError(response, 400, 'invalid_request_error', 'No subscription');
      const subscriptionId = subscription?.id as string;
      if (action === 'cancel') await setCancelAtPeriodEnd(subscriptionId, true);
      else if (action === 'resume') await setCancelAtPeriodEnd(subscriptionId, false);
      else if (action === 'change_plan') await changePrice(subscriptionId, String(params.price));
      else if (action === 'fail_payment') await failPayment(subscriptionId);
      else if (action === 'recover_payment') await recoverPayment(subscriptionId);
      else if (action) return stripeError(response, 404, 'invalid_request_error', 'Unknown demo action');
      return send(response, 200, { portal, subscription: subscription ?? null });
    }
    return stripeError(response, 404, 'invalid_request_error', 'Unknown demo control');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    get url() {
      return url;
    },
    customers,
    checkoutSessions,
    subscriptions,
    invoices,
    promotionCodes,
    events,
    requests,
    completeCheckout,
    failPayment,
    recoverPayment,
    setCancelAtPeriodEnd,
    endSubscription,
    adoptSubscription,
    signedEvent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
