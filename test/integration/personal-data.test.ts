// /mes-donnees on real PostgreSQL: a link is e-mailed only when data exists (same answer either way),
// its token is stored hashed, works once and for one hour; the session it opens exports everything tied
// to the address (and nothing of anyone else), unsubscribes from everything, and erases: reviews
// anonymised, inquiries, subscriptions and acceptances deleted, the opt-out kept.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { cookies } from 'next/headers';
import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { isOptedOutOfCommercial } from '@/lib/privacy/opt-out';
import {
  ANONYMISED_AUTHOR_NAME,
  LINK_SENT_MESSAGE,
  PERSONAL_DATA_COOKIE,
  requestPersonalDataLink,
} from '@/lib/privacy/personal-data';
import {
  erasePersonalDataAction,
  openPersonalDataAction,
  requestPersonalDataLinkAction,
  unsubscribeEverythingAction,
} from '@/lib/privacy/personal-data-actions';
import { hashToken } from '@/lib/security/tokens';
import { GET as exportRoute } from '@/app/(public)/mes-donnees/export/route';
import PersonalDataSpacePage from '@/app/(public)/mes-donnees/espace/page';
import { actAnonymously, formData, mockCookie, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace } from '@/test/support/advertisers';

jest.setTimeout(60_000);

const CLIENT = 'marie.client@exemple.fr';
const OTHER = 'autre.client@exemple.fr';
let listingId: string;
let advertiserEmail: string;
let charterVersionId: string;
let listIds: string[];
let ipCounter = 0;

async function seedClient(email: string, name: string) {
  const review = await prisma.review.create({
    data: {
      listingId,
      authorName: name,
      authorEmail: email,
      rating: 5,
      title: 'Très bon travail',
      body: 'Intervention rapide et soignée, je recommande vivement.',
      experienceDate: new Date('2026-10-01'),
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  const inquiry = await prisma.inquiry.create({
    data: { listingId, senderName: name, senderEmail: email, message: 'Bonjour, pouvez-vous passer mardi ?' },
  });
  await prisma.inquiryAnswer.create({ data: { inquiryId: inquiry.id, body: 'Oui, mardi 9 h.' } });
  await prisma.charterAcceptance.create({ data: { charterVersionId, email, context: 'REVIEW' } });
  for (const listId of listIds) {
    await prisma.newsletterSubscription.create({
      data: { listId, email, state: 'SUBSCRIBED', unsubscribeTokenHash: hashToken(`${email}:${listId}`), confirmedAt: new Date() },
    });
  }
  return { reviewId: review.id, inquiryId: inquiry.id };
}

function newIp() {
  ipCounter += 1;
  mockCookie.headers['x-forwarded-for'] = `198.51.100.${ipCounter}`;
}

async function linkTokenFromOutbox(email: string): Promise<string> {
  const row = await prisma.emailOutbox.findFirstOrThrow({
    where: { to: email, template: 'personal-data-link' },
    orderBy: { createdAt: 'desc' },
  });
  const url = new URL((row.props as { accessUrl: string }).accessUrl);
  expect(url.pathname).toBe('/mes-donnees/acces');
  return url.searchParams.get('jeton')!;
}

/** The whole journey up to an open session (cookie in the mocked jar). */
async function openSession(email: string) {
  newIp();
  await requestPersonalDataLinkAction(initialFormState, formData({ email, website: '' }));
  const token = await linkTokenFromOutbox(email);
  await expect(openPersonalDataAction(initialFormState, formData({ token }))).rejects.toThrow(REDIRECT);
}

async function downloadedJson() {
  const response = await exportRoute();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="jauto-entreprends-mes-donnees-/);
  return response.json();
}

beforeAll(async () => {
  await createPlace();
  advertiserEmail = 'artisan.donnees@exemple.fr';
  ({ listingId } = await createAdvertiser({
    email: advertiserEmail,
    categoryId: await createCategory(),
    listing: { slug: 'plomberie-martin-donnees', title: 'Plomberie Martin' },
  }));
  charterVersionId = (
    await prisma.charterVersion.upsert({
      where: { version: 1 },
      create: { version: 1, title: 'Charte', bodyMarkdown: '# Charte', changeKind: 'SUBSTANTIAL', effectiveAt: new Date('2026-01-01') },
      update: {},
    })
  ).id;
  const lists = await Promise.all(
    (['CLIENTS', 'ADVERTISERS'] as const).map((audience) =>
      prisma.newsletterList.upsert({
        where: { audience },
        create: { audience, slug: `lettre-${audience.toLowerCase()}`, name: `Lettre ${audience}`, description: '…' },
        update: {},
      }),
    ),
  );
  listIds = lists.map((list) => list.id);
});

beforeEach(async () => {
  actAnonymously();
  (await cookies()).delete(PERSONAL_DATA_COOKIE);
  await prisma.rateLimitCounter.deleteMany();
  await prisma.emailOutbox.deleteMany();
});

describe('asking for a link', () => {
  it('answers the same for an unknown address and e-mails nothing', async () => {
    newIp();
    const state = await requestPersonalDataLinkAction(initialFormState, formData({ email: 'inconnu@exemple.fr', website: '' }));
    expect(state).toEqual({ status: 'success', message: LINK_SENT_MESSAGE });
    expect(await prisma.emailOutbox.count()).toBe(0);
    expect(await prisma.personalDataAccess.count({ where: { email: 'inconnu@exemple.fr' } })).toBe(0);
  });

  it('e-mails a link to an address with data, and stores only the hash of its token, valid one hour', async () => {
    await seedClient('lien@exemple.fr', 'Léa Lien');
    newIp();
    const now = Date.now();
    const state = await requestPersonalDataLinkAction(initialFormState, formData({ email: 'LIEN@exemple.fr', website: '' }));
    expect(state).toEqual({ status: 'success', message: LINK_SENT_MESSAGE });
    const token = await linkTokenFromOutbox('lien@exemple.fr');
    const access = await prisma.personalDataAccess.findFirstOrThrow({ where: { email: 'lien@exemple.fr' } });
    expect(access.tokenHash).toBe(hashToken(token));
    expect(access.tokenHash).not.toContain(token);
    expect(access.expiresAt.getTime() - now).toBeGreaterThan(59 * 60_000);
    expect(access.expiresAt.getTime() - now).toBeLessThanOrEqual(60 * 60_000 + 5_000);
  });

  it('tells a robot filling the honeypot the same, and sends nothing', async () => {
    await seedClient('robot.cible@exemple.fr', 'Cible');
    newIp();
    const state = await requestPersonalDataLinkAction(initialFormState, formData({ email: 'robot.cible@exemple.fr', website: 'http://spam' }));
    expect(state).toEqual({ status: 'success', message: LINK_SENT_MESSAGE });
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('limits requests per address and per IP', async () => {
    newIp();
    for (let i = 0; i < 3; i += 1) {
      expect((await requestPersonalDataLink('flood@exemple.fr', { ip: `192.0.2.${i}` })).kind).toBe('sent');
    }
    expect((await requestPersonalDataLink('flood@exemple.fr', { ip: '192.0.2.99' })).kind).toBe('rate-limited');
    for (let i = 0; i < 10; i += 1) {
      expect((await requestPersonalDataLink(`ip${i}@exemple.fr`, { ip: '192.0.2.200' })).kind).toBe('sent');
    }
    expect((await requestPersonalDataLink('ip-last@exemple.fr', { ip: '192.0.2.200' })).kind).toBe('rate-limited');
  });
});

describe('using the link', () => {
  it('works once: the second use is refused', async () => {
    await seedClient('une.fois@exemple.fr', 'Une Fois');
    newIp();
    await requestPersonalDataLinkAction(initialFormState, formData({ email: 'une.fois@exemple.fr', website: '' }));
    const token = await linkTokenFromOutbox('une.fois@exemple.fr');
    await expect(openPersonalDataAction(initialFormState, formData({ token }))).rejects.toThrow(REDIRECT);
    expect((await cookies()).get(PERSONAL_DATA_COOKIE)?.value).toBeTruthy();
    const again = await openPersonalDataAction(initialFormState, formData({ token }));
    expect(again.status).toBe('error');
    expect(again.message).toMatch(/déjà servi ou a expiré/);
  });

  it('is refused after one hour', async () => {
    await seedClient('expire@exemple.fr', 'Expire');
    await requestPersonalDataLink('expire@exemple.fr', { ip: '192.0.2.50' }, new Date(Date.now() - 61 * 60_000));
    const token = await linkTokenFromOutbox('expire@exemple.fr');
    const state = await openPersonalDataAction(initialFormState, formData({ token }));
    expect(state.status).toBe('error');
    expect((await cookies()).get(PERSONAL_DATA_COOKIE)).toBeUndefined();
  });

  it('without a session, the download is refused', async () => {
    expect((await exportRoute()).status).toBe(401);
  });
});

describe('with an open session', () => {
  it('downloads everything tied to the address, and nothing of anyone else', async () => {
    await seedClient(CLIENT, 'Marie Client');
    await seedClient(OTHER, 'Autre Client');
    await prisma.marketingOptOut.create({ data: { email: CLIENT, channel: 'POST', source: 'courrier' } });
    await openSession(CLIENT);
    const page = JSON.stringify(await PersonalDataSpacePage());
    expect(page).toContain(CLIENT);
    expect(page).toContain('Supprimer mes données');
    const data = await downloadedJson();
    expect(data.email).toBe(CLIENT);
    expect(data.reviews).toEqual([expect.objectContaining({ authorName: 'Marie Client', authorEmail: CLIENT, listing: 'Plomberie Martin' })]);
    expect(data.inquiries).toEqual([
      expect.objectContaining({ senderEmail: CLIENT, answers: [expect.objectContaining({ body: 'Oui, mardi 9 h.' })] }),
    ]);
    expect(data.newsletterSubscriptions).toHaveLength(2);
    expect(data.charterAcceptances).toEqual([expect.objectContaining({ context: 'REVIEW', charterVersion: 1 })]);
    expect(data.commercialOptOuts).toEqual([expect.objectContaining({ channel: 'POST' })]);
    expect(JSON.stringify(data)).not.toContain(OTHER);
    expect(JSON.stringify(data)).not.toContain('Autre Client');
  });

  it('« Me désabonner de tout » unsubscribes every list and opts out of commercial messages', async () => {
    await seedClient('desabo@exemple.fr', 'Désabo');
    await openSession('desabo@exemple.fr');
    const state = await unsubscribeEverythingAction(initialFormState, formData({}));
    expect(state.status).toBe('success');
    const subscriptions = await prisma.newsletterSubscription.findMany({ where: { email: 'desabo@exemple.fr' } });
    expect(subscriptions.map((s) => s.state)).toEqual(['UNSUBSCRIBED', 'UNSUBSCRIBED']);
    expect(await isOptedOutOfCommercial('desabo@exemple.fr')).toBe(true);
    expect(await isOptedOutOfCommercial(OTHER)).toBe(false);
  });

  it('deletion needs the confirmation box and changes nothing without it', async () => {
    const { reviewId } = await seedClient('hesite@exemple.fr', 'Hésite');
    await openSession('hesite@exemple.fr');
    const state = await erasePersonalDataAction(initialFormState, formData({}));
    expect(state.fieldErrors?.confirm).toMatch(/Cochez la case/);
    expect((await prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).authorEmail).toBe('hesite@exemple.fr');
    expect(await prisma.inquiry.count({ where: { senderEmail: 'hesite@exemple.fr' } })).toBe(1);
  });

  it('deletion anonymises reviews and notices, deletes inquiries, subscriptions and acceptances, keeps others’ data, ends the session', async () => {
    const mine = await seedClient('efface@exemple.fr', 'Eff Acé');
    const theirs = await seedClient('garde@exemple.fr', 'Gar Dé');
    const notice = await prisma.contentNotice.create({
      data: {
        targetType: 'LISTING',
        targetId: listingId,
        category: 'FRAUD',
        url: 'http://localhost:3000/annonce/plomberie-martin-donnees',
        explanation: 'Signalement envoyé par la personne qui efface ses données.',
        reporterName: 'Eff Acé',
        reporterEmail: 'efface@exemple.fr',
        goodFaith: true,
      },
    });
    await openSession('efface@exemple.fr');
    await expect(erasePersonalDataAction(initialFormState, formData({ confirm: 'on' }))).rejects.toThrow(REDIRECT);

    const review = await prisma.review.findUniqueOrThrow({ where: { id: mine.reviewId } });
    expect(review).toMatchObject({ authorName: ANONYMISED_AUTHOR_NAME, authorEmail: null, status: 'PUBLISHED' });
    expect(review.anonymizedAt).toBeInstanceOf(Date);
    expect(review.body).toBe('Intervention rapide et soignée, je recommande vivement.');
    expect(await prisma.inquiry.findUnique({ where: { id: mine.inquiryId } })).toBeNull();
    expect(await prisma.inquiryAnswer.count({ where: { inquiryId: mine.inquiryId } })).toBe(0);
    expect(await prisma.newsletterSubscription.count({ where: { email: 'efface@exemple.fr' } })).toBe(0);
    expect(await prisma.charterAcceptance.count({ where: { email: 'efface@exemple.fr' } })).toBe(0);
    // The notice stays for the moderation record, without its author.
    expect(await prisma.contentNotice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ reporterName: null, reporterEmail: null });
    // What stops us from ever writing again is kept (CNIL: opposition list).
    expect(await isOptedOutOfCommercial('efface@exemple.fr')).toBe(true);

    const untouched = await prisma.review.findUniqueOrThrow({ where: { id: theirs.reviewId } });
    expect(untouched).toMatchObject({ authorName: 'Gar Dé', authorEmail: 'garde@exemple.fr', anonymizedAt: null });
    expect(await prisma.inquiry.count({ where: { id: theirs.inquiryId } })).toBe(1);
    expect(await prisma.newsletterSubscription.count({ where: { email: 'garde@exemple.fr' } })).toBe(2);

    expect((await exportRoute()).status).toBe(401);
    expect(await prisma.personalDataAccess.count({ where: { email: 'efface@exemple.fr', sessionHash: { not: null } } })).toBe(0);
  });

  it('for an advertiser’s address, the export points to the account space and deletion leaves the account alone', async () => {
    await prisma.review.create({
      data: {
        listingId,
        authorName: 'Camille M.',
        authorEmail: advertiserEmail,
        rating: 4,
        body: 'Avis laissé en tant que cliente sur une autre annonce.',
        experienceDate: new Date('2026-09-01'),
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    await openSession(advertiserEmail);
    const data = await downloadedJson();
    expect(data.account).toMatch(/espace\/compte/);
    await expect(erasePersonalDataAction(initialFormState, formData({ confirm: 'on' }))).rejects.toThrow(REDIRECT);
    expect(await prisma.user.count({ where: { email: advertiserEmail } })).toBe(1);
    expect(await prisma.review.count({ where: { authorEmail: advertiserEmail } })).toBe(0);
  });
});
