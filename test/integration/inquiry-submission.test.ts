// Sending an inquiry from a public listing, on real PostgreSQL: the inquiry is stored with the charter
// acceptance, the two e-mails (advertiser, visitor) and the statistics in one go; card numbers, IBANs,
// robots (honeypot, too fast, forged form), floods (per address, per e-mail, per listing) and
// non-public listings are refused, and a refusal stores nothing and gives the visitor's text back.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import { initialFormState } from '@/lib/forms/form-state';
import { issueFormToken } from '@/lib/inquiries/anti-spam';
import { INQUIRY_SENT_MESSAGE } from '@/lib/inquiries/submission';
import { sendInquiryAction } from '@/lib/inquiries/submit-actions';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { actAnonymously, formData, mockCookie } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace } from '@/test/support/advertisers';

const MESSAGE = 'Bonjour, ma chaudière fuit depuis ce matin. Pouvez-vous passer cette semaine ? Merci.';

let categoryId: string;
let publicListing: { id: string; advertiserEmail: string };
let counter = 0;

async function createListing(options: { status?: 'PUBLISHED' | 'DRAFT'; emailVerified?: boolean } = {}) {
  const advertiser = await createAdvertiser({ categoryId, emailVerified: options.emailVerified, listing: { status: options.status } });
  return { id: advertiser.listingId, advertiserEmail: advertiser.email };
}

/** The form as a visitor sends it, 5 seconds after the page was rendered, from a fresh address. */
function fields(listingId: string, overrides: Record<string, string> = {}) {
  counter += 1;
  return {
    listingId,
    formToken: issueFormToken(listingId, new Date(Date.now() - 5_000)),
    website: '',
    name: 'Paul Durand',
    email: `paul.${counter}@exemple.fr`,
    phone: '',
    message: MESSAGE,
    contact: 'EMAIL',
    callTime: 'ANY',
    acceptCharter: 'on',
    ...overrides,
  };
}

function fromIp(ip: string) {
  mockCookie.headers['x-forwarded-for'] = ip;
}

async function send(values: Record<string, string>) {
  return sendInquiryAction(initialFormState, formData(values));
}

async function expectNothingStored() {
  expect(await prisma.inquiry.count()).toBe(0);
  expect(await prisma.charterAcceptance.count()).toBe(0);
  expect(await prisma.emailOutbox.count()).toBe(0);
  expect(await prisma.listingStatDay.count()).toBe(0);
}

beforeAll(async () => {
  await createPlace();
  categoryId = await createCategory();
  publicListing = await createListing();
});

beforeEach(async () => {
  actAnonymously();
  fromIp(`203.0.113.${(counter % 200) + 1}`);
  await prisma.emailOutbox.deleteMany();
  await prisma.charterAcceptance.deleteMany();
  await prisma.inquiry.deleteMany();
  await prisma.listingStatDay.deleteMany();
  await prisma.rateLimitCounter.deleteMany();
});

describe('a valid inquiry', () => {
  it('is stored with the charter acceptance, two outbox e-mails without the message, and counted', async () => {
    const values = fields(publicListing.id, { contact: 'CALLBACK', phone: '06 98 76 54 32', callTime: 'MORNING' });
    const state = await send(values);
    expect(state).toEqual({ status: 'success', message: INQUIRY_SENT_MESSAGE });

    const inquiry = await prisma.inquiry.findFirstOrThrow();
    expect(inquiry).toMatchObject({
      listingId: publicListing.id,
      kind: 'CALLBACK',
      senderName: 'Paul Durand',
      senderEmail: values.email,
      senderPhone: '+33698765432',
      message: MESSAGE,
      preferredCallTime: 'Le matin (8\u00a0h – 12\u00a0h)',
    });
    expect(inquiry.charterVersionId).not.toBeNull();

    const acceptances = await prisma.charterAcceptance.findMany();
    expect(acceptances).toEqual([
      expect.objectContaining({ charterVersionId: inquiry.charterVersionId, email: values.email, context: 'INQUIRY', userId: null }),
    ]);

    const outbox = await prisma.emailOutbox.findMany({ orderBy: { template: 'asc' } });
    expect(outbox.map(({ to, template }) => ({ to, template }))).toEqual([
      { to: values.email, template: 'inquiry-acknowledgement' },
      { to: publicListing.advertiserEmail, template: 'inquiry-received' },
    ]);
    expect(outbox[1].props).toMatchObject({ inboxUrl: `${env().APP_URL}/espace/demandes/${inquiry.id}` });
    for (const row of outbox) {
      // Privacy: the message stays in the advertiser's space, never in a mailbox.
      const { html, text } = await renderStoredEmail(row.template, row.props);
      expect(`${row.subject} ${JSON.stringify(row.props)} ${html} ${text}`).not.toContain('chaudière');
    }
    const { text } = await renderStoredEmail(outbox[0].template, outbox[0].props);
    expect(text).toMatch(/répondra directement par e-mail/);
    expect(text).toMatch(/12\u00a0mois/);

    const stats = await prisma.listingStatDay.findMany();
    expect(stats).toEqual([expect.objectContaining({ listingId: publicListing.id, inquiries: 1 })]);
  });

  it('is a plain message when the visitor prefers e-mail, whatever slot was left in the form', async () => {
    await send(fields(publicListing.id, { callTime: 'EVENING' }));
    expect(await prisma.inquiry.findFirstOrThrow()).toMatchObject({ kind: 'MESSAGE', preferredCallTime: null, senderPhone: null });
  });
});

describe('refusals that store nothing and give the text back', () => {
  it.each([
    ['a card number', 'Voici ma carte pour l’acompte : 4970 1012 3456 7893, expiration 12/28.', /carte bancaire/],
    ['an IBAN', 'Vous pouvez me rembourser sur FR76 3000 6000 0112 3456 7890 189.', /IBAN/],
  ])('refuses a message with %s', async (_kind, message, explanation) => {
    const state = await send(fields(publicListing.id, { message }));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.message).toMatch(explanation);
    expect(state.values).toMatchObject({ message, name: 'Paul Durand' });
    await expectNothingStored();
  });

  it('lets phone numbers, SIRETs and prices through', async () => {
    const message = 'Devis de 1500,00 € pour ma société (SIRET 732 829 320 00074). Rappelez-moi au 06 12 34 56 78.';
    expect((await send(fields(publicListing.id, { message }))).status).toBe('success');
    expect(await prisma.inquiry.count()).toBe(1);
  });

  it('asks for a phone number when the visitor wants a call-back', async () => {
    const state = await send(fields(publicListing.id, { contact: 'CALLBACK' }));
    expect(state.fieldErrors?.phone).toBe('Indiquez le numéro auquel être rappelé.');
    await expectNothingStored();
  });

  it('requires the charter acceptance', async () => {
    const values = fields(publicListing.id);
    const state = await send({ ...values, acceptCharter: '' });
    expect(state.fieldErrors?.acceptCharter).toMatch(/charte de confidentialité/);
    await expectNothingStored();
  });

  it('answers a robot that filled the honeypot as if sent, and stores nothing, not even a counter', async () => {
    const state = await send(fields(publicListing.id, { website: 'https://spam.example' }));
    expect(state).toEqual({ status: 'success', message: INQUIRY_SENT_MESSAGE });
    await expectNothingStored();
    expect(await prisma.rateLimitCounter.count()).toBe(0);
  });

  it('refuses a form sent less than 3 seconds after the page was rendered', async () => {
    const state = await send(fields(publicListing.id, { formToken: issueFormToken(publicListing.id) }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/très vite/);
    expect(state.values?.message).toBe(MESSAGE);
    await expectNothingStored();
  });

  it('refuses a forged, missing or other listing’s timestamp', async () => {
    const old = new Date(Date.now() - 60_000);
    const other = await createListing();
    for (const formToken of [
      `${old.getTime()}.forged-signature`,
      '',
      issueFormToken(other.id, old),
    ]) {
      const state = await send(fields(publicListing.id, { formToken }));
      expect(state.message).toMatch(/Rechargez la page/);
    }
    await expectNothingStored();
  });

  it('refuses a listing that is not public (draft, or advertiser’s e-mail not verified)', async () => {
    for (const listing of [await createListing({ status: 'DRAFT' }), await createListing({ emailVerified: false })]) {
      const state = await send(fields(listing.id));
      expect(state.status).toBe('error');
      expect(state.message).toMatch(/n’est plus en ligne/);
      expect(state.values?.message).toBe(MESSAGE);
    }
    await expectNothingStored();
  });
});

describe('rate limits', () => {
  it('limits the inquiries sent from one address', async () => {
    fromIp('198.51.100.10');
    for (let sent = 0; sent < RATE_LIMITS.inquiryIp.limit; sent += 1) {
      expect((await send(fields(publicListing.id))).status).toBe('success');
    }
    const state = await send(fields(publicListing.id));
    expect(state.message).toMatch(/Trop de demandes envoyées en peu de temps\. Réessayez dans/);
    expect(state.values?.message).toBe(MESSAGE);
    expect(await prisma.inquiry.count()).toBe(RATE_LIMITS.inquiryIp.limit);
  });

  it('limits the inquiries signed with one e-mail, from any address', async () => {
    for (let sent = 0; sent < RATE_LIMITS.inquiryEmail.limit; sent += 1) {
      fromIp(`198.51.100.${20 + sent}`);
      expect((await send(fields(publicListing.id, { email: 'paul.durand@exemple.fr' }))).status).toBe('success');
    }
    fromIp('198.51.100.99');
    const state = await send(fields(publicListing.id, { email: 'Paul.Durand@exemple.fr' }));
    expect(state.message).toMatch(/Trop de demandes/);
    expect(await prisma.inquiry.count()).toBe(RATE_LIMITS.inquiryEmail.limit);
  });

  it('caps the inquiries one listing receives per day, whoever sends them', async () => {
    for (let sent = 0; sent < RATE_LIMITS.inquiryListing.limit; sent += 1) {
      fromIp(`192.0.2.${sent + 1}`);
      expect((await send(fields(publicListing.id))).status).toBe('success');
    }
    fromIp('192.0.2.200');
    const state = await send(fields(publicListing.id));
    expect(state.message).toMatch(/beaucoup de demandes aujourd’hui/);
    expect(await prisma.inquiry.count()).toBe(RATE_LIMITS.inquiryListing.limit);

    // Another listing is not affected.
    const other = await createListing();
    expect((await send(fields(other.id))).status).toBe('success');
  });
});
