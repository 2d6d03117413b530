// Requisitions on real PostgreSQL: only the team records one, never without a written reference; the
// export gathers everything tied to the person's e-mail (account, listing, inquiries received and
// sent, reviews, subscriptions, consents, invoices) and every download is in the audit log with the
// reference, next to a DataRequest LEGAL row. Anyone else gets a 404 and nothing is logged.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { recordLegalRequestAction } from '@/lib/privacy/legal-request-actions';
import { LEGAL_EXPORT_ACTION } from '@/lib/privacy/legal-requests';
import { GET as exportRoute } from '@/app/admin/requetes-legales/[id]/export/route';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace } from '@/test/support/advertisers';

jest.setTimeout(60_000);

const SUBJECT = 'camille.martin@exemple.fr';
const CLIENT = 'paul.durand@exemple.fr';

let adminId: string;
let advertiserUserId: string;

const fields = (overrides: Record<string, string> = {}) => ({
  authority: 'Tribunal judiciaire de Colmar',
  reference: 'PV 2026/1234',
  authorityEmail: 'greffe@justice.exemple.fr',
  email: SUBJECT,
  details: '',
  ...overrides,
});

async function download(id: string) {
  return exportRoute(new Request(`http://localhost/admin/requetes-legales/${id}/export`), { params: Promise.resolve({ id }) });
}

/** Records a request as the admin and returns its id (the action redirects to it). */
async function record(values: Record<string, string>) {
  await actAs(adminId);
  await expect(recordLegalRequestAction(initialFormState, formData(values))).rejects.toThrow(REDIRECT);
  return (await prisma.dataRequest.findFirstOrThrow({ where: { kind: 'LEGAL' }, orderBy: { createdAt: 'desc' } })).id;
}

beforeAll(async () => {
  await createPlace();
  const categoryId = await createCategory();
  adminId = (await prisma.user.create({ data: { email: 'equipe@jauto-entreprends.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() } })).id;
  const subject = await createAdvertiser({ email: SUBJECT, categoryId, listing: { slug: 'plomberie-martin', title: 'Plomberie Martin' } });
  advertiserUserId = subject.userId;
  const { advertiserId, listingId } = subject;
  await prisma.invoice.create({
    data: { advertiserId, billedName: 'Artisan Légal', billedSiret: '73282932000074', stripeInvoiceId: 'in_test_legal', number: 'JAE-2026-0001', amountTotal: 1990, currency: 'eur', status: 'paid', issuedAt: new Date(), lastEventCreatedAt: new Date() },
  });
  await prisma.inquiry.create({ data: { listingId, senderName: 'Paul Durand', senderEmail: CLIENT, message: 'Une fuite sous l’évier.' } });
  // The advertiser also wrote to a colleague and left a review elsewhere, with the same address.
  const { listingId: otherListingId } = await createAdvertiser({
    name: 'Autre Artisan',
    email: 'autre@exemple.fr',
    emailVerified: false,
    siretVerified: false,
    subscribed: false,
    categoryId,
    listing: { slug: 'electricite-autre', title: 'Électricité Autre', publishedAt: null },
  });
  await prisma.inquiry.create({ data: { listingId: otherListingId, senderName: 'Camille Martin', senderEmail: SUBJECT, message: 'Pouvez-vous refaire un tableau électrique ?' } });
  await prisma.review.create({
    data: { listingId: otherListingId, authorName: 'Camille M.', authorEmail: SUBJECT, rating: 5, body: 'Travail soigné.', experienceDate: new Date('2026-10-01'), status: 'PUBLISHED', publishedAt: new Date() },
  });
});

beforeEach(() => actAnonymously());

describe('recording a requisition', () => {
  it('is for the team only', async () => {
    await expect(recordLegalRequestAction(initialFormState, formData(fields()))).rejects.toThrow(REDIRECT);
    await actAs(advertiserUserId);
    await expect(recordLegalRequestAction(initialFormState, formData(fields()))).rejects.toThrow(NOT_FOUND);
    expect(await prisma.dataRequest.count()).toBe(0);
  });

  it('refuses a requisition without its written reference, and records nothing', async () => {
    await actAs(adminId);
    const state = await recordLegalRequestAction(initialFormState, formData(fields({ reference: '   ' })));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.reference).toMatch(/référence écrite/);
    expect(state.values?.authority).toBe('Tribunal judiciaire de Colmar');
    expect(await prisma.dataRequest.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('stores a DataRequest LEGAL row with the authority, the reference and the person', async () => {
    const id = await record(fields());
    const request = await prisma.dataRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({
      kind: 'LEGAL',
      status: 'COMPLETED',
      legalAuthority: 'Tribunal judiciaire de Colmar',
      legalReference: 'PV 2026/1234',
      requesterEmail: 'greffe@justice.exemple.fr',
      subjectEmail: SUBJECT,
      subjectUserId: advertiserUserId,
      handledById: adminId,
    });
  });
});

describe('the export', () => {
  it('holds everything tied to the e-mail, and is audited with the reference at each download', async () => {
    const id = await record(fields({ reference: 'Réquisition 77-B' }));
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="requete-legale-/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const data = await response.json();
    expect(data.request).toMatchObject({ authority: 'Tribunal judiciaire de Colmar', reference: 'Réquisition 77-B' });
    expect(data.account.email).toBe(SUBJECT);
    expect(data.account.advertiser.listing.title).toBe('Plomberie Martin');
    expect(data.account.advertiser.listing.inquiries[0].senderEmail).toBe(CLIENT);
    expect(data.account.advertiser.subscriptions).toHaveLength(1);
    expect(data.invoices[0]).toMatchObject({ number: 'JAE-2026-0001', amountTotal: 1990 });
    expect(data.tiedToEmail.inquiries[0].message).toMatch(/tableau électrique/);
    expect(data.tiedToEmail.reviews[0].body).toBe('Travail soigné.');
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash/);

    await download(id);
    const audits = await prisma.auditLog.findMany({ where: { action: LEGAL_EXPORT_ACTION, subjectId: id } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: adminId, subjectUserId: advertiserUserId, reason: 'Tribunal judiciaire de Colmar — réf. Réquisition 77-B' });
    expect(audits[0].metadata).toMatchObject({ reference: 'Réquisition 77-B', email: SUBJECT });
  });

  it('works for a person without an account (a client)', async () => {
    const id = await record(fields({ email: CLIENT, reference: 'PV 2026/99' }));
    const data = await (await download(id)).json();
    expect(data.account).toBeNull();
    expect(data.invoices).toEqual([]);
    expect(data.tiedToEmail.inquiries[0]).toMatchObject({ senderName: 'Paul Durand', listing: 'Plomberie Martin' });
  });

  it('is a 404 for anyone but the team, or for an unknown request, and logs nothing', async () => {
    const id = await record(fields({ reference: 'PV 2026/100' }));
    const before = await prisma.auditLog.count({ where: { action: LEGAL_EXPORT_ACTION } });
    actAnonymously();
    expect((await download(id)).status).toBe(404);
    await actAs(advertiserUserId);
    expect((await download(id)).status).toBe(404);
    await actAs(adminId);
    expect((await download('inconnu')).status).toBe(404);
    expect(await prisma.auditLog.count({ where: { action: LEGAL_EXPORT_ACTION } })).toBe(before);
  });
});
