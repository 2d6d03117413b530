// « Ne plus recevoir de messages commerciaux » on real PostgreSQL: the signed link cannot be forged or
// altered, one click records the opt-out once; the form e-mails that link; the team records opt-outs
// received by e-mail or post (admins only, in the audit log); isOptedOutOfCommercial tells senders.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { initialFormState } from '@/lib/forms/form-state';
import { commercialOptOutUrl, isOptedOutOfCommercial, readOptOutLink } from '@/lib/privacy/opt-out';
import { confirmOptOutAction, recordOptOutAction, requestOptOutLinkAction } from '@/lib/privacy/opt-out-actions';
import AdminOptOutsPage from '@/app/admin/oppositions/page';
import { actAnonymously, actAs, formData, mockCookie, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

jest.setTimeout(60_000);

function linkParams(url: string) {
  const parsed = new URL(url);
  return { path: parsed.pathname, e: parsed.searchParams.get('e')!, s: parsed.searchParams.get('s')! };
}

let adminId: string;
let advertiserUserId: string;

beforeAll(async () => {
  ({ id: adminId } = await prisma.user.create({
    data: { email: 'equipe.oppositions@exemple.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() },
  }));
  ({ id: advertiserUserId } = await prisma.user.create({
    data: { email: 'annonceur.oppositions@exemple.fr', passwordHash: 'x', role: 'ADVERTISER', emailVerifiedAt: new Date() },
  }));
});

beforeEach(async () => {
  actAnonymously();
  await prisma.rateLimitCounter.deleteMany();
  await prisma.emailOutbox.deleteMany();
});

describe('the signed one-click link', () => {
  it('points to the confirmation page of the site and reads back the address it was signed for', () => {
    const url = commercialOptOutUrl('Jean.Dupont@Exemple.fr');
    expect(url.startsWith(env().APP_URL)).toBe(true);
    const { path, e, s } = linkParams(url);
    expect(path).toBe('/messages-commerciaux/confirmer');
    expect(readOptOutLink(e, s)).toBe('jean.dupont@exemple.fr');
  });

  it('refuses a link whose address or signature was changed', () => {
    const { e, s } = linkParams(commercialOptOutUrl('jean.dupont@exemple.fr'));
    const other = Buffer.from('victime@exemple.fr').toString('base64url');
    expect(readOptOutLink(other, s)).toBeNull();
    expect(readOptOutLink(e, `${s.slice(0, -2)}xx`)).toBeNull();
    expect(readOptOutLink(e, undefined)).toBeNull();
  });

  it('one click records the opt-out once, linked to the account of that address', async () => {
    const { e, s } = linkParams(commercialOptOutUrl('annonceur.oppositions@exemple.fr'));
    expect(await isOptedOutOfCommercial('annonceur.oppositions@exemple.fr')).toBe(false);
    const first = await confirmOptOutAction(initialFormState, formData({ e, s }));
    expect(first.status).toBe('success');
    await confirmOptOutAction(initialFormState, formData({ e, s }));
    const rows = await prisma.marketingOptOut.findMany({ where: { email: 'annonceur.oppositions@exemple.fr' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'WEB', userId: advertiserUserId, recordedById: null });
    expect(await isOptedOutOfCommercial('ANNONCEUR.oppositions@exemple.fr')).toBe(true);
  });

  it('a forged link records nothing', async () => {
    const { s } = linkParams(commercialOptOutUrl('jean.dupont@exemple.fr'));
    const state = await confirmOptOutAction(initialFormState, formData({ e: Buffer.from('victime@exemple.fr').toString('base64url'), s }));
    expect(state.status).toBe('error');
    expect(await isOptedOutOfCommercial('victime@exemple.fr')).toBe(false);
  });
});

describe('the form', () => {
  it('e-mails the signed link to the address typed, and does not opt out by itself', async () => {
    mockCookie.headers['x-forwarded-for'] = '198.51.100.20';
    const state = await requestOptOutLinkAction(initialFormState, formData({ email: 'formulaire@exemple.fr', website: '' }));
    expect(state.status).toBe('success');
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'formulaire@exemple.fr', template: 'commercial-opt-out-link' } });
    expect((row.props as { optOutUrl: string }).optOutUrl).toBe(commercialOptOutUrl('formulaire@exemple.fr'));
    expect(await isOptedOutOfCommercial('formulaire@exemple.fr')).toBe(false);
  });

  it('is rate-limited per address', async () => {
    for (let i = 0; i < 3; i += 1) {
      mockCookie.headers['x-forwarded-for'] = `198.51.100.${30 + i}`;
      expect((await requestOptOutLinkAction(initialFormState, formData({ email: 'bombe@exemple.fr' }))).status).toBe('success');
    }
    mockCookie.headers['x-forwarded-for'] = '198.51.100.40';
    const refused = await requestOptOutLinkAction(initialFormState, formData({ email: 'bombe@exemple.fr' }));
    expect(refused.status).toBe('error');
    expect(refused.values?.email).toBe('bombe@exemple.fr');
    expect(await prisma.emailOutbox.count({ where: { to: 'bombe@exemple.fr' } })).toBe(3);
  });
});

describe('/admin/oppositions', () => {
  it('records an opt-out received by post, with who recorded it, in the audit log', async () => {
    await actAs(adminId);
    const state = await recordOptOutAction(
      initialFormState,
      formData({ email: 'courrier@exemple.fr', channel: 'POST', source: 'Courrier du 12 novembre 2026' }),
    );
    expect(state.status).toBe('success');
    const row = await prisma.marketingOptOut.findFirstOrThrow({ where: { email: 'courrier@exemple.fr' } });
    expect(row).toMatchObject({ channel: 'POST', source: 'Courrier du 12 novembre 2026', recordedById: adminId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'marketing_opt_out.recorded', subjectId: row.id } });
    expect(audit.actorId).toBe(adminId);
    expect(await isOptedOutOfCommercial('courrier@exemple.fr')).toBe(true);
  });

  it('lists the opt-outs to the team', async () => {
    await actAs(adminId);
    await recordOptOutAction(initialFormState, formData({ email: 'liste@exemple.fr', channel: 'EMAIL', source: 'E-mail du 3 novembre' }));
    const page = JSON.stringify(await AdminOptOutsPage());
    expect(page).toContain('liste@exemple.fr');
    expect(page).toContain('E-mail du 3 novembre');
  });

  it('refuses an incomplete request with French messages and records nothing', async () => {
    await actAs(adminId);
    const state = await recordOptOutAction(initialFormState, formData({ email: 'pas-une-adresse', channel: 'FAX', source: '' }));
    expect(state.fieldErrors).toMatchObject({ email: expect.any(String), channel: expect.any(String), source: expect.any(String) });
    expect(await prisma.marketingOptOut.count({ where: { source: '' } })).toBe(0);
  });

  it('is closed to advertisers and visitors', async () => {
    await actAs(advertiserUserId);
    await expect(
      recordOptOutAction(initialFormState, formData({ email: 'x@exemple.fr', channel: 'EMAIL', source: 'E-mail reçu' })),
    ).rejects.toThrow(NOT_FOUND);
    actAnonymously();
    await expect(
      recordOptOutAction(initialFormState, formData({ email: 'x@exemple.fr', channel: 'EMAIL', source: 'E-mail reçu' })),
    ).rejects.toThrow(REDIRECT);
    expect(await isOptedOutOfCommercial('x@exemple.fr')).toBe(false);
  });
});
