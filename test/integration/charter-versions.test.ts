// The versioned charter on real PostgreSQL, with fixed dates: a substantial change is pending for a
// calendar month (announced, not in force) but applies at once to an inquiry sender and to a new
// sign-up; a harmless change is in force at publication; a signed-in user is asked once to read the
// version in force. Publishing is for the team only, audited, and refuses an unchanged text.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { issueFormToken } from '@/lib/inquiries/anti-spam';
import { inquirySchema } from '@/lib/inquiries/schema';
import { submitInquiry } from '@/lib/inquiries/submission';
import { acknowledgeCharterAction, publishCharterAction } from '@/lib/privacy/charter-actions';
import {
  acknowledgeCharter,
  currentCharterVersionId,
  interactionCharterVersionId,
  publishCharterVersion,
} from '@/lib/privacy/charter';
import {
  charterToAcknowledge,
  getCurrentCharter,
  getLatestCharterText,
  getPendingCharterChange,
  listCharterVersions,
} from '@/lib/privacy/queries';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';
import { createAdvertiser, createCategory, createPlace } from '@/test/support/advertisers';

// The machine is shared with other test runs: generous time per hook and test.
jest.setTimeout(60_000);

const at = (iso: string) => new Date(iso);
const BODY = `# Charte\n\n${'Nous protégeons vos données personnelles. '.repeat(10)}\n`;

let adminId: string;
let advertiserUserId: string;
let listingId: string;

async function createUser(email: string, role: 'ADMIN' | 'ADVERTISER', createdAt: Date) {
  return prisma.user.create({ data: { email, passwordHash: 'x', role, emailVerifiedAt: createdAt, createdAt }, select: { id: true } });
}

async function sendInquiry(email: string, now: Date) {
  const input = inquirySchema.parse({
    listingId,
    formToken: issueFormToken(listingId, new Date(now.getTime() - 5_000)),
    website: '',
    name: 'Paul Durand',
    email,
    phone: '',
    message: 'Bonjour, pouvez-vous passer réparer une fuite sous l’évier cette semaine\u00a0? Merci.',
    contact: 'EMAIL',
    callTime: 'ANY',
    acceptCharter: 'on',
  });
  const result = await submitInquiry(input, { ip: '198.51.100.4' }, now);
  expect(result.kind).toBe('sent');
}

beforeAll(async () => {
  await createPlace();
  const founded = at('2026-01-10T10:00:00Z');
  adminId = (await createUser('equipe@jauto-entreprends.fr', 'ADMIN', founded)).id;
  ({ userId: advertiserUserId, listingId } = await createAdvertiser({
    email: 'camille.martin@exemple.fr',
    createdAt: founded,
    categoryId: await createCategory(),
    listing: { slug: 'plomberie-martin', title: 'Plomberie Martin' },
  }));
  // The founding text becomes version 1 the first time a version is needed, here at sign-up time.
  const v1 = await prisma.$transaction((tx) => currentCharterVersionId(tx, founded));
  await prisma.charterAcceptance.create({ data: { userId: advertiserUserId, charterVersionId: v1, context: 'SIGNUP', acceptedAt: founded } });
});

beforeEach(() => actAnonymously());

describe('effective dates on real data (fixed dates)', () => {
  const published = at('2026-03-05T10:00:00Z'); // 11:00 in Paris (UTC+1)
  const duringMonth = at('2026-03-20T12:00:00Z');
  let v2: { id: string; version: number; effectiveAt: Date };

  it('a substantial change takes effect one calendar month after publication, Paris time', async () => {
    v2 = await publishCharterVersion(
      { bodyMarkdown: `${BODY}\nNouveau\u00a0: durées de conservation.`, changeKind: 'SUBSTANTIAL', changeSummary: 'Durées de conservation ajoutées.' },
      adminId,
      published,
    );
    expect(v2.version).toBe(2);
    // 5 April 2026 11:00 in Paris, now summer time (UTC+2).
    expect(v2.effectiveAt.toISOString()).toBe('2026-04-05T09:00:00.000Z');
  });

  it('during that month: v1 stays in force, v2 is announced, the founding version is still shown', async () => {
    expect((await getCurrentCharter(duringMonth)).version).toBe(1);
    expect((await getPendingCharterChange(duringMonth))?.version).toBe(2);
    expect(await prisma.$transaction((tx) => currentCharterVersionId(tx, duringMonth))).not.toBe(v2.id);
    // Not published yet the second before: nothing announced, nothing new for anyone.
    expect(await getPendingCharterChange(at('2026-03-05T09:59:59Z'))).toBeNull();
    expect((await listCharterVersions(at('2026-03-05T09:59:59Z'))).map((version) => version.version)).toEqual([1]);
  });

  it('an inquiry sender during that month accepts v2 at once', async () => {
    await sendInquiry('client.presse@exemple.fr', duringMonth);
    const inquiry = await prisma.inquiry.findFirstOrThrow({ where: { senderEmail: 'client.presse@exemple.fr' } });
    expect(inquiry.charterVersionId).toBe(v2.id);
    const acceptance = await prisma.charterAcceptance.findFirstOrThrow({ where: { email: 'client.presse@exemple.fr' } });
    expect(acceptance).toMatchObject({ charterVersionId: v2.id, context: 'INQUIRY' });
    expect(await prisma.$transaction((tx) => interactionCharterVersionId(tx, duringMonth))).toBe(v2.id);
  });

  it('an inquiry sender before publication accepted v1', async () => {
    await sendInquiry('client.avant@exemple.fr', at('2026-03-01T12:00:00Z'));
    const acceptance = await prisma.charterAcceptance.findFirstOrThrow({
      where: { email: 'client.avant@exemple.fr' },
      select: { charterVersion: { select: { version: true } } },
    });
    expect(acceptance.charterVersion.version).toBe(1);
  });

  it('one millisecond before the effective date v1 governs; at the date v2 does and the notice goes', async () => {
    expect((await getCurrentCharter(at('2026-04-05T08:59:59.999Z'))).version).toBe(1);
    const after = await getCurrentCharter(at('2026-04-05T09:00:00Z'));
    expect(after.version).toBe(2);
    expect(after.bodyMarkdown).toContain('durées de conservation');
    expect(await getPendingCharterChange(at('2026-04-05T09:00:00Z'))).toBeNull();
  });

  it('the signed-in user is asked to read v2 once it is in force, and only once', async () => {
    expect(await charterToAcknowledge(advertiserUserId, duringMonth)).toBeNull();
    const inForce = at('2026-04-06T08:00:00Z');
    expect((await charterToAcknowledge(advertiserUserId, inForce))?.version).toBe(2);
    await acknowledgeCharter(advertiserUserId, inForce);
    await acknowledgeCharter(advertiserUserId, inForce);
    expect(await charterToAcknowledge(advertiserUserId, inForce)).toBeNull();
    const acceptances = await prisma.charterAcceptance.findMany({ where: { userId: advertiserUserId, context: 'ACCOUNT' } });
    expect(acceptances).toHaveLength(1);
    expect(acceptances[0].charterVersionId).toBe(v2.id);
  });

  it('a user who accepted v2 by an interaction during the month is not asked again', async () => {
    const signedUp = await createUser('nouvel.annonceur@exemple.fr', 'ADVERTISER', duringMonth);
    await prisma.charterAcceptance.create({
      data: { userId: signedUp.id, charterVersionId: await prisma.$transaction((tx) => interactionCharterVersionId(tx, duringMonth)), context: 'SIGNUP' },
    });
    expect(await charterToAcknowledge(signedUp.id, at('2026-04-06T08:00:00Z'))).toBeNull();
  });

  it('a harmless change is in force at publication, with no notice', async () => {
    const publishedAt = at('2026-05-10T07:30:00Z');
    const v3 = await publishCharterVersion(
      { bodyMarkdown: `${BODY}\nNouveau\u00a0: durées de conservation.\nAdresse corrigée.`, changeKind: 'HARMLESS', changeSummary: 'Adresse corrigée.' },
      adminId,
      publishedAt,
    );
    expect(v3.effectiveAt).toEqual(publishedAt);
    expect((await getCurrentCharter(publishedAt)).version).toBe(3);
    expect(await getPendingCharterChange(publishedAt)).toBeNull();
  });

  it('a harmless fix published during a pending substantial change waits for it', async () => {
    const v4 = await publishCharterVersion({ bodyMarkdown: `${BODY}\nv4`, changeKind: 'SUBSTANTIAL', changeSummary: 'v4' }, adminId, at('2026-06-01T10:00:00Z'));
    const v5 = await publishCharterVersion({ bodyMarkdown: `${BODY}\nv5`, changeKind: 'HARMLESS', changeSummary: 'v5' }, adminId, at('2026-06-10T10:00:00Z'));
    expect(v4.effectiveAt.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(v5.effectiveAt).toEqual(v4.effectiveAt);
    expect((await getCurrentCharter(at('2026-06-20T10:00:00Z'))).version).toBe(3);
    expect((await getPendingCharterChange(at('2026-06-20T10:00:00Z')))?.version).toBe(5);
  });
});

describe('publishing from /admin/charte', () => {
  const fields = (overrides: Record<string, string> = {}) => ({
    bodyMarkdown: `${BODY}\nPublié depuis le back-office.`,
    changeSummary: 'Précisions sur les destinataires.',
    substantial: 'on',
    ...overrides,
  });

  it('is refused to anyone but the team, and nothing is published', async () => {
    const before = await prisma.charterVersion.count();
    await expect(publishCharterAction(initialFormState, formData(fields()))).rejects.toThrow(REDIRECT);
    await actAs(advertiserUserId);
    await expect(publishCharterAction(initialFormState, formData(fields()))).rejects.toThrow(NOT_FOUND);
    expect(await prisma.charterVersion.count()).toBe(before);
  });

  it('explains what is missing, keeps the text, and publishes nothing', async () => {
    await actAs(adminId);
    const before = await prisma.charterVersion.count();
    const state = await publishCharterAction(initialFormState, formData(fields({ changeSummary: '  ' })));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.changeSummary).toMatch(/Résumez les changements/);
    expect(state.values?.bodyMarkdown).toContain('Publié depuis le back-office.');
    const unchanged = await publishCharterAction(initialFormState, formData(fields({ bodyMarkdown: (await getLatestCharterText()).bodyMarkdown })));
    expect(unchanged.fieldErrors?.bodyMarkdown).toMatch(/identique/);
    expect(await prisma.charterVersion.count()).toBe(before);
  });

  it('publishes a substantial version effective a month later, and writes the audit log', async () => {
    await actAs(adminId);
    const start = new Date();
    await expect(publishCharterAction(initialFormState, formData(fields()))).rejects.toThrow(REDIRECT);
    const latest = await prisma.charterVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
    expect(latest).toMatchObject({ version: 6, changeKind: 'SUBSTANTIAL', changeSummary: 'Précisions sur les destinataires.', publishedById: adminId });
    expect(latest.publishedAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
    expect(latest.effectiveAt.getTime() - latest.publishedAt.getTime()).toBeGreaterThanOrEqual(28 * 24 * 3600_000);
    expect((await getPendingCharterChange())?.version).toBe(6);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'charter.published', subjectId: latest.id } });
    expect(audit.actorId).toBe(adminId);
  });

  it('« J’ai lu la nouvelle charte » needs a session and records the version in force', async () => {
    await expect(acknowledgeCharterAction()).rejects.toThrow(REDIRECT);
    await actAs(advertiserUserId);
    await acknowledgeCharterAction();
    const inForce = await prisma.$transaction((tx) => currentCharterVersionId(tx));
    expect(await prisma.charterAcceptance.count({ where: { userId: advertiserUserId, charterVersionId: inForce } })).toBe(1);
  });
});
