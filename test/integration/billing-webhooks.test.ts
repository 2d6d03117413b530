// Payments end to end on real PostgreSQL, with the real Stripe SDK talking to the local fake and the
// fake's events signed with the SDK's test helper and delivered to the real webhook route: checkout
// with a promotion code makes the listing public; the same event delivered three times at once changes
// the state once; an older event changes nothing; a bad signature changes nothing; a failed payment
// starts a 7-day grace period (e-mail, banner) and a payment ends it; a cancellation keeps the listing
// public until the end of the paid period. Also: who may subscribe, and who sees which subscription.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { GRACE_PERIOD_DAYS, RENEWAL_SLACK_MS } from '@/lib/billing/access';
import { removeAccount } from '@/lib/accounts/account';
import { startCheckout } from '@/lib/billing/checkout';
import { GRACE_REMINDER_LEAD_MS, sendGraceReminders } from '@/lib/billing/grace-reminders';
import { getBillingOverview, paymentFailedGraceEnd } from '@/lib/billing/queries';
import { publicListingWhere } from '@/lib/listings/visibility';
import { generateValidSiret } from '@/lib/siret/checksum';
import { searchListings } from '@/lib/search/queries';
import { parseSearchParams } from '@/lib/search/schema';
import BillingPage from '@/app/espace/abonnement/page';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';
import { startFakeStripe, type FakeStripe } from '@/test/fakes/stripe-server';
import { actAs } from '@/test/support/acting-as';

// Read lazily by env() and lib/billing/stripe.ts: set before anything talks to Stripe.
const WEBHOOK_SECRET = 'whsec_test_billing_webhooks';
process.env.STRIPE_SECRET_KEY = 'sk_test_billing_webhooks';
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

// A shared 2-core machine: database clones and SDK round trips can take a while.
jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;
let fake: FakeStripe;
let categoryId: string;
let seed = 61_000;
const outcomes: { status: number; outcome?: string }[] = [];

function post(payload: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['stripe-signature'] = signature;
  return webhook(new Request('http://localhost/api/webhooks/stripe', { method: 'POST', headers, body: payload }));
}

async function deliver(payload: string, signature: string) {
  const response = await post(payload, signature);
  const body = (await response.json()) as { outcome?: string };
  outcomes.push({ status: response.status, outcome: body.outcome });
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
}

async function createAdvertiser(name: string, { verified = true } = {}) {
  seed += 1;
  const user = await prisma.user.create({
    data: {
      email: `${name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().replace(/\s/g, '.')}.${seed}@exemple.fr`,
      passwordHash: 'x',
      emailVerifiedAt: verified ? new Date() : null,
      advertiser: {
        create: {
          fullName: name,
          addressLine: '4 rue des Tanneurs',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(seed),
          siretStatus: 'VERIFIED',
          listing: {
            create: {
              slug: `tapissier-${seed}`,
              title: `Tapisserie ${name} quokka${seed}`,
              description: 'Réfection de fauteuils à Colmar.',
              categoryId,
              communeCode: '68066',
              status: 'PUBLISHED',
              publishedAt: new Date(),
            },
          },
        },
      },
    },
    select: { id: true, email: true, advertiser: { select: { id: true, siret: true } } },
  });
  return { userId: user.id, email: user.email, advertiserId: user.advertiser!.id, siret: user.advertiser!.siret, marker: `quokka${seed}` };
}

type Advertiser = Awaited<ReturnType<typeof createAdvertiser>>;

const isPublic = async (advertiserId: string) => (await prisma.listing.count({ where: { ...publicListingWhere, advertiserId } })) === 1;
const foundBySearch = async (marker: string) => (await searchListings(parseSearchParams({ q: marker }))).total === 1;
const subscriptionOf = (advertiserId: string) => prisma.subscription.findFirstOrThrow({ where: { advertiserId } });

/** Subscribes through the real checkout code and the fake's hosted page, as the advertiser would. */
async function subscribe(advertiser: Advertiser, promotionCode?: string) {
  const result = await startCheckout(advertiser.advertiserId, 'monthly');
  if (!result.ok) throw new Error(result.reason);
  const sessionId = new URL(result.url).searchParams.get('session')!;
  await fake.completeCheckout(sessionId, { promotionCode });
  return subscriptionOf(advertiser.advertiserId);
}

beforeAll(async () => {
  fake = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET, deliver, siteUrl: 'http://localhost:3000' });
  process.env.STRIPE_API_BASE = fake.url;
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
  ({ id: categoryId } = await prisma.category.create({ data: { slug: 'tapissier', name: 'Tapissier', description: 'Tapisserie' } }));
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  outcomes.length = 0;
});

describe('checkout', () => {
  it('creates the customer with name, e-mail, address and SIRET, and a subscription-mode session with promotion codes', async () => {
    const advertiser = await createAdvertiser('Nina Roux');
    const result = await startCheckout(advertiser.advertiserId, 'yearly');
    expect(result.ok).toBe(true);
    const profile = await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: advertiser.advertiserId } });
    const customer = fake.customers.get(profile.stripeCustomerId!)!;
    expect(customer).toMatchObject({
      name: 'Nina Roux',
      email: advertiser.email,
      address: { line1: '4 rue des Tanneurs', postal_code: '68000', city: 'Colmar', country: 'FR' },
      metadata: { siret: advertiser.siret, advertiserId: advertiser.advertiserId },
    });
    const session = [...fake.checkoutSessions.values()].find((candidate) => candidate.customer === profile.stripeCustomerId)!;
    expect(session).toMatchObject({ mode: 'subscription', allow_promotion_codes: true, price: 'price_demo_yearly' });

    // A second attempt reuses the customer.
    const customersOf = () =>
      [...fake.customers.values()].filter((candidate) => (candidate.metadata as { advertiserId?: string }).advertiserId === advertiser.advertiserId);
    await startCheckout(advertiser.advertiserId, 'monthly');
    expect(customersOf()).toHaveLength(1);
    // A customer deleted at Stripe is replaced, not an error.
    fake.customers.delete(profile.stripeCustomerId!);
    expect(await startCheckout(advertiser.advertiserId, 'monthly')).toMatchObject({ ok: true });
    const replaced = await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: advertiser.advertiserId } });
    expect(replaced.stripeCustomerId).not.toBe(profile.stripeCustomerId);
    expect(customersOf().map((candidate) => candidate.id)).toEqual([replaced.stripeCustomerId]);
  });

  it('refuses an advertiser whose e-mail is not verified, or whose SIRET is closed, without calling Stripe', async () => {
    const unverified = await createAdvertiser('Oscar Sans Email', { verified: false });
    const before = fake.requests.length;
    expect(await startCheckout(unverified.advertiserId, 'monthly')).toMatchObject({ ok: false, reason: expect.stringMatching(/adresse e-mail/) });
    const closed = await createAdvertiser('Paula Fermée');
    await prisma.advertiserProfile.update({ where: { id: closed.advertiserId }, data: { siretStatus: 'CLOSED' } });
    expect(await startCheckout(closed.advertiserId, 'monthly')).toMatchObject({ ok: false, reason: expect.stringMatching(/fermé/) });
    expect(fake.requests.length).toBe(before);
  });

  it('makes the published listing public once paid, with the promotion code on the invoice', async () => {
    const advertiser = await createAdvertiser('Quentin Marchal');
    expect(await isPublic(advertiser.advertiserId)).toBe(false);
    expect(await foundBySearch(advertiser.marker)).toBe(false);

    const subscription = await subscribe(advertiser, 'BIENVENUE20');
    expect(outcomes.map((entry) => entry.outcome)).toEqual(['processed', 'processed', 'processed']);
    expect(subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: false, stripePriceId: 'price_demo_monthly' });
    expect(subscription.publicUntil!.getTime()).toBe(subscription.currentPeriodEnd!.getTime() + RENEWAL_SLACK_MS);
    expect(subscription.currentPeriodEnd!.getTime()).toBeGreaterThan(Date.now() + 27 * DAY_MS);
    expect(await isPublic(advertiser.advertiserId)).toBe(true);
    expect(await foundBySearch(advertiser.marker)).toBe(true);

    const [invoice] = await prisma.invoice.findMany({ where: { advertiserId: advertiser.advertiserId } });
    // 19 € HT − 20 % = 15,20 € HT, + 20 % VAT = 18,24 € TTC.
    expect(invoice).toMatchObject({ status: 'paid', amountTotal: 1824, currency: 'eur' });
    expect(invoice.number).toMatch(/^DEMO-/);
    expect(fake.promotionCodes.get('promo_bienvenue20')!.times_redeemed).toBeGreaterThanOrEqual(1);

    await actAs(advertiser.userId);
    const overview = await getBillingOverview(advertiser.advertiserId);
    expect(overview.state).toEqual({ kind: 'active', renewsAt: subscription.currentPeriodEnd });
    expect(await startCheckout(advertiser.advertiserId, 'yearly')).toMatchObject({ ok: false, reason: expect.stringMatching(/déjà un abonnement/) });
  });
});

describe('webhook delivery', () => {
  let advertiser: Advertiser;
  let stripeSubscriptionId: string;

  beforeAll(async () => {
    advertiser = await createAdvertiser('Romane Leclerc');
    stripeSubscriptionId = (await subscribe(advertiser)).stripeSubscriptionId;
  });

  it('applies the same event delivered three times at once exactly once', async () => {
    const current = fake.subscriptions.get(stripeSubscriptionId)!;
    const { event, payload, signature } = fake.signedEvent('customer.subscription.updated', { ...current, cancel_at_period_end: true });
    const before = await subscriptionOf(advertiser.advertiserId);
    const responses = await Promise.all([1, 2, 3].map(() => post(payload, signature)));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { outcome: string }[];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(bodies.map((body) => body.outcome).sort()).toEqual(['duplicate', 'duplicate', 'processed']);
    expect(await prisma.webhookEvent.count({ where: { eventId: event.id as string } })).toBe(1);
    const after = await subscriptionOf(advertiser.advertiserId);
    expect(after.cancelAtPeriodEnd).toBe(true);
    expect(after.lastEventCreatedAt.getTime()).toBe((event.created as number) * 1000);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // Put it back for the next tests, through a newer event.
    const { payload: undo, signature: undoSignature } = fake.signedEvent('customer.subscription.updated', current);
    expect((await post(undo, undoSignature)).status).toBe(200);
    expect((await subscriptionOf(advertiser.advertiserId)).cancelAtPeriodEnd).toBe(false);
  });

  it('ignores a customer.subscription.updated older than the stored state', async () => {
    const before = await subscriptionOf(advertiser.advertiserId);
    const stale = { ...fake.subscriptions.get(stripeSubscriptionId)!, status: 'canceled', ended_at: Math.floor(Date.now() / 1000) };
    const created = Math.floor(before.lastEventCreatedAt.getTime() / 1000) - 60;
    const { event, payload, signature } = fake.signedEvent('customer.subscription.updated', stale, created);
    const response = await post(payload, signature);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'ignored' });
    const after = await subscriptionOf(advertiser.advertiserId);
    expect(after).toEqual(before);
    expect(await isPublic(advertiser.advertiserId)).toBe(true);
    // Recorded all the same: a retry of it is a duplicate.
    expect(await prisma.webhookEvent.count({ where: { eventId: event.id as string } })).toBe(1);
  });

  it('answers 400 to a bad or missing signature and changes nothing', async () => {
    const before = await subscriptionOf(advertiser.advertiserId);
    const events = await prisma.webhookEvent.count();
    const { payload, signature } = fake.signedEvent('customer.subscription.deleted', {
      ...fake.subscriptions.get(stripeSubscriptionId)!,
      status: 'canceled',
      ended_at: Math.floor(Date.now() / 1000),
    });
    const tampered = payload.replace('"canceled"', '"active"');
    expect((await post(tampered, signature)).status).toBe(400);
    expect((await post(payload, signature.replace(/v1=[0-9a-f]{4}/, 'v1=0000'))).status).toBe(400);
    expect((await post(payload, null)).status).toBe(400);
    expect((await post(payload, 't=1,v1=deadbeef')).status).toBe(400);
    expect(await prisma.webhookEvent.count()).toBe(events);
    expect(await subscriptionOf(advertiser.advertiserId)).toEqual(before);
  });

  it('answers 500 and stores nothing when processing fails, so that Stripe retries', async () => {
    const events = await prisma.webhookEvent.count();
    const { payload, signature } = fake.signedEvent('checkout.session.completed', {
      id: 'cs_test_unknown',
      object: 'checkout.session',
      mode: 'subscription',
      customer: 'cus_unknown',
      subscription: 'sub_does_not_exist',
      metadata: {},
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await post(payload, signature)).status).toBe(500);
    spy.mockRestore();
    expect(await prisma.webhookEvent.count()).toBe(events);
  });
});

describe('failed payment, grace period and recovery', () => {
  it('keeps the listing public 7 days after the failure, warns by e-mail and banner, then recovers', async () => {
    const advertiser = await createAdvertiser('Sacha Benoît');
    const { stripeSubscriptionId } = await subscribe(advertiser);
    await fake.failPayment(stripeSubscriptionId);

    const failed = await subscriptionOf(advertiser.advertiserId);
    expect(failed.status).toBe('past_due');
    expect(failed.paymentFailedAt).toBeInstanceOf(Date);
    expect(failed.publicUntil!.getTime()).toBe(failed.paymentFailedAt!.getTime() + GRACE_PERIOD_DAYS * DAY_MS);
    expect(await isPublic(advertiser.advertiserId)).toBe(true);
    expect(await paymentFailedGraceEnd(advertiser.advertiserId)).toEqual(failed.publicUntil);
    // After the grace period, the same row hides the listing: nothing has to run for that.
    expect(await paymentFailedGraceEnd(advertiser.advertiserId, new Date(failed.publicUntil!.getTime() + 1000))).toBeNull();
    expect((await getBillingOverview(advertiser.advertiserId, new Date(failed.publicUntil!.getTime() + 1000))).state.kind).toBe('ended');

    const emails = await prisma.emailOutbox.findMany({ where: { to: advertiser.email, template: 'billing-payment-failed' } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toMatch(/Paiement refusé/);
    const invoices = await prisma.invoice.findMany({ where: { advertiserId: advertiser.advertiserId }, orderBy: { issuedAt: 'asc' } });
    expect(invoices.map((invoice) => invoice.status).sort()).toEqual(['open', 'paid']);

    await fake.recoverPayment(stripeSubscriptionId);
    const recovered = await subscriptionOf(advertiser.advertiserId);
    expect(recovered).toMatchObject({ status: 'active', paymentFailedAt: null });
    expect(recovered.publicUntil!.getTime()).toBe(recovered.currentPeriodEnd!.getTime() + RENEWAL_SLACK_MS);
    expect(await paymentFailedGraceEnd(advertiser.advertiserId)).toBeNull();
    expect((await prisma.invoice.findMany({ where: { advertiserId: advertiser.advertiserId } })).every((invoice) => invoice.status === 'paid')).toBe(true);
  });

  it('hides the listing in search once the grace period is over', async () => {
    const advertiser = await createAdvertiser('Tess Girard');
    const { stripeSubscriptionId } = await subscribe(advertiser);
    await fake.failPayment(stripeSubscriptionId);
    expect(await foundBySearch(advertiser.marker)).toBe(true);
    // Eight days later, as the stored instants see it.
    await prisma.subscription.updateMany({
      where: { advertiserId: advertiser.advertiserId },
      data: { paymentFailedAt: new Date(Date.now() - 8 * DAY_MS), publicUntil: new Date(Date.now() - DAY_MS) },
    });
    expect(await foundBySearch(advertiser.marker)).toBe(false);
    expect(await isPublic(advertiser.advertiserId)).toBe(false);
  });

  it('reminds the advertiser once, two days before the listing is hidden, and not once the payment recovers', async () => {
    const advertiser = await createAdvertiser('Vera Simon');
    const { stripeSubscriptionId } = await subscribe(advertiser);
    await fake.failPayment(stripeSubscriptionId);
    const graceEndsAt = (await subscriptionOf(advertiser.advertiserId)).publicUntil!;
    const reminders = () =>
      prisma.emailOutbox.findMany({ where: { to: advertiser.email, template: 'billing-payment-failed', subject: { startsWith: 'Rappel' } } });
    const at = (msBeforeEnd: number) => new Date(graceEndsAt.getTime() - msBeforeEnd);

    // Too early: the first notice is enough.
    await sendGraceReminders(at(GRACE_REMINDER_LEAD_MS + 60_000));
    expect(await reminders()).toHaveLength(0);

    // Within the last two days: one reminder, however often the hourly job runs.
    await sendGraceReminders(at(GRACE_REMINDER_LEAD_MS - 60_000));
    await sendGraceReminders(at(GRACE_REMINDER_LEAD_MS - 3_600_000));
    const [reminder, ...others] = await reminders();
    expect(others).toHaveLength(0);
    expect(reminder.subject).toBe(
      `Rappel\u00a0: votre annonce sera masquée le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(graceEndsAt)}`,
    );
    expect(reminder.props).toMatchObject({ reminder: true, graceEndsAt: graceEndsAt.toISOString() });

    // After a recovery there is nothing left to remind of.
    const another = await createAdvertiser('Wendy Morel');
    const second = await subscribe(another);
    await fake.failPayment(second.stripeSubscriptionId);
    await fake.recoverPayment(second.stripeSubscriptionId);
    await sendGraceReminders(at(GRACE_REMINDER_LEAD_MS - 60_000));
    expect(await prisma.emailOutbox.count({ where: { to: another.email, subject: { startsWith: 'Rappel' } } })).toBe(0);
  });
});

describe('cancellation', () => {
  it('keeps the listing public until the end of the paid period, then hides it', async () => {
    const advertiser = await createAdvertiser('Ugo Lambert');
    const { stripeSubscriptionId } = await subscribe(advertiser);
    await fake.setCancelAtPeriodEnd(stripeSubscriptionId, true);
    const canceling = await subscriptionOf(advertiser.advertiserId);
    expect(canceling).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    expect(canceling.publicUntil).toEqual(canceling.currentPeriodEnd);
    expect(await isPublic(advertiser.advertiserId)).toBe(true);
    expect((await getBillingOverview(advertiser.advertiserId)).state).toEqual({ kind: 'canceling', visibleUntil: canceling.currentPeriodEnd });

    await fake.endSubscription(stripeSubscriptionId);
    const ended = await subscriptionOf(advertiser.advertiserId);
    expect(ended.status).toBe('canceled');
    expect(ended.publicUntil!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await isPublic(advertiser.advertiserId)).toBe(false);
    expect(await foundBySearch(advertiser.marker)).toBe(false);
    expect((await getBillingOverview(advertiser.advertiserId)).state.kind).toBe('ended');
  });
});

describe('who sees what', () => {
  it('shows an advertiser their own subscription and invoices only', async () => {
    const owner = await createAdvertiser('Vera Morel');
    await subscribe(owner);
    const [invoice] = await prisma.invoice.findMany({ where: { advertiserId: owner.advertiserId } });
    const other = await createAdvertiser('Willy Henry');

    await actAs(other.userId);
    const otherPage = JSON.stringify(await BillingPage());
    expect(otherPage).not.toContain(invoice.number!);
    expect(otherPage).toContain('"kind":"none"');
    expect((await getBillingOverview(other.advertiserId)).invoices).toEqual([]);

    await actAs(owner.userId);
    const ownerPage = JSON.stringify(await BillingPage());
    expect(ownerPage).toContain(invoice.number!);
  });
});

describe('invoices outlive the account', () => {
  it('cancels the subscription at Stripe and keeps the invoice with the billed name and SIRET when the advertiser deletes the account', async () => {
    const advertiser = await createAdvertiser('Xavier Lorentz');
    await subscribe(advertiser);
    const [invoice] = await prisma.invoice.findMany({ where: { advertiserId: advertiser.advertiserId } });
    expect(invoice).toMatchObject({ billedName: 'Xavier Lorentz', billedSiret: advertiser.siret });

    const subscription = await subscriptionOf(advertiser.advertiserId);
    await removeAccount(advertiser.userId, { notice: null, auditAction: 'account.deleted' });

    // Nobody is charged for a deleted account: the subscription is cancelled at Stripe at once.
    expect(fake.subscriptions.get(subscription.stripeSubscriptionId)).toMatchObject({ status: 'canceled' });
    expect(outcomes.at(-1)).toEqual({ status: 200, outcome: 'processed' });

    expect(await prisma.user.count({ where: { id: advertiser.userId } })).toBe(0);
    expect(await prisma.invoice.findUnique({ where: { id: invoice.id } })).toMatchObject({
      advertiserId: null,
      billedName: 'Xavier Lorentz',
      billedSiret: advertiser.siret,
      number: invoice.number,
      amountTotal: invoice.amountTotal,
    });
  });
});
