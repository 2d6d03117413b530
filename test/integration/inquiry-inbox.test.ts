// The advertiser's inbox on real PostgreSQL: only the advertiser an inquiry was sent to can list, read,
// answer or archive it — another advertiser, a team member and an anonymous caller get « introuvable »
// (or the sign-in redirect, or 401) from every route and action, and nothing changes. The owner's
// answer is stored and its e-mail queued with the advertiser as Reply-To, which reaches Resend.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { dispatchDueEmails } from '@/lib/email/dispatch';
import { env } from '@/lib/env';
import { initialFormState } from '@/lib/forms/form-state';
import { answerInquiry, archive, markRead, unarchive } from '@/lib/inquiries/inbox';
import { answerInquiryAction, archiveInquiryAction, unarchiveInquiryAction } from '@/lib/inquiries/inbox-actions';
import { countUnread, getInquiry, INBOX_PAGE_SIZE, listInquiries } from '@/lib/inquiries/queries';
import InboxPage from '@/app/espace/demandes/page';
import InquiryPage from '@/app/espace/demandes/[id]/page';
import { GET as unreadCount } from '@/app/api/espace/demandes/non-lues/route';
import { startFakeResend, type FakeResend } from '@/test/fakes/resend-server';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace, type Advertiser } from '@/test/support/advertisers';

// Read lazily by env() and the SDK: set before anything sends.
process.env.RESEND_API_KEY = 're_test_inbox_key';

let fake: FakeResend;

async function createInquiry(advertiserId: string, overrides: Partial<{ senderName: string; message: string; createdAt: Date }> = {}) {
  const listing = await prisma.listing.findUniqueOrThrow({ where: { advertiserId }, select: { id: true } });
  return prisma.inquiry.create({
    data: {
      listingId: listing.id,
      kind: 'CALLBACK',
      senderName: 'Paul Durand',
      senderEmail: 'paul.durand@exemple.fr',
      senderPhone: '+33698765432',
      message: 'Bonjour, ma chaudière fuit depuis ce matin. Pouvez-vous passer cette semaine ?',
      preferredCallTime: 'En fin de journée',
      ...overrides,
    },
  });
}

const pageProps = (id: string) => ({ params: Promise.resolve({ id }) });
const inboxProps = (params: Record<string, string> = {}) => ({ searchParams: Promise.resolve(params) });
const answer = (inquiryId: string, body = 'Bonjour, je peux passer jeudi matin.') =>
  answerInquiryAction(initialFormState, formData({ inquiryId, body }));
const archiveIt = (inquiryId: string) => archiveInquiryAction(initialFormState, formData({ inquiryId }));
const unarchiveIt = (inquiryId: string) => unarchiveInquiryAction(initialFormState, formData({ inquiryId }));

let owner: Advertiser;
let other: Advertiser;
let adminUserId: string;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: process.env.RESEND_API_KEY });
  process.env.RESEND_BASE_URL = fake.url;
  expect(env().RESEND_API_KEY).toBe(fake.apiKey);

  await createPlace();
  const categoryId = await createCategory();
  owner = await createAdvertiser({ name: 'Camille Martin', categoryId });
  other = await createAdvertiser({ name: 'Louis Bernard', categoryId });
  adminUserId = (await prisma.user.create({ data: { email: 'equipe@exemple.fr', passwordHash: 'x', role: 'ADMIN' } })).id;
});

afterAll(async () => {
  await fake.close();
});

beforeEach(async () => {
  actAnonymously();
  fake.reset();
  await prisma.emailOutbox.deleteMany();
  await prisma.inquiry.deleteMany();
});

describe('someone other than the addressee', () => {
  // An action refuses an advertiser with « introuvable » (their session is valid, the inquiry is not
  // theirs) and everyone else before reading the form. The unread-count route gives the other
  // advertiser their own count (0), the team 404 and a visitor 401.
  const introuvable = (action: Promise<unknown>) =>
    expect(action).resolves.toEqual(expect.objectContaining({ status: 'error', message: 'Cette demande est introuvable.' }));
  const throws = (error: RegExp) => (action: Promise<unknown>) => expect(action).rejects.toThrow(error);
  const callers: [string, () => Promise<unknown>, RegExp, (action: Promise<unknown>) => Promise<void>, number][] = [
    ['another advertiser', () => actAs(other.userId), NOT_FOUND, introuvable, 200],
    ['a team member', () => actAs(adminUserId), NOT_FOUND, throws(NOT_FOUND), 404],
    ['an anonymous visitor', async () => actAnonymously(), REDIRECT, throws(REDIRECT), 401],
  ];

  it.each(callers)('%s cannot read, list, answer or archive the inquiry', async (_who, signIn, pageError, refused, routeStatus) => {
    const inquiry = await createInquiry(owner.advertiserId);
    const before = await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    await signIn();

    await expect(InquiryPage(pageProps(inquiry.id))).rejects.toThrow(pageError);
    await refused(answer(inquiry.id));
    await refused(archiveIt(inquiry.id));
    await refused(unarchiveIt(inquiry.id));

    const response = await unreadCount();
    expect(response.status).toBe(routeStatus);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    if (routeStatus === 200) expect(await response.json()).toEqual({ unread: 0 });

    expect(await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toEqual(before);
    expect(await prisma.inquiryAnswer.count()).toBe(0);
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('another advertiser: their inbox never lists it, and the unread count ignores it', async () => {
    const inquiry = await createInquiry(owner.advertiserId);
    await actAs(other.userId);

    const inbox = JSON.stringify(await InboxPage(inboxProps()));
    expect(inbox).not.toContain(inquiry.id);
    expect(inbox).not.toContain('Paul Durand');
    for (const filter of ['toutes', 'non-lues', 'repondues', 'archivees'] as const) {
      expect((await listInquiries(other.advertiserId, { filter })).rows).toEqual([]);
      expect((await listInquiries(other.advertiserId, { filter, q: 'Paul' })).total).toBe(0);
    }
    expect(await countUnread(other.advertiserId)).toBe(0);
    const response = await unreadCount();
    expect(await response.json()).toEqual({ unread: 0 });
  });

  it('the inbox functions themselves refuse any advertiser but the owner', async () => {
    const inquiry = await createInquiry(owner.advertiserId);
    expect(await getInquiry(other.advertiserId, inquiry.id)).toBeNull();
    expect(await markRead(other.advertiserId, inquiry.id)).toBe(false);
    expect(await archive(other.advertiserId, inquiry.id)).toBe(false);
    expect(await unarchive(other.advertiserId, inquiry.id)).toBe(false);
    expect(await answerInquiry(other.advertiserId, inquiry.id, 'Bonjour')).toEqual({ outcome: 'not-found' });
    expect(await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({
      readAt: null,
      archivedAt: null,
      answeredAt: null,
    });
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('the team member and the anonymous caller cannot open the inbox page', async () => {
    await expect(InboxPage(inboxProps())).rejects.toThrow(REDIRECT);
    await actAs(adminUserId);
    await expect(InboxPage(inboxProps())).rejects.toThrow(NOT_FOUND);
  });
});

describe('the addressee', () => {
  it('lists, searches and pages their inquiries, newest first', async () => {
    const start = Date.now();
    for (let i = 0; i < INBOX_PAGE_SIZE + 2; i += 1) {
      await createInquiry(owner.advertiserId, { senderName: `Visiteur ${i}`, createdAt: new Date(start - i * 60_000) });
    }
    await createInquiry(owner.advertiserId, { senderName: 'Zoé Klein', message: 'Un robinet à changer', createdAt: new Date(start - 3_600_000) });
    await createInquiry(other.advertiserId, { senderName: 'Zoé Autre' });

    const first = await listInquiries(owner.advertiserId, {});
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.rows[0].senderName).toBe('Visiteur 0');
    const second = await listInquiries(owner.advertiserId, { page: 2 });
    expect(second.rows.map((row) => row.senderName)).toEqual(['Visiteur 20', 'Visiteur 21', 'Zoé Klein']);

    expect((await listInquiries(owner.advertiserId, { q: 'ROBINET' })).rows.map((row) => row.senderName)).toEqual(['Zoé Klein']);
    expect((await listInquiries(owner.advertiserId, { q: 'zoé' })).total).toBe(1);
    expect((await listInquiries(owner.advertiserId, { q: "'; drop table \"Inquiry\"; --" })).total).toBe(0);
    expect(await countUnread(owner.advertiserId)).toBe(INBOX_PAGE_SIZE + 3);

    await actAs(owner.userId);
    const response = await unreadCount();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unread: INBOX_PAGE_SIZE + 3 });
  });

  it('opens an inquiry, which marks it read', async () => {
    const inquiry = await createInquiry(owner.advertiserId);
    await actAs(owner.userId);
    const inbox = JSON.stringify(await InboxPage(inboxProps({ filtre: 'non-lues' })));
    expect(inbox).toContain(inquiry.id);

    await expect(InquiryPage(pageProps(inquiry.id))).resolves.toBeTruthy();
    const row = await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(row.readAt).toBeInstanceOf(Date);
    expect(await countUnread(owner.advertiserId)).toBe(0);
    expect((await listInquiries(owner.advertiserId, { filter: 'non-lues' })).total).toBe(0);
    await expect(InquiryPage(pageProps('inconnue'))).rejects.toThrow(NOT_FOUND);
  });

  it('answers: the answer is stored, the inquiry marked answered and the e-mail sent with Reply-To', async () => {
    const inquiry = await createInquiry(owner.advertiserId);
    await actAs(owner.userId);

    await expect(answer(inquiry.id, 'x')).resolves.toMatchObject({ status: 'error', fieldErrors: { body: 'Écrivez votre réponse.' } });
    await expect(answer(inquiry.id, 'a'.repeat(5001))).resolves.toMatchObject({ status: 'error' });
    expect(await prisma.inquiryAnswer.count()).toBe(0);

    await expect(answer(inquiry.id, 'Bonjour Paul,\nje peux passer jeudi matin.')).resolves.toMatchObject({ status: 'success' });
    const row = await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, include: { answers: true } });
    expect(row.answers.map((stored) => stored.body)).toEqual(['Bonjour Paul,\nje peux passer jeudi matin.']);
    expect(row.answeredAt).toBeInstanceOf(Date);
    expect(row.readAt).toBeInstanceOf(Date);
    expect(row.lastMessageAt.getTime()).toBe(row.answers[0].createdAt.getTime());

    const email = await prisma.emailOutbox.findFirstOrThrow();
    expect(email).toMatchObject({
      to: 'paul.durand@exemple.fr',
      template: 'inquiry-answer',
      subject: 'Réponse de Plomberie Camille Martin à votre demande',
      headers: { 'Reply-To': owner.email },
      idempotencyKey: `inquiry-answer:${row.answers[0].id}`,
    });

    expect(await dispatchDueEmails()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [sent] = fake.received;
    expect(sent.replyTo).toBe(owner.email);
    expect(sent.headers ?? {}).not.toHaveProperty('Reply-To');
    expect(sent.text).toContain('je peux passer jeudi matin.');
    expect(sent.text).toContain('ma chaudière fuit depuis ce matin');

    // A second answer keeps the first « answered » date and moves the conversation's date.
    const answeredAt = row.answeredAt;
    await expect(answer(inquiry.id, 'Finalement, mercredi ?')).resolves.toMatchObject({ status: 'success' });
    const after = await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after.answeredAt).toEqual(answeredAt);
    expect(after.lastMessageAt.getTime()).toBeGreaterThanOrEqual(row.lastMessageAt.getTime());
    expect(await prisma.inquiryAnswer.count({ where: { inquiryId: inquiry.id } })).toBe(2);
    expect((await listInquiries(owner.advertiserId, { filter: 'repondues' })).total).toBe(1);
  });

  it('archives and brings back an inquiry', async () => {
    const inquiry = await createInquiry(owner.advertiserId);
    await actAs(owner.userId);

    await expect(archiveIt(inquiry.id)).resolves.toMatchObject({ status: 'success' });
    expect((await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).archivedAt).toBeInstanceOf(Date);
    expect((await listInquiries(owner.advertiserId)).total).toBe(0);
    expect((await listInquiries(owner.advertiserId, { filter: 'archivees' })).total).toBe(1);
    expect(await countUnread(owner.advertiserId)).toBe(0);

    await expect(unarchiveIt(inquiry.id)).resolves.toMatchObject({ status: 'success' });
    expect((await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).archivedAt).toBeNull();
    expect((await listInquiries(owner.advertiserId)).total).toBe(1);
  });
});
