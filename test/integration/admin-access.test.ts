// The back-office's authorisation matrix and its audit trail: anonymous visitors are sent to sign in,
// advertisers get the 404, nothing is written on their behalf; an admin's consultation of an
// advertiser's record is written to the audit log first, and the record opens only against a recent
// entry of that admin for that advertiser.
// jest.mock factories are hoisted above the imports, so they can only require().
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import AdminLayout from '@/app/admin/layout';
import AdminDashboardPage from '@/app/admin/page';
import AdminAdvertisersPage from '@/app/admin/annonceurs/page';
import AdminAdvertiserPage from '@/app/admin/annonceurs/[id]/page';
import AdminAuditLogPage from '@/app/admin/journal/page';
import { consultAdvertiserAction } from '@/lib/admin/actions';
import {
  CONSULTATION_TTL_MS,
  getAdminOverview,
  getAdvertiserRecord,
  getAdvertiserSummary,
  listAdvertisers,
  listAuditEntries,
} from '@/lib/admin/queries';
import { advertiserListParamsSchema, auditListParamsSchema } from '@/lib/admin/schema';
import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { generateValidSiret } from '@/lib/siret/checksum';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

/** The SIRET of createAdvertiser(1). */
const ADVERTISER_SIRET = generateValidSiret(700_001);

let adminId: string;
let otherAdminId: string;
let advertiserUserId: string;
let advertiserId: string;
let otherAdvertiserId: string;

async function createAdvertiser(seed: number, fullName: string, categoryId?: string) {
  const user = await prisma.user.create({
    data: {
      email: `annonceur-${seed}@example.fr`,
      passwordHash: 'not-a-real-hash',
      role: 'ADVERTISER',
      advertiser: {
        create: {
          fullName,
          addressLine: '12 rue des Vignes',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(700_000 + seed),
          siretStatus: 'VERIFIED',
          listing: categoryId
            ? {
                create: {
                  slug: `plomberie-colmar-${seed}`,
                  title: 'Plomberie à Colmar',
                  description: 'Dépannage et installation.',
                  categoryId,
                  communeCode: '68066',
                  status: 'PUBLISHED',
                  publishedAt: new Date(),
                },
              }
            : undefined,
        },
      },
    },
    select: { id: true, advertiser: { select: { id: true } } },
  });
  return { userId: user.id, advertiserId: user.advertiser!.id };
}

beforeAll(async () => {
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar', departmentCode: '68', postalCodes: ['68000'] },
  });
  const category = await prisma.category.create({
    data: { slug: 'plomberie', name: 'Plomberie', description: 'Plombiers et chauffagistes.' },
  });
  ({ id: adminId } = await prisma.user.create({
    data: { email: 'equipe@example.fr', passwordHash: 'not-a-real-hash', role: 'ADMIN', emailVerifiedAt: new Date() },
  }));
  ({ id: otherAdminId } = await prisma.user.create({
    data: { email: 'collegue@example.fr', passwordHash: 'not-a-real-hash', role: 'ADMIN', emailVerifiedAt: new Date() },
  }));
  ({ userId: advertiserUserId, advertiserId } = await createAdvertiser(1, 'Léa Martin', category.id));
  ({ advertiserId: otherAdvertiserId } = await createAdvertiser(2, 'Hugo Bernard'));
});

beforeEach(async () => {
  await prisma.auditLog.deleteMany();
});

const noParams = () => ({ searchParams: Promise.resolve({}) });
const recordPageProps = (id: string, consultation?: string) => ({
  params: Promise.resolve({ id }),
  searchParams: Promise.resolve(consultation ? { consultation } : {}),
});

/** Every way into the back-office: the layout, each page, each query and the consultation action. */
function everyEntryPoint(): Array<[string, () => Promise<unknown>]> {
  return [
    ['layout', () => AdminLayout({ children: null })],
    ['dashboard page', () => AdminDashboardPage()],
    ['advertisers page', () => AdminAdvertisersPage(noParams())],
    ['record page', () => AdminAdvertiserPage(recordPageProps(advertiserId))],
    ['audit log page', () => AdminAuditLogPage(noParams())],
    ['getAdminOverview', () => getAdminOverview()],
    ['listAdvertisers', () => listAdvertisers(advertiserListParamsSchema.parse({}))],
    ['getAdvertiserSummary', () => getAdvertiserSummary(advertiserId)],
    ['getAdvertiserRecord', () => getAdvertiserRecord(advertiserId, 'any-consultation-id')],
    ['listAuditEntries', () => listAuditEntries(auditListParamsSchema.parse({}))],
    [
      'consultAdvertiserAction',
      () => consultAdvertiserAction(initialFormState, formData({ advertiserId, motif: 'siret' })),
    ],
  ];
}

/** The URL a redirect() points to, from the digest Next.js puts on the error it throws. */
async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error('expected a redirect');
    },
    (thrown: unknown) => thrown as { digest?: string },
  );
  expect(error.digest).toMatch(REDIRECT);
  return error.digest!.split(';')[2];
}

describe('an anonymous visitor', () => {
  beforeEach(() => actAnonymously());

  it.each(everyEntryPoint())('is sent to sign in by the %s', async (_name, call) => {
    await expect(call()).rejects.toThrow(REDIRECT);
    const target = await redirectTarget(call());
    // Pages come back where they were; the action (a POST) goes to the sign-in page alone.
    expect(target).toMatch(/^\/connexion(?:\?next=%2Fadmin|$)/);
  });

  it('writes nothing to the audit log', async () => {
    await expect(
      consultAdvertiserAction(initialFormState, formData({ advertiserId, motif: 'siret' })),
    ).rejects.toThrow(REDIRECT);
    expect(await prisma.auditLog.count()).toBe(0);
  });
});

describe('a signed-in advertiser', () => {
  beforeEach(async () => {
    await actAs(advertiserUserId);
  });

  it.each(everyEntryPoint())('gets the 404 from the %s', async (_name, call) => {
    await expect(call()).rejects.toThrow(NOT_FOUND);
  });

  it('cannot open a record even with a valid consultation id, and writes nothing', async () => {
    await actAs(adminId);
    const consultationId = await consult({ motif: 'siret' });
    await actAs(advertiserUserId);
    await expect(getAdvertiserRecord(advertiserId, consultationId)).rejects.toThrow(NOT_FOUND);
    await expect(
      consultAdvertiserAction(initialFormState, formData({ advertiserId, motif: 'autre', precisions: 'curiosité' })),
    ).rejects.toThrow(NOT_FOUND);
    expect(await prisma.auditLog.count()).toBe(1);
  });
});

/** Sends the consultation form as the current user; returns the audit entry id from the redirect. */
async function consult(fields: Record<string, string>, id = advertiserId): Promise<string> {
  const target = await redirectTarget(consultAdvertiserAction(initialFormState, formData({ advertiserId: id, ...fields })));
  const url = new URL(target, 'http://localhost');
  expect(url.pathname).toBe(`/admin/annonceurs/${id}`);
  return url.searchParams.get('consultation')!;
}

describe('an admin', () => {
  beforeEach(async () => {
    await actAs(adminId);
  });

  it('sees every page of the back-office', async () => {
    for (const [name, call] of everyEntryPoint().filter(([entry]) => entry !== 'consultAdvertiserAction')) {
      await expect(call().then(() => name)).resolves.toBe(name);
    }
  });

  it('lists advertisers without their phone or address, and without writing to the audit log', async () => {
    const page = await listAdvertisers(advertiserListParamsSchema.parse({}));
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.fullName).sort()).toEqual(['Hugo Bernard', 'Léa Martin']);
    const serialised = JSON.stringify(page.items);
    expect(serialised).not.toContain('+33612345678');
    expect(serialised).not.toContain('rue des Vignes');
    expect(serialised).not.toContain('68000');
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('finds advertisers by SIRET typed with spaces, by e-mail, by name, and filters them', async () => {
    const spaced = ADVERTISER_SIRET.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
    const search = (raw: Record<string, string>) => listAdvertisers(advertiserListParamsSchema.parse(raw));
    expect((await search({ q: spaced })).items.map((item) => item.id)).toEqual([advertiserId]);
    expect((await search({ q: 'ANNONCEUR-1@example' })).items.map((item) => item.id)).toEqual([advertiserId]);
    expect((await search({ q: 'léa' })).items.map((item) => item.id)).toEqual([advertiserId]);
    expect((await search({ annonce: 'AUCUNE' })).items.map((item) => item.id)).toEqual([otherAdvertiserId]);
    expect((await search({ statut: 'CLOSED' })).total).toBe(0);
    expect((await search({ statut: 'not-a-status', page: '-3' })).total).toBe(2);
  });

  it('must state a reason: without one, nothing is written and the record stays closed', async () => {
    expect(await getAdvertiserRecord(advertiserId, undefined)).toBeNull();

    const noReason = await consultAdvertiserAction(initialFormState, formData({ advertiserId }));
    expect(noReason.status).toBe('error');
    expect(noReason.fieldErrors?.motif).toBe('Choisissez le motif de la consultation.');

    const otherWithoutDetails = await consultAdvertiserAction(
      initialFormState,
      formData({ advertiserId, motif: 'autre', precisions: '   ' }),
    );
    expect(otherWithoutDetails.status).toBe('error');
    expect(otherWithoutDetails.fieldErrors?.precisions).toMatch(/obligatoire/);
    expect(otherWithoutDetails.values?.motif).toBe('autre');

    const unknown = await consultAdvertiserAction(initialFormState, formData({ advertiserId: 'nobody', motif: 'siret' }));
    expect(unknown.status).toBe('error');

    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('writes exactly one audit entry per consultation, then sees the record', async () => {
    // The advertiser signed in somewhere: the record counts their open sessions.
    await actAs(advertiserUserId);
    await actAs(adminId);
    const consultationId = await consult({ motif: 'autre', precisions: 'Ticket 4521' });

    const entries = await prisma.auditLog.findMany();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: consultationId,
      actorId: adminId,
      action: 'advertiser.viewed',
      subjectType: 'AdvertiserProfile',
      subjectId: advertiserId,
      subjectUserId: advertiserUserId,
      reason: 'Autre\u00a0: Ticket 4521',
      metadata: { motif: 'autre' },
    });

    const record = await getAdvertiserRecord(advertiserId, consultationId);
    expect(record).toMatchObject({
      id: advertiserId,
      phone: '+33612345678',
      addressLine: '12 rue des Vignes',
      user: { email: 'annonceur-1@example.fr' },
      listing: { status: 'PUBLISHED', commune: { name: 'Colmar' } },
      consultation: { id: consultationId, reason: 'Autre\u00a0: Ticket 4521' },
    });
    const openSessions = await prisma.session.count({ where: { userId: advertiserUserId, expiresAt: { gt: new Date() } } });
    expect(openSessions).toBeGreaterThan(0);
    expect(record!.activeSessions).toBe(openSessions);
    // Reading the record again (a reload within the 15 minutes) writes nothing more.
    await getAdvertiserRecord(advertiserId, consultationId);
    expect(await prisma.auditLog.count()).toBe(1);
  });

  it('refuses the consultation of another admin', async () => {
    await actAs(otherAdminId);
    const colleagueConsultation = await consult({ motif: 'moderation' });
    expect(await getAdvertiserRecord(advertiserId, colleagueConsultation)).not.toBeNull();

    await actAs(adminId);
    expect(await getAdvertiserRecord(advertiserId, colleagueConsultation)).toBeNull();
  });

  it('refuses a consultation of another advertiser', async () => {
    const consultationId = await consult({ motif: 'siret' }, otherAdvertiserId);
    expect(await getAdvertiserRecord(otherAdvertiserId, consultationId)).not.toBeNull();
    expect(await getAdvertiserRecord(advertiserId, consultationId)).toBeNull();
  });

  it('refuses a consultation older than 15 minutes', async () => {
    const consultationId = await consult({ motif: 'demande-annonceur' });
    await prisma.auditLog.update({
      where: { id: consultationId },
      data: { createdAt: new Date(Date.now() - CONSULTATION_TTL_MS + 60_000) },
    });
    expect(await getAdvertiserRecord(advertiserId, consultationId)).not.toBeNull();
    await prisma.auditLog.update({
      where: { id: consultationId },
      data: { createdAt: new Date(Date.now() - CONSULTATION_TTL_MS - 1_000) },
    });
    expect(await getAdvertiserRecord(advertiserId, consultationId)).toBeNull();
  });

  it('refuses an audit entry that is not a consultation', async () => {
    const { id } = await prisma.auditLog.create({
      data: {
        actorId: adminId,
        action: 'account.email_changed',
        subjectType: 'AdvertiserProfile',
        subjectId: advertiserId,
        subjectUserId: advertiserUserId,
      },
    });
    expect(await getAdvertiserRecord(advertiserId, id)).toBeNull();
  });

  it('gets the 404 for an advertiser that does not exist', async () => {
    await expect(AdminAdvertiserPage(recordPageProps('nobody'))).rejects.toThrow(NOT_FOUND);
  });

  it('reads the consultation in the audit log, newest first, filtered by the person’s e-mail', async () => {
    await consult({ motif: 'siret' });
    await consult({ motif: 'requisition' }, otherAdvertiserId);
    // A system entry dated a second later: the newest, whatever the clock's resolution.
    await prisma.auditLog.create({
      data: { actorId: null, action: 'account.password_reset', subjectType: 'User', createdAt: new Date(Date.now() + 1_000) },
    });

    const all = await listAuditEntries(auditListParamsSchema.parse({}));
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({ action: 'account.password_reset', actor: null });
    expect(all.items[1]).toMatchObject({ reason: 'Réquisition judiciaire', actor: { email: 'equipe@example.fr' } });

    const aboutLea = await listAuditEntries(auditListParamsSchema.parse({ personne: 'ANNONCEUR-1@example.fr' }));
    expect(aboutLea.items).toHaveLength(1);
    expect(aboutLea.items[0]).toMatchObject({
      action: 'advertiser.viewed',
      reason: 'Vérification du SIRET',
      actor: { email: 'equipe@example.fr' },
      subjectUser: { email: 'annonceur-1@example.fr' },
    });
  });
});
