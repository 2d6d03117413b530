// Reporting content (DSA arts. 16–17) on real PostgreSQL: anyone sends a notice with what the DSA asks
// (explanation, exact URL, name and e-mail unless it concerns child sexual abuse, good faith), it is
// acknowledged by e-mail and queued; each decision of the team is a ModerationDecision whose statement
// of reasons (decision, facts, ground, redress) goes to the reporter and, when content is removed, to
// its author; a listing is suspended or restored, a review hidden with the rating kept in step.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { initialFormState } from '@/lib/forms/form-state';
import { publicListingWhere } from '@/lib/listings/visibility';
import { decideNoticeAction, restoreContentAction, sendNoticeAction } from '@/lib/moderation/actions';
import { NOTICE_RECEIVED_MESSAGE, noticeReference } from '@/lib/moderation/notices';
import ReportPage from '@/app/(public)/signaler/page';
import AdminNoticesPage from '@/app/admin/signalements/page';
import AdminNoticePage from '@/app/admin/signalements/[id]/page';
import { actAnonymously, actAs, formData, mockCookie, NOT_FOUND } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace } from '@/test/support/advertisers';

jest.setTimeout(60_000);

const EXPLANATION = 'Cette annonce utilise les photos et le nom d’une autre entreprise : c’est une usurpation.';
let categoryId: string;
let adminId: string;
let advertiserUserId: string;
let ip = 0;

async function createListing() {
  const advertiser = await createAdvertiser({ categoryId });
  return { id: advertiser.listingId, slug: advertiser.slug, advertiserEmail: advertiser.email, userId: advertiser.userId };
}

async function createReview(listingId: string, rating: number, authorEmail: string | null) {
  const review = await prisma.review.create({
    data: {
      listingId,
      authorName: 'Paul D.',
      authorEmail,
      rating,
      body: 'Un avis rédigé pour le test de signalement.',
      experienceDate: new Date('2026-10-01'),
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  await prisma.listing.update({ where: { id: listingId }, data: { ratingCount: { increment: 1 } } });
  return review;
}

function notice(overrides: Record<string, string> = {}) {
  ip += 1;
  mockCookie.headers['x-forwarded-for'] = `203.0.113.${ip}`;
  return sendNoticeAction(
    initialFormState,
    formData({
      targetType: 'listing',
      targetId: '',
      category: 'FRAUD',
      url: 'http://localhost:3000/annonce/quelque-part',
      explanation: EXPLANATION,
      name: 'Sophie Leroy',
      email: 'sophie.leroy@exemple.fr',
      goodFaith: 'on',
      website: '',
      ...overrides,
    }),
  );
}

async function decide(noticeId: string, decision: 'REMOVE' | 'NO_ACTION') {
  return decideNoticeAction(
    initialFormState,
    formData({
      noticeId,
      decision,
      grounds: 'Article 4 des CGU : contenus trompeurs interdits ; article L121-2 du Code de la consommation.',
      statement: 'L’annonce reprend le nom commercial et les photos d’une autre entreprise, sans autorisation.',
    }),
  );
}

beforeAll(async () => {
  await createPlace();
  categoryId = await createCategory();
  ({ id: adminId } = await prisma.user.create({
    data: { email: 'moderation@exemple.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() },
  }));
});

beforeEach(async () => {
  actAnonymously();
  await prisma.emailOutbox.deleteMany();
  await prisma.rateLimitCounter.deleteMany();
});

describe('sending a notice', () => {
  it('the link under a listing prefills what is reported and where', async () => {
    const listing = await createListing();
    const page = JSON.stringify(await ReportPage({ searchParams: Promise.resolve({ type: 'listing', id: listing.id }) }));
    expect(page).toContain(`/annonce/${listing.slug}`);
    expect(page).toContain(listing.id);
  });

  it('reveals nothing of a listing that is not public', async () => {
    const listing = await createListing();
    await prisma.listing.update({ where: { id: listing.id }, data: { status: 'DRAFT', title: 'Titre secret du brouillon' } });
    const page = JSON.stringify(await ReportPage({ searchParams: Promise.resolve({ type: 'listing', id: listing.id }) }));
    expect(page).not.toContain(listing.slug);
    expect(page).not.toContain('Titre secret du brouillon');
  });

  it('is stored with its target and acknowledged by e-mail at once', async () => {
    const listing = await createListing();
    const state = await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}` });
    expect(state).toEqual({ status: 'success', message: NOTICE_RECEIVED_MESSAGE });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    expect(stored).toMatchObject({
      targetType: 'LISTING',
      category: 'FRAUD',
      explanation: EXPLANATION,
      reporterName: 'Sophie Leroy',
      reporterEmail: 'sophie.leroy@exemple.fr',
      goodFaith: true,
      status: 'OPEN',
    });
    expect(stored.acknowledgedAt).toBeInstanceOf(Date);
    const ack = await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'content-notice-received' } });
    expect(ack.to).toBe('sophie.leroy@exemple.fr');
    const { text } = await renderStoredEmail(ack.template, ack.props);
    expect(text).toContain(noticeReference(stored.id));
  });

  it('requires the explanation, the URL, the name, the e-mail and the good-faith statement', async () => {
    const before = await prisma.contentNotice.count();
    const state = await notice({ explanation: 'Pas bien.', url: 'pas une adresse', name: '', email: '', goodFaith: '' });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'explanation', 'goodFaith', 'name', 'url']);
    expect(state.values?.explanation).toBe('Pas bien.');
    expect(await prisma.contentNotice.count()).toBe(before);
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('accepts a notice of child sexual abuse material without name or e-mail', async () => {
    const state = await notice({ category: 'CHILD_SEXUAL_ABUSE', name: '', email: '' });
    expect(state.status).toBe('success');
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { category: 'CHILD_SEXUAL_ABUSE' } });
    expect(stored).toMatchObject({ reporterName: null, reporterEmail: null, acknowledgedAt: null });
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('keeps a notice whose target id was tampered with as a notice about the URL alone', async () => {
    await notice({ targetId: 'n-existe-pas', explanation: `${EXPLANATION} (cible inconnue)` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { explanation: `${EXPLANATION} (cible inconnue)` } });
    expect(stored.targetId).toBeNull();
  });

  it('stores nothing for a robot filling the honeypot, and limits notices per address', async () => {
    const before = await prisma.contentNotice.count();
    expect((await notice({ website: 'http://spam.example' })).status).toBe('success');
    expect(await prisma.contentNotice.count()).toBe(before);
    mockCookie.headers['x-forwarded-for'] = '192.0.2.77';
    const send = () =>
      sendNoticeAction(
        initialFormState,
        formData({ targetType: 'listing', category: 'OTHER', url: 'http://localhost:3000/', explanation: EXPLANATION, name: 'Flood', email: 'flood@exemple.fr', goodFaith: 'on' }),
      );
    for (let i = 0; i < 10; i += 1) expect((await send()).status).toBe('success');
    expect((await send()).status).toBe('error');
  });
});

describe('deciding', () => {
  it('removing a listing suspends it and sends the statement of reasons to the reporter and the advertiser', async () => {
    const listing = await createListing();
    await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    await prisma.emailOutbox.deleteMany();
    await actAs(adminId);

    expect((await decide(stored.id, 'REMOVE')).status).toBe('success');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('SUSPENDED');
    expect(await prisma.listing.count({ where: { ...publicListingWhere, id: listing.id } })).toBe(0);
    expect(await prisma.contentNotice.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: 'UPHELD' });
    const decision = await prisma.moderationDecision.findUniqueOrThrow({ where: { noticeId: stored.id } });
    expect(decision).toMatchObject({ targetType: 'LISTING', targetId: listing.id, action: 'SUSPEND', decidedById: adminId });
    expect(await prisma.auditLog.count({ where: { action: 'moderation.decided', subjectId: stored.id, actorId: adminId } })).toBe(1);

    const mails = await prisma.emailOutbox.findMany({ where: { template: 'moderation-decision' }, orderBy: { to: 'asc' } });
    expect(mails.map((mail) => mail.to).sort()).toEqual([listing.advertiserEmail, 'sophie.leroy@exemple.fr'].sort());
    for (const mail of mails) {
      const { text } = await renderStoredEmail(mail.template, mail.props);
      expect(text).toContain('Article 4 des CGU');
      expect(text).toContain('sans autorisation');
      expect(text).toMatch(/règlement extrajudiciaire/);
      expect(text).toMatch(/juge compétent/);
      expect(text).toContain(noticeReference(stored.id));
    }
    const authorMail = mails.find((mail) => mail.to === listing.advertiserEmail)!;
    // The author never learns who reported them.
    expect(`${JSON.stringify(authorMail.props)}`).not.toContain('Sophie');

    expect((await decide(stored.id, 'NO_ACTION')).message).toMatch(/déjà fait l’objet/);
    expect(await prisma.moderationDecision.count({ where: { targetId: listing.id } })).toBe(1);
  });

  it('a suspended listing can be restored, with a new decision sent to the advertiser', async () => {
    const listing = await createListing();
    await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    await actAs(adminId);
    await decide(stored.id, 'REMOVE');
    await prisma.emailOutbox.deleteMany();
    const removal = await prisma.moderationDecision.findUniqueOrThrow({ where: { noticeId: stored.id } });

    const state = await restoreContentAction(
      initialFormState,
      formData({ decisionId: removal.id, statement: 'L’annonceur a prouvé être titulaire du nom commercial.' }),
    );
    expect(state.status).toBe('success');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PUBLISHED');
    expect(await prisma.moderationDecision.count({ where: { targetId: listing.id, action: 'RESTORE' } })).toBe(1);
    expect((await prisma.emailOutbox.findMany({ where: { template: 'moderation-decision' } })).map((m) => m.to)).toEqual([listing.advertiserEmail]);
    expect((await restoreContentAction(initialFormState, formData({ decisionId: removal.id, statement: 'Une seconde fois, pour voir.' }))).status).toBe('error');
  });

  it('removing a review hides it, updates the rating and tells its author', async () => {
    const listing = await createListing();
    await createReview(listing.id, 5, 'garde@exemple.fr');
    const review = await createReview(listing.id, 1, 'auteur.avis@exemple.fr');
    await notice({ targetType: 'review', targetId: review.id, category: 'FAKE_REVIEW', url: `http://localhost:3000/annonce/${listing.slug}#avis-${review.id}` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: review.id } });
    expect(stored.targetType).toBe('REVIEW');
    await prisma.emailOutbox.deleteMany();
    await actAs(adminId);
    expect((await decide(stored.id, 'REMOVE')).status).toBe('success');
    expect((await prisma.review.findUniqueOrThrow({ where: { id: review.id } })).status).toBe('REMOVED');
    const updated = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(updated.ratingCount).toBe(1);
    expect(Number(updated.ratingAverage)).toBe(5);
    expect((await prisma.moderationDecision.findUniqueOrThrow({ where: { noticeId: stored.id } })).action).toBe('REMOVE');
    const recipients = (await prisma.emailOutbox.findMany({ where: { template: 'moderation-decision' } })).map((m) => m.to).sort();
    expect(recipients).toEqual(['auteur.avis@exemple.fr', 'sophie.leroy@exemple.fr']);
  });

  it('« Aucune action » leaves the content online and informs the reporter only', async () => {
    const listing = await createListing();
    await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    await prisma.emailOutbox.deleteMany();
    await actAs(adminId);
    expect((await decide(stored.id, 'NO_ACTION')).status).toBe('success');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PUBLISHED');
    expect(await prisma.contentNotice.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: 'DISMISSED' });
    expect((await prisma.moderationDecision.findUniqueOrThrow({ where: { noticeId: stored.id } })).action).toBe('NO_ACTION');
    const mails = await prisma.emailOutbox.findMany({ where: { template: 'moderation-decision' } });
    expect(mails.map((mail) => mail.to)).toEqual(['sophie.leroy@exemple.fr']);
    const { text } = await renderStoredEmail(mails[0].template, mails[0].props);
    expect(text).toMatch(/reste en ligne/);
  });

  it('the queue lists the notice and its page shows the explanation and the reporter to the team', async () => {
    const listing = await createListing();
    await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}`, explanation: `${EXPLANATION} (page)` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    await actAs(adminId);
    const queue = JSON.stringify(await AdminNoticesPage());
    expect(queue).toContain(stored.id);
    // Element types (components) are left out: only what the page passes down is compared.
    const detail = JSON.stringify(await AdminNoticePage({ params: Promise.resolve({ id: stored.id }) }), (key, value) =>
      key === 'type' && typeof value !== 'string' ? undefined : value,
    );
    expect(detail).toContain(`${EXPLANATION} (page)`);
    expect(detail).toContain('Sophie Leroy');
    await expect(AdminNoticePage({ params: Promise.resolve({ id: 'inconnu' }) })).rejects.toThrow(NOT_FOUND);
  });

  it('is for the team only', async () => {
    const listing = await createListing();
    advertiserUserId = listing.userId;
    await notice({ targetId: listing.id, url: `http://localhost:3000/annonce/${listing.slug}` });
    const stored = await prisma.contentNotice.findFirstOrThrow({ where: { targetId: listing.id } });
    await actAs(advertiserUserId);
    await expect(decide(stored.id, 'NO_ACTION')).rejects.toThrow(NOT_FOUND);
    expect(await prisma.contentNotice.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: 'OPEN' });
  });
});
