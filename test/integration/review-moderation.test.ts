// The advertiser's side of reviews and the team's moderation, on real PostgreSQL: an advertiser replies
// to and reports only reviews of their own listing (another advertiser gets « introuvable » and nothing
// changes), never edits a review; the team hides a reported review with a written reason e-mailed to
// the author and the advertiser, restores it, or dismisses a report — each decision recorded
// (ModerationDecision, audit log) and the listing's rating kept in step. Pages show only one's own.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */
import { renderToStaticMarkup } from 'react-dom/server';
import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { initialFormState } from '@/lib/forms/form-state';
import { getPublishedListingBySlug } from '@/lib/listings/queries';
import { replyToReviewAction, reportReviewAction, revokeCodeAction } from '@/lib/reviews/advertiser-actions';
import { dismissReportAction, hideReviewAction, restoreReviewAction } from '@/lib/reviews/admin-actions';
import { issueCodes } from '@/lib/reviews/codes';
import { REVIEW_HIDDEN, REVIEW_REPORT_DISMISSED, REVIEW_RESTORED } from '@/lib/reviews/moderation';
import { submitReview, parisDate } from '@/lib/reviews/redemption';
import AdvertiserReviewsPage from '@/app/espace/avis/page';
import ReviewCodesPage from '@/app/espace/codes/page';
import AdminReviewsPage from '@/app/admin/avis/page';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace, type Advertiser } from '@/test/support/advertisers';

let emailCounter = 0;

/** A review posted through the real redemption path. */
async function postReview(advertiser: Advertiser, rating: number, body = 'Intervention rapide et soignée, prix conforme au devis.') {
  const issued = await issueCodes(advertiser.advertiserId, { count: 1 });
  if (issued.kind !== 'issued') throw new Error('no listing');
  emailCounter += 1;
  const authorEmail = `client.${emailCounter}@exemple.fr`;
  const result = await submitReview(
    {
      code: issued.codes[0].code,
      rating,
      title: 'Mon avis',
      body,
      experienceDate: parisDate(new Date()),
      firstName: 'Marie',
      lastName: 'Dupont',
      email: authorEmail,
      acceptCharter: 'on',
    },
    { ip: `192.0.2.${emailCounter}` },
  );
  if (result.kind !== 'published') throw new Error(result.kind);
  const review = await prisma.review.findFirstOrThrow({ where: { authorEmail }, select: { id: true } });
  return { id: review.id, authorEmail };
}

async function rating(listingId: string) {
  const row = await prisma.listing.findUniqueOrThrow({ where: { id: listingId }, select: { ratingCount: true, ratingAverage: true } });
  return { count: row.ratingCount, average: row.ratingAverage === null ? null : Number(row.ratingAverage) };
}

let alice: Advertiser;
let bruno: Advertiser;
let adminId: string;

beforeAll(async () => {
  await createPlace();
  const categoryId = await createCategory();
  alice = await createAdvertiser({ name: 'Alice Martin', categoryId });
  bruno = await createAdvertiser({ name: 'Bruno Weber', categoryId });
  adminId = (await prisma.user.create({ data: { email: 'equipe@exemple.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() } })).id;
});

beforeEach(() => actAnonymously());

describe('an advertiser and the reviews of their listing', () => {
  it('replies publicly, edits the reply, and the reply shows on the listing', async () => {
    const review = await postReview(alice, 4);
    await actAs(alice.userId);
    expect((await replyToReviewAction(initialFormState, formData({ reviewId: review.id, body: 'Merci pour votre confiance !' }))).status).toBe('success');
    const edited = await replyToReviewAction(initialFormState, formData({ reviewId: review.id, body: 'Merci beaucoup, à bientôt.' }));
    expect(edited.message).toBe('Votre réponse est modifiée.');
    expect(await prisma.reviewReply.count({ where: { reviewId: review.id } })).toBe(1);
    const listing = await getPublishedListingBySlug(alice.slug);
    expect(listing!.reviews.find((candidate) => candidate.id === review.id)!.reply!.body).toBe('Merci beaucoup, à bientôt.');
  });

  it('cannot reply to, report, or revoke the codes of another advertiser’s listing, and nothing changes', async () => {
    const review = await postReview(alice, 2);
    await issueCodes(alice.advertiserId, { count: 1 });
    const code = await prisma.reviewCode.findFirstOrThrow({ where: { listingId: alice.listingId, usedAt: null }, select: { id: true } });
    await actAs(bruno.userId);
    const reply = await replyToReviewAction(initialFormState, formData({ reviewId: review.id, body: 'Ce client ment.' }));
    expect(reply).toMatchObject({ status: 'error', message: 'Cet avis est introuvable.' });
    const report = await reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Je ne connais pas ce client du tout.' }));
    expect(report).toMatchObject({ status: 'error', message: 'Cet avis est introuvable.' });
    expect((await revokeCodeAction(initialFormState, formData({ codeId: code.id }))).status).toBe('error');
    expect(await prisma.reviewReply.count({ where: { reviewId: review.id } })).toBe(0);
    expect(await prisma.reviewReport.count({ where: { reviewId: review.id } })).toBe(0);
    expect(await prisma.reviewCode.count({ where: { id: code.id, revokedAt: null } })).toBe(1);

    // Their pages list only their own reviews and codes.
    const reviewsHtml = renderToStaticMarkup(await AdvertiserReviewsPage({ searchParams: Promise.resolve({}) }));
    expect(reviewsHtml).not.toContain(review.id);
    const codesHtml = renderToStaticMarkup(await ReviewCodesPage({ searchParams: Promise.resolve({}) }));
    expect(codesHtml).not.toContain(code.id);
    // …while their owner sees them (so the two checks above do look at the right place).
    await actAs(alice.userId);
    expect(renderToStaticMarkup(await AdvertiserReviewsPage({ searchParams: Promise.resolve({}) }))).toContain(review.id);
    expect(renderToStaticMarkup(await ReviewCodesPage({ searchParams: Promise.resolve({}) }))).toContain(code.id);
  });

  it('is refused anonymously (sign-in redirect) and by the team (404)', async () => {
    const review = await postReview(alice, 3);
    await expect(replyToReviewAction(initialFormState, formData({ reviewId: review.id, body: 'Bonjour' }))).rejects.toThrow(REDIRECT);
    await actAs(adminId);
    await expect(reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Un doute sérieux sur cet avis.' }))).rejects.toThrow(NOT_FOUND);
    expect(await prisma.reviewReply.count({ where: { reviewId: review.id } })).toBe(0);
  });

  it('reports with a reason once; no action edits or deletes the review', async () => {
    const review = await postReview(alice, 1, 'Très déçu, le plombier n’est jamais venu et ne répond plus.');
    await actAs(alice.userId);
    const tooShort = await reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Faux' }));
    expect(tooShort.fieldErrors?.reason).toMatch(/10\u00a0caractères au moins/);
    expect((await reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Je n’ai aucune intervention à ce nom.' }))).status).toBe('success');
    const again = await reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Je n’ai aucune intervention à ce nom.' }));
    expect(again.message).toMatch(/déjà signalé/);
    const stored = await prisma.review.findUniqueOrThrow({ where: { id: review.id } });
    expect(stored).toMatchObject({ status: 'PUBLISHED', body: 'Très déçu, le plombier n’est jamais venu et ne répond plus.' });
  });
});

describe('moderation by the team', () => {
  it('hides a reported review with its reason: statement to author and advertiser, decision, audit, rating', async () => {
    const kept = await postReview(bruno, 5);
    const reported = await postReview(bruno, 1, 'Arnaque totale, voici son adresse personnelle : 3 rue X.');
    expect(await rating(bruno.listingId)).toEqual({ count: 2, average: 3 });
    await actAs(bruno.userId);
    await reportReviewAction(initialFormState, formData({ reviewId: reported.id, reason: 'L’avis publie mon adresse personnelle.' }));

    // Only the team.
    await actAs(bruno.userId);
    await expect(hideReviewAction(initialFormState, formData({ reviewId: reported.id, reason: 'Données personnelles publiées.' }))).rejects.toThrow(NOT_FOUND);

    await actAs(adminId);
    const queue = renderToStaticMarkup(await AdminReviewsPage());
    expect(queue).toContain('L’avis publie mon adresse personnelle.');
    const noReason = await hideReviewAction(initialFormState, formData({ reviewId: reported.id, reason: '' }));
    expect(noReason.fieldErrors?.reason).toBeDefined();
    const reason = 'L’avis révèle l’adresse personnelle du professionnel (données personnelles).';
    expect((await hideReviewAction(initialFormState, formData({ reviewId: reported.id, reason }))).status).toBe('success');

    expect(await prisma.review.findUniqueOrThrow({ where: { id: reported.id }, select: { status: true } })).toEqual({ status: 'REMOVED' });
    expect(await prisma.reviewReport.findFirstOrThrow({ where: { reviewId: reported.id } })).toMatchObject({ status: 'UPHELD' });
    expect(await rating(bruno.listingId)).toEqual({ count: 1, average: 5 });
    const decision = await prisma.moderationDecision.findFirstOrThrow({ where: { targetType: 'REVIEW', targetId: reported.id } });
    expect(decision).toMatchObject({ action: 'REMOVE', statement: reason, decidedById: adminId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: REVIEW_HIDDEN, subjectId: reported.id } });
    expect(audit).toMatchObject({ actorId: adminId, reason, subjectUserId: bruno.userId });

    for (const to of [reported.authorEmail, bruno.email]) {
      const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to, template: 'moderation-decision' } });
      const { text } = await renderStoredEmail(email.template, email.props);
      expect(text).toContain(reason);
      expect(text).toContain(decision.id);
      expect(text).toMatch(/recours/i);
    }
    const listing = await getPublishedListingBySlug(bruno.slug);
    expect(listing!.reviews.map((review) => review.id)).toEqual([kept.id]);

    // « Rétablir »
    expect((await restoreReviewAction(initialFormState, formData({ reviewId: reported.id, reason: 'Adresse retirée à la demande de l’auteur, avis rétabli.' }))).status).toBe('success');
    expect(await rating(bruno.listingId)).toEqual({ count: 2, average: 3 });
    expect(await prisma.auditLog.count({ where: { action: REVIEW_RESTORED, subjectId: reported.id } })).toBe(1);
    expect(await prisma.moderationDecision.count({ where: { targetId: reported.id, action: 'RESTORE' } })).toBe(1);
  });

  it('dismisses a report: the review stays, the advertiser is told why, the audit log keeps it', async () => {
    const review = await postReview(alice, 2, 'Prestation correcte mais retard de deux heures sans prévenir.');
    await actAs(alice.userId);
    await reportReviewAction(initialFormState, formData({ reviewId: review.id, reason: 'Ce retard est exagéré, c’était une heure.' }));
    const report = await prisma.reviewReport.findFirstOrThrow({ where: { reviewId: review.id, status: 'OPEN' } });
    await actAs(adminId);
    const reason = 'Un désaccord sur les faits ne justifie pas de masquer un avis négatif.';
    expect((await dismissReportAction(initialFormState, formData({ reportId: report.id, reason }))).status).toBe('success');
    expect(await prisma.reviewReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: 'DISMISSED' });
    expect(await prisma.review.findUniqueOrThrow({ where: { id: review.id }, select: { status: true } })).toEqual({ status: 'PUBLISHED' });
    expect(await prisma.auditLog.count({ where: { action: REVIEW_REPORT_DISMISSED, subjectId: review.id, reason } })).toBe(1);
    expect(await prisma.emailOutbox.count({ where: { to: alice.email, template: 'moderation-decision' } })).toBeGreaterThan(0);
    expect(await prisma.emailOutbox.count({ where: { to: review.authorEmail, template: 'moderation-decision' } })).toBe(0);
    // Decided once: the second click changes nothing.
    expect((await dismissReportAction(initialFormState, formData({ reportId: report.id, reason }))).status).toBe('error');
  });
});
