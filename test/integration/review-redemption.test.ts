// Review codes and their redemption on real PostgreSQL: codes are issued hashed (and e-mailed through
// the outbox), one generic answer covers unknown, used, expired and revoked codes, wrong guesses are
// rate-limited per address and globally, reviews per listing are capped, two simultaneous submissions
// of one code give one review, and a review is published with the listing's rating kept in step, the
// charter acceptance and, when asked, a newsletter subscription that counts only once confirmed.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */
import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { initialFormState } from '@/lib/forms/form-state';
import { confirmNewsletterAction } from '@/lib/newsletters/confirm-actions';
import { hashReviewCode, normalizeReviewCode } from '@/lib/reviews/code';
import { issueCodes } from '@/lib/reviews/codes';
import { issueCodeAction, revokeCodeAction } from '@/lib/reviews/advertiser-actions';
import { checkReviewCodeAction, submitReviewAction } from '@/lib/reviews/redeem-actions';
import { initialCodeCheckState, initialReviewSubmitState, type CodeCheckState } from '@/lib/reviews/redeem-state';
import { INVALID_CODE_MESSAGE, parisDate } from '@/lib/reviews/redemption';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { actAnonymously, actAs, formData, mockCookie } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace, type Advertiser } from '@/test/support/advertisers';

const DAY_MS = 24 * 60 * 60 * 1000;
let categoryId: string;
let ipCounter = 0;
let emailCounter = 0;

async function newCode(advertiser: Advertiser, createdAt = new Date()): Promise<string> {
  const result = await issueCodes(advertiser.advertiserId, { count: 1 }, createdAt);
  if (result.kind !== 'issued') throw new Error('no listing');
  return result.codes[0].code;
}

function fromNewIp(): string {
  ipCounter += 1;
  const ip = `198.51.100.${ipCounter % 250}`;
  mockCookie.headers['x-forwarded-for'] = ip;
  return ip;
}

function reviewFields(code: string, overrides: Record<string, string> = {}) {
  emailCounter += 1;
  return {
    code,
    rating: '5',
    title: 'Travail impeccable',
    body: 'Fuite réparée en une heure, chantier laissé propre. Je recommande sans hésiter.',
    experienceDate: parisDate(new Date()),
    firstName: 'Marie',
    lastName: 'Dupont',
    email: `marie.${emailCounter}@exemple.fr`,
    acceptCharter: 'on',
    ...overrides,
  };
}

const check = (code: string) => checkReviewCodeAction(initialCodeCheckState, formData({ code }));
const submit = (fields: Record<string, string>) => submitReviewAction(initialReviewSubmitState, formData(fields));

/** What step 1 shows: the message and the field's error, the only things a guesser learns. */
function visibleAnswer(state: CodeCheckState) {
  return { status: state.status, message: state.message, fieldErrors: state.fieldErrors, redeemable: state.redeemable };
}

let advertiser: Advertiser;

beforeAll(async () => {
  await createPlace();
  categoryId = await createCategory();
  advertiser = await createAdvertiser({ name: 'Camille Martin', categoryId });
});

beforeEach(async () => {
  actAnonymously();
  fromNewIp();
  await prisma.rateLimitCounter.deleteMany();
});

describe('issuing codes', () => {
  it('stores only a hash and a hint, counts the codes on the listing, and e-mails a code given an address', async () => {
    await actAs(advertiser.userId);
    const before = await prisma.listing.findUniqueOrThrow({ where: { id: advertiser.listingId }, select: { reviewCodesIssued: true } });
    const state = (await issueCodeAction(initialFormState, formData({ clientName: 'Paul Durand', clientEmail: 'paul.durand@exemple.fr' }))) as Awaited<
      ReturnType<typeof issueCodeAction>
    > & { codes?: { code: string; qrDataUrl: string; url: string }[] };
    expect(state.status).toBe('success');
    const [issued] = state.codes!;
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(issued.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(issued.url).toMatch(new RegExp(`/avis\\?code=${issued.code}$`));

    const row = await prisma.reviewCode.findFirstOrThrow({
      where: { listingId: advertiser.listingId, clientEmail: 'paul.durand@exemple.fr' },
      omit: { codeHash: false },
    });
    expect(row.codeHash).toBe(hashReviewCode(issued.code));
    expect(row.hint).toBe(issued.code.slice(-4));
    expect(JSON.stringify(row)).not.toContain(issued.code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(90 * DAY_MS);
    const after = await prisma.listing.findUniqueOrThrow({ where: { id: advertiser.listingId }, select: { reviewCodesIssued: true } });
    expect(after.reviewCodesIssued).toBe(before.reviewCodesIssued + 1);

    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'paul.durand@exemple.fr', template: 'review-code' } });
    const rendered = await renderStoredEmail(email.template, email.props);
    expect(rendered.text).toContain(issued.code);
    expect(rendered.html).toContain(`/avis?code=${issued.code}`);
  });

  it('limits the invitations an advertiser can have e-mailed in a day, and then issues nothing', async () => {
    const sender = await createAdvertiser({ name: 'Hugo Laurent', categoryId });
    const { windowMs, limit, name } = RATE_LIMITS.reviewCodeInvitation;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await prisma.rateLimitCounter.create({
      data: { key: `${name}:${sender.advertiserId}`, windowStart, count: limit, expiresAt: new Date(windowStart.getTime() + windowMs) },
    });
    await actAs(sender.userId);
    const state = await issueCodeAction(initialFormState, formData({ clientName: '', clientEmail: 'inconnu@exemple.fr' }));
    expect(state).toMatchObject({ status: 'error', message: expect.stringMatching(/beaucoup d’invitations/) });
    expect(await prisma.reviewCode.count({ where: { listingId: sender.listingId } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: 'inconnu@exemple.fr' } })).toBe(0);
    // Printing stays possible.
    expect((await issueCodeAction(initialFormState, formData({ clientName: 'Sans e-mail', clientEmail: '' }))).status).toBe('success');
  });

  it('accepts the code typed loosely: lower case, spaces instead of dashes, O for 0 and I or L for 1', () => {
    expect(normalizeReviewCode('abcd efgh jkmn')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeReviewCode('O1OI-L000-1111')).toBe('0101-1000-1111');
    expect(normalizeReviewCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normalizeReviewCode('ABCD-EFGH-JKMU')).toBeNull();
  });
});

describe('one generic answer', () => {
  it('is identical for an unknown, a used, an expired and a revoked code, and names no listing', async () => {
    const unknown = 'ZZZZ-ZZZZ-ZZZZ';

    const used = await newCode(advertiser);
    expect((await submit(reviewFields(used))).status).toBe('success');

    const expired = await newCode(advertiser, new Date(Date.now() - 91 * DAY_MS));

    const revoked = await newCode(advertiser);
    const revokedRow = await prisma.reviewCode.findUniqueOrThrow({ where: { codeHash: hashReviewCode(revoked) }, select: { id: true } });
    await actAs(advertiser.userId);
    expect((await revokeCodeAction(initialFormState, formData({ codeId: revokedRow.id }))).status).toBe('success');
    actAnonymously();

    const answers = [];
    for (const code of [unknown, used, expired, revoked]) {
      fromNewIp();
      answers.push(visibleAnswer(await check(code)));
    }
    for (const answer of answers) {
      expect(answer).toEqual({ status: 'error', message: INVALID_CODE_MESSAGE, fieldErrors: { code: INVALID_CODE_MESSAGE }, redeemable: undefined });
    }
  });

  it('lets a valid code through to the review form of its listing, without consuming it', async () => {
    const code = await newCode(advertiser);
    const state = await check(code.toLowerCase().replace(/-/g, ' '));
    expect(state.redeemable).toMatchObject({ code, listing: { slug: advertiser.slug, title: 'Plomberie Camille Martin' } });
    expect((await check(code)).redeemable).toBeDefined();
  });
});

describe('rate limits', () => {
  it('refuses an address after 10 wrong codes, even with a valid code, while another address goes on', async () => {
    const valid = await newCode(advertiser);
    for (let i = 0; i < RATE_LIMITS.reviewCodeFailureIp.limit; i++) {
      expect((await check(`WRNG-0000-${String(1000 + i)}`)).message).toBe(INVALID_CODE_MESSAGE);
    }
    const blocked = await check(valid);
    expect(blocked.redeemable).toBeUndefined();
    expect(blocked.message).toMatch(/^Trop de codes erronés/);
    // The submission step is closed too: the code cannot be spent from the blocked address.
    const refused = await submit(reviewFields(valid));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/^Trop de codes erronés/);
    expect(await prisma.review.count({ where: { code: { codeHash: hashReviewCode(valid) } } })).toBe(0);

    fromNewIp();
    expect((await check(valid)).redeemable).toBeDefined();
  });

  it('closes redemption everywhere once the site-wide ceiling of wrong codes is reached', async () => {
    const valid = await newCode(advertiser);
    const { windowMs, limit, name } = RATE_LIMITS.reviewCodeFailureGlobal;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await prisma.rateLimitCounter.create({
      data: { key: `${name}:all`, windowStart, count: limit, expiresAt: new Date(windowStart.getTime() + windowMs) },
    });
    fromNewIp();
    const state = await check(valid);
    expect(state.redeemable).toBeUndefined();
    expect(state.message).toMatch(/^Trop de codes erronés/);
  });

  it('caps the reviews one listing receives in a day', async () => {
    const other = await createAdvertiser({ name: 'Louis Bernard', categoryId });
    const { windowMs, limit, name } = RATE_LIMITS.reviewListing;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await prisma.rateLimitCounter.create({
      data: { key: `${name}:${other.listingId}`, windowStart, count: limit, expiresAt: new Date(windowStart.getTime() + windowMs) },
    });
    const code = await newCode(other);
    const state = await submit(reviewFields(code));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/beaucoup d’avis aujourd’hui/);
    expect(await prisma.review.count({ where: { listingId: other.listingId } })).toBe(0);
    expect(await prisma.reviewCode.count({ where: { codeHash: hashReviewCode(code), usedAt: null } })).toBe(1);
  });
});

describe('publishing a review', () => {
  it('publishes at once as « Marie D. », keeps the rating in step, records the charter and e-mails the advertiser', async () => {
    const other = await createAdvertiser({ name: 'Julie Petit', categoryId });
    const first = await newCode(other);
    const second = await newCode(other);
    const state = await submit(reviewFields(first, { rating: '5', email: 'marie.dupont@exemple.fr' }));
    expect(state.status).toBe('success');
    expect(state.published).toMatchObject({ listingSlug: other.slug, newsletterPending: false });
    expect((await submit(reviewFields(second, { rating: '2', firstName: 'Jean Pierre', lastName: 'de la Tour' }))).status).toBe('success');

    const reviews = await prisma.review.findMany({ where: { listingId: other.listingId }, orderBy: { rating: 'desc' } });
    expect(reviews.map((review) => [review.authorName, review.status, review.rating])).toEqual([
      ['Marie D.', 'PUBLISHED', 5],
      ['Jean Pierre D.', 'PUBLISHED', 2],
    ]);
    expect(reviews[0].authorEmail).toBe('marie.dupont@exemple.fr');
    expect(reviews[0].publishedAt).not.toBeNull();
    const listing = await prisma.listing.findUniqueOrThrow({ where: { id: other.listingId }, select: { ratingCount: true, ratingAverage: true } });
    expect(listing.ratingCount).toBe(2);
    expect(Number(listing.ratingAverage)).toBe(3.5);
    expect(await prisma.charterAcceptance.count({ where: { email: 'marie.dupont@exemple.fr', context: 'REVIEW' } })).toBe(1);
    expect(await prisma.emailOutbox.count({ where: { to: other.email, template: 'review-published' } })).toBe(2);
    expect(await prisma.reviewCode.count({ where: { codeHash: hashReviewCode(first), usedAt: { not: null } } })).toBe(1);
  });

  it('refuses an experience date in the future or before the code was handed out, keeping what was typed', async () => {
    const code = await newCode(advertiser, new Date(Date.now() - 3 * DAY_MS));
    const future = await submit(reviewFields(code, { experienceDate: parisDate(new Date(Date.now() + 2 * DAY_MS)) }));
    expect(future.fieldErrors?.experienceDate).toMatch(/futur/);
    expect(future.values?.body).toContain('Fuite réparée');
    const tooOld = await submit(reviewFields(code, { experienceDate: parisDate(new Date(Date.now() - 5 * DAY_MS)) }));
    expect(tooOld.fieldErrors?.experienceDate).toMatch(/précéder la remise du code/);
    expect(await prisma.reviewCode.count({ where: { codeHash: hashReviewCode(code), usedAt: null } })).toBe(1);
    expect((await submit(reviewFields(code, { experienceDate: parisDate(new Date(Date.now() - 3 * DAY_MS)) }))).status).toBe('success');
  });

  it('asks for the rating, the text and the charter, in French, and consumes nothing', async () => {
    const code = await newCode(advertiser);
    const state = await submit(reviewFields(code, { rating: '', body: 'Trop court', acceptCharter: '' }));
    expect(state.fieldErrors).toMatchObject({
      rating: expect.stringMatching(/note de 1 à 5/),
      body: expect.stringMatching(/20\u00a0caractères au moins/),
      acceptCharter: expect.stringMatching(/acceptez la charte/),
    });
    expect(await prisma.reviewCode.count({ where: { codeHash: hashReviewCode(code), usedAt: null } })).toBe(1);
  });

  it('gives one review when two tabs submit the same code at the same time', async () => {
    const other = await createAdvertiser({ name: 'Sophie Leroy', categoryId });
    const code = await newCode(other);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, index) => submit(reviewFields(code, { email: `onglet.${index}@exemple.fr` }))),
    );
    expect(results.filter((result) => result.status === 'success')).toHaveLength(1);
    for (const result of results.filter((candidate) => candidate.status !== 'success')) {
      expect(result.message).toBe(INVALID_CODE_MESSAGE);
    }
    expect(await prisma.review.count({ where: { listingId: other.listingId } })).toBe(1);
    const listing = await prisma.listing.findUniqueOrThrow({ where: { id: other.listingId }, select: { ratingCount: true } });
    expect(listing.ratingCount).toBe(1);
    expect(await prisma.charterAcceptance.count({ where: { email: { startsWith: 'onglet.' } } })).toBe(1);
  });

  it('subscribes to « Clients » only after the e-mailed confirmation, once', async () => {
    const code = await newCode(advertiser);
    const state = await submit(reviewFields(code, { email: 'lea.news@exemple.fr', newsletter: 'on' }));
    expect(state.published?.newsletterPending).toBe(true);
    const subscription = await prisma.newsletterSubscription.findFirstOrThrow({
      where: { email: 'lea.news@exemple.fr', list: { audience: 'CLIENTS' } },
    });
    expect(subscription.state).toBe('PENDING_CONFIRMATION');

    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'lea.news@exemple.fr', template: 'newsletter-confirm' } });
    const { html } = await renderStoredEmail(email.template, email.props);
    const token = decodeURIComponent(html.match(/newsletter\/confirmer\?jeton=([^"&]+)/)![1]);
    expect((await confirmNewsletterAction(initialFormState, formData({ jeton: token }))).status).toBe('success');
    const confirmed = await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(confirmed).toMatchObject({ state: 'SUBSCRIBED', confirmTokenHash: null });
    expect(confirmed.confirmedAt).not.toBeNull();
    expect((await confirmNewsletterAction(initialFormState, formData({ jeton: token }))).status).toBe('error');
  });

  it('leaves the newsletter alone when the box is not ticked', async () => {
    const code = await newCode(advertiser);
    await submit(reviewFields(code, { email: 'sans.news@exemple.fr' }));
    expect(await prisma.newsletterSubscription.count({ where: { email: 'sans.news@exemple.fr' } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: 'sans.news@exemple.fr' } })).toBe(0);
  });
});
