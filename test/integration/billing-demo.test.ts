// Demo mode (no Stripe key, no STRIPE_API_BASE): the local Stripe stand-in starts in-process on first
// use, « S'abonner » leads to the site's simulated checkout, which accepts the demo promotion code and
// makes the stand-in send signed events over HTTP to the site's webhook — the production handler. The
// simulated checkout and portal belong to their advertiser only; the portal cancels at period end.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prisma } from '@/lib/db/client';
import { openPortal, startCheckout } from '@/lib/billing/checkout';
import { completeDemoCheckout, getDemoCheckout, getDemoPortal, runDemoPortalAction } from '@/lib/billing/demo';
import { isSimulatedStripe, stopLocalStripe } from '@/lib/billing/stripe';
import { publicListingWhere } from '@/lib/listings/visibility';
import { generateValidSiret } from '@/lib/siret/checksum';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';

jest.setTimeout(60_000);

// The site, as the stand-in reaches it: an HTTP server in front of the real webhook route.
let site: Server;
const received: number[] = [];

async function createAdvertiser(seed: number, categoryId: string) {
  const user = await prisma.user.create({
    data: {
      email: `demo.${seed}@exemple.fr`,
      passwordHash: 'x',
      emailVerifiedAt: new Date(),
      advertiser: {
        create: {
          fullName: `Démo ${seed}`,
          addressLine: '1 place Rapp',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(63_000 + seed),
          listing: {
            create: { slug: `demo-${seed}`, title: 'Démo', description: 'Démonstration.', categoryId, communeCode: '68066', status: 'PUBLISHED', publishedAt: new Date() },
          },
        },
      },
    },
    select: { advertiser: { select: { id: true } } },
  });
  return user.advertiser!.id;
}

const isPublic = async (advertiserId: string) => (await prisma.listing.count({ where: { ...publicListingWhere, advertiserId } })) === 1;

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  site = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const answer = await webhook(
        new Request(`http://localhost${request.url}`, {
          method: request.method,
          headers: { 'stripe-signature': String(request.headers['stripe-signature'] ?? ''), 'content-type': 'application/json' },
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      received.push(answer.status);
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  // Read by env() on first use, which comes after this hook.
  process.env.APP_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
});

afterAll(async () => {
  await stopLocalStripe();
  await new Promise((resolve) => site.close(resolve));
});

it('subscribes through the simulated checkout with the demo code, then cancels in the simulated portal', async () => {
  const { id: categoryId } = await prisma.category.create({ data: { slug: 'demo', name: 'Démo', description: 'Démo' } });
  const owner = await createAdvertiser(1, categoryId);
  const intruder = await createAdvertiser(2, categoryId);
  expect(isSimulatedStripe()).toBe(true);

  const checkout = await startCheckout(owner, 'monthly');
  if (!checkout.ok) throw new Error(checkout.reason);
  const url = new URL(checkout.url);
  expect(url.origin).toBe(process.env.APP_URL);
  expect(url.pathname).toBe('/paiement-demo');
  const sessionId = url.searchParams.get('session')!;

  // Someone else's session does not exist for them, and cannot be paid by them.
  expect(await getDemoCheckout(sessionId, intruder)).toBeNull();
  expect(await completeDemoCheckout(sessionId, intruder, '')).toMatchObject({ ok: false });
  expect(await getDemoCheckout(sessionId, owner)).toMatchObject({ status: 'open', plan: { id: 'monthly' } });

  // A wrong code is refused next to the field, and nothing is paid.
  expect(await completeDemoCheckout(sessionId, owner, 'PASUNCODE')).toMatchObject({ ok: false, field: 'promotionCode' });
  expect(received).toEqual([]);
  expect(await isPublic(owner)).toBe(false);

  const paid = await completeDemoCheckout(sessionId, owner, 'bienvenue20');
  expect(paid).toEqual({ ok: true, url: `${process.env.APP_URL}/espace/abonnement/confirmation?session_id=${sessionId}` });
  // Signed events went over HTTP to the webhook, which accepted them all.
  expect(received).toEqual([200, 200, 200]);
  expect(await isPublic(owner)).toBe(true);
  expect((await prisma.invoice.findFirstOrThrow({ where: { advertiserId: owner } })).amountTotal).toBe(1824);

  const portal = await openPortal(owner);
  if (!portal.ok) throw new Error(portal.reason);
  const portalId = new URL(portal.url).searchParams.get('session')!;
  expect(await getDemoPortal(portalId, intruder)).toBeNull();
  expect(await runDemoPortalAction(portalId, intruder, 'cancel', undefined)).toMatchObject({ ok: false });
  expect((await getDemoPortal(portalId, owner))!.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: false });

  expect(await runDemoPortalAction(portalId, owner, 'cancel', undefined)).toMatchObject({ ok: true });
  const subscription = await prisma.subscription.findFirstOrThrow({ where: { advertiserId: owner } });
  expect(subscription).toMatchObject({ cancelAtPeriodEnd: true });
  expect(subscription.publicUntil).toEqual(subscription.currentPeriodEnd);
  expect(await isPublic(owner)).toBe(true);
  expect(await isPublic(intruder)).toBe(false);
});
