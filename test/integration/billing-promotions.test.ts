// The team's promotion codes, through the real Stripe SDK and the local fake: an admin creates one
// (coupon + code at Stripe, audited), sees it listed with its redemptions, and deactivates it (audited);
// an advertiser gets the site's 404 and an anonymous caller the sign-in redirect from every action and
// the page, and nothing is created at Stripe. Also: the advertiser's billing actions check who asks.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { createPromotionAction, deactivatePromotionAction, openPortalAction, subscribeAction } from '@/lib/billing/actions';
import { listPromotions } from '@/lib/billing/promotions';
import { initialFormState } from '@/lib/forms/form-state';
import { generateValidSiret } from '@/lib/siret/checksum';
import PromotionsPage from '@/app/admin/promotions/page';
import { startFakeStripe, type FakeStripe } from '@/test/fakes/stripe-server';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

process.env.STRIPE_SECRET_KEY = 'sk_test_billing_promotions';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_billing_promotions';

jest.setTimeout(60_000);

let fake: FakeStripe;
let adminId: string;
let advertiser: { userId: string; advertiserId: string };

const promotion = (overrides: Record<string, string> = {}) =>
  formData({ code: 'printemps-2027', kind: 'percent', value: '15', duration: 'repeating', durationInMonths: '3', maxRedemptions: '50', expiresOn: '', ...overrides });

beforeAll(async () => {
  fake = await startFakeStripe({ webhookSecret: 'whsec_test_billing_promotions' });
  process.env.STRIPE_API_BASE = fake.url;
  adminId = (await prisma.user.create({ data: { email: 'equipe.promotions@exemple.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() } })).id;
  const user = await prisma.user.create({
    data: {
      email: 'annonceur.promotions@exemple.fr',
      passwordHash: 'x',
      emailVerifiedAt: new Date(),
      advertiser: {
        create: {
          fullName: 'Yann Perrin',
          addressLine: '2 rue Vauban',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(62_001),
        },
      },
    },
    select: { id: true, advertiser: { select: { id: true } } },
  });
  advertiser = { userId: user.id, advertiserId: user.advertiser!.id };
});

afterAll(async () => {
  await fake.close();
});

describe('promotion codes', () => {
  it('refuses advertisers (404) and anonymous callers (sign-in) everywhere, and creates nothing at Stripe', async () => {
    const codesBefore = fake.promotionCodes.size;
    await actAs(advertiser.userId);
    await expect(createPromotionAction(initialFormState, promotion())).rejects.toThrow(NOT_FOUND);
    await expect(deactivatePromotionAction(initialFormState, formData({ id: 'promo_bienvenue20' }))).rejects.toThrow(NOT_FOUND);
    await expect(PromotionsPage()).rejects.toThrow(NOT_FOUND);
    actAnonymously();
    await expect(createPromotionAction(initialFormState, promotion())).rejects.toThrow(REDIRECT);
    await expect(deactivatePromotionAction(initialFormState, formData({ id: 'promo_bienvenue20' }))).rejects.toThrow(REDIRECT);
    await expect(PromotionsPage()).rejects.toThrow(REDIRECT);
    expect(fake.promotionCodes.size).toBe(codesBefore);
    expect(fake.promotionCodes.get('promo_bienvenue20')!.active).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: 'promotion.' } } })).toBe(0);
  });

  it('lets the team create a code at Stripe, list it with its redemptions and deactivate it, all audited', async () => {
    await actAs(adminId);
    expect(await createPromotionAction(initialFormState, promotion())).toMatchObject({ status: 'success', message: 'Code PRINTEMPS-2027 créé.' });
    const created = (await listPromotions()).find((row) => row.code === 'PRINTEMPS-2027')!;
    expect(created).toMatchObject({
      active: true,
      discount: { percentOff: 15, amountOff: null },
      duration: 'repeating',
      durationInMonths: 3,
      maxRedemptions: 50,
      timesRedeemed: 0,
    });
    // The same active code twice is refused next to the field.
    expect(await createPromotionAction(initialFormState, promotion())).toMatchObject({
      status: 'error',
      fieldErrors: { code: 'Un code actif porte déjà ce nom.' },
    });
    // Invalid input: French messages, values kept, nothing sent to Stripe.
    const requests = fake.requests.length;
    expect(await createPromotionAction(initialFormState, promotion({ code: 'x', value: '150', duration: 'repeating', durationInMonths: '' }))).toMatchObject({
      status: 'error',
      fieldErrors: { code: 'Le code compte au moins 3 caractères.', value: 'Un pourcentage ne dépasse pas 100.', durationInMonths: 'Indiquez pendant combien de mois.' },
      values: { code: 'x', value: '150' },
    });
    expect(fake.requests.length).toBe(requests);

    const page = JSON.stringify(await PromotionsPage());
    expect(page).toContain('PRINTEMPS-2027');

    expect(await deactivatePromotionAction(initialFormState, formData({ id: created.id }))).toMatchObject({ status: 'success' });
    expect((await listPromotions()).find((row) => row.id === created.id)!.active).toBe(false);
    const audit = await prisma.auditLog.findMany({ where: { subjectId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['promotion.created', adminId],
      ['promotion.deactivated', adminId],
    ]);
  });
});

describe('billing actions check who asks', () => {
  it('sends anonymous callers to sign in and the team to the 404, without calling Stripe', async () => {
    const requests = fake.requests.length;
    actAnonymously();
    await expect(subscribeAction(initialFormState, formData({ plan: 'monthly' }))).rejects.toThrow(REDIRECT);
    await expect(openPortalAction(initialFormState, formData({}))).rejects.toThrow(REDIRECT);
    await actAs(adminId);
    await expect(subscribeAction(initialFormState, formData({ plan: 'monthly' }))).rejects.toThrow(NOT_FOUND);
    await expect(openPortalAction(initialFormState, formData({}))).rejects.toThrow(NOT_FOUND);
    expect(fake.requests.length).toBe(requests);
  });

  it('sends the advertiser to Stripe Checkout for their own customer, and to the portal afterwards', async () => {
    await actAs(advertiser.userId);
    expect(await openPortalAction(initialFormState, formData({}))).toMatchObject({ status: 'error', message: 'Vous n’avez pas encore d’abonnement.' });
    expect(await subscribeAction(initialFormState, formData({ plan: 'weekly' }))).toMatchObject({ status: 'error', fieldErrors: { plan: 'Choisissez une formule.' } });
    await expect(subscribeAction(initialFormState, formData({ plan: 'monthly' }))).rejects.toThrow(REDIRECT);
    const profile = await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: advertiser.advertiserId } });
    expect(profile.stripeCustomerId).toMatch(/^cus_/);
    await expect(openPortalAction(initialFormState, formData({}))).rejects.toThrow(REDIRECT);
    const portal = fake.requests.filter((request) => request.path === '/v1/billing_portal/sessions').at(-1)!;
    expect(portal.params.customer).toBe(profile.stripeCustomerId);
  });
});
