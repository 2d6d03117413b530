// Leaving a newsletter without an account, on real PostgreSQL: the RFC 8058 one-click POST (no cookie,
// no CSRF token) unsubscribes at once and is never redirected, a GET only shows the preference page,
// the preference page acts on its own address's lists only, and the public « Clients » sign-up is a
// double opt-in that reveals nothing about the address.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { NextRequest } from 'next/server';
import { renderToStaticMarkup } from 'react-dom/server';
import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { initialFormState } from '@/lib/forms/form-state';
import { subscriptionToken } from '@/lib/newsletters/links';
import { confirmNewsletterSubscription, NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { changePreferenceAction, signUpForClientsNewsletterAction } from '@/lib/newsletters/public-actions';
import { GET, POST } from '@/app/api/newsletter/unsubscribe/route';
import PreferencesPage from '@/app/(public)/newsletter/preferences/page';
import { actAnonymously, formData } from '@/test/support/acting-as';

let clientsId: string;
let advertisersId: string;
let issueId: string;
let seq = 0;

beforeAll(async () => {
  clientsId = (await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[1] })).id;
  advertisersId = (await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[0] })).id;
  issueId = (
    await prisma.newsletterIssue.create({
      data: { listId: clientsId, subject: 'Nouveautés', bodyMarkdown: 'Bonjour à tous, voici les nouveautés.', status: 'SENT' },
    })
  ).id;
});

beforeEach(() => actAnonymously());

async function subscribe(email: string, listId = clientsId) {
  seq += 1;
  return prisma.newsletterSubscription.create({
    data: { listId, email, state: 'SUBSCRIBED', confirmedAt: new Date(), unsubscribeTokenHash: `h-${seq}` },
  });
}

const oneClick = (token: string, method = 'POST') =>
  new NextRequest(`http://localhost:3000/api/newsletter/unsubscribe?token=${token}`, {
    method,
    ...(method === 'POST'
      ? { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }
      : {}),
  });

describe('one-click unsubscribe (RFC 8058)', () => {
  it('a POST with the signed token unsubscribes at once, with no cookie and no redirect, and counts for its issue', async () => {
    const subscription = await subscribe('marie.one@exemple.fr');
    await prisma.newsletterDelivery.create({ data: { issueId, subscriptionId: subscription.id, status: 'SENT' } });
    const token = subscriptionToken({ subscriptionId: subscription.id, issueId });

    const response = await POST(oneClick(token));

    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({
      state: 'UNSUBSCRIBED',
      unsubscribedAt: expect.any(Date),
    });
    const delivery = await prisma.newsletterDelivery.findUniqueOrThrow({
      where: { issueId_subscriptionId: { issueId, subscriptionId: subscription.id } },
    });
    expect(delivery.unsubscribedAt).toEqual(expect.any(Date));
    // A second POST (the provider retries) is fine and changes nothing.
    expect((await POST(oneClick(token))).status).toBe(200);
  });

  it('refuses an altered token and changes nothing', async () => {
    const subscription = await subscribe('paul.altered@exemple.fr');
    const token = subscriptionToken({ subscriptionId: subscription.id, issueId: null });
    const other = await subscribe('victim@exemple.fr');
    const forged = token.replace(subscription.id, other.id);

    expect((await POST(oneClick(forged))).status).toBe(400);
    expect((await POST(oneClick('nimportequoi'))).status).toBe(400);
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: other.id } })).state).toBe('SUBSCRIBED');
  });

  it('a GET (a click, or a mail server scanning links) only leads to the preference page', async () => {
    const subscription = await subscribe('scan@exemple.fr');
    const token = subscriptionToken({ subscriptionId: subscription.id, issueId });

    const response = GET(oneClick(token, 'GET'));

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/newsletter/preferences?jeton=${token}`);
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).state).toBe('SUBSCRIBED');
  });
});

describe('preference page', () => {
  const page = async (jeton: string) =>
    renderToStaticMarkup(await PreferencesPage({ searchParams: Promise.resolve({ jeton }) }));
  const change = (jeton: string, abonnement: string, choix: string) =>
    changePreferenceAction(initialFormState, formData({ jeton, abonnement, choix }));

  it('shows every list of the address and leaves one, then all, then comes back to one', async () => {
    const email = 'lea.prefs@exemple.fr';
    const clients = await subscribe(email);
    const advertisers = await subscribe(email, advertisersId);
    const stranger = await subscribe('stranger.prefs@exemple.fr');
    const token = subscriptionToken({ subscriptionId: clients.id, issueId });

    const html = await page(token);
    expect(html).toContain(email);
    expect(html).toContain('Me désinscrire de «\u00a0Clients\u00a0»');
    expect(html).toContain('Me désinscrire de «\u00a0Auto-entrepreneurs\u00a0»');
    expect(html).not.toContain('stranger.prefs');

    expect((await change(token, clients.id, 'desinscrire')).status).toBe('success');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: clients.id } })).state).toBe('UNSUBSCRIBED');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: advertisers.id } })).state).toBe('SUBSCRIBED');

    // Another address's subscription cannot be reached with this token.
    expect((await change(token, stranger.id, 'desinscrire')).status).toBe('error');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: stranger.id } })).state).toBe('SUBSCRIBED');

    expect((await change(token, 'all', 'desinscrire')).status).toBe('success');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: advertisers.id } })).state).toBe('UNSUBSCRIBED');

    expect((await change(token, clients.id, 'reinscrire')).status).toBe('success');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: clients.id } })).state).toBe('SUBSCRIBED');
  });

  it('explains an invalid link', async () => {
    expect(await page('abc.def.ghi')).toContain('Ce lien n’est pas valable');
  });
});

describe('public « Clients » sign-up', () => {
  const signUp = (email: string) => signUpForClientsNewsletterAction(initialFormState, formData({ email }));

  it('is a double opt-in: a pending subscription and a confirmation e-mail, confirmed by its link', async () => {
    const result = await signUp('Nouveau.Client@Exemple.fr');
    expect(result.status).toBe('success');
    const subscription = await prisma.newsletterSubscription.findUniqueOrThrow({
      where: { listId_email: { listId: clientsId, email: 'nouveau.client@exemple.fr' } },
    });
    expect(subscription).toMatchObject({ state: 'PENDING_CONFIRMATION', source: 'NEWSLETTER_FORM', confirmedAt: null });

    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'nouveau.client@exemple.fr', template: 'newsletter-confirm' } });
    const token = /jeton=([^&"\s]+)/.exec(JSON.stringify(mail.props))![1]!;
    expect(await confirmNewsletterSubscription(prisma, decodeURIComponent(token))).toBe('confirmed');
    expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).state).toBe('SUBSCRIBED');

    // Already subscribed: the same answer, and no e-mail.
    const again = await signUp('nouveau.client@exemple.fr');
    expect(again.message).toBe(result.message);
    expect(await prisma.emailOutbox.count({ where: { to: 'nouveau.client@exemple.fr' } })).toBe(1);
  });

  it('refuses an invalid address in French, keeping what was typed', async () => {
    const result = await signUp('pas-une-adresse');
    expect(result.status).toBe('error');
    expect(result.fieldErrors?.email).toMatch(/n’est pas valide/);
    expect(result.values?.email).toBe('pas-une-adresse');
  });
});

describe('demo mailbox rendering of a sent newsletter row', () => {
  it('renders the stored reference with the recipient’s own links', async () => {
    const subscription = await subscribe('mailbox@exemple.fr');
    const { html, text } = await renderStoredEmail('newsletter', { issueId, subscriptionId: subscription.id, subject: 'Nouveautés' });
    const token = subscriptionToken({ subscriptionId: subscription.id, issueId });
    expect(html).toContain(`/newsletter/preferences?jeton=${token}`);
    expect(text).toContain('Bonjour à tous');
    expect(html).toContain('Ne plus recevoir de messages commerciaux');
  });
});
