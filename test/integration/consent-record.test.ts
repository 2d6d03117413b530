// Cookie consent on real PostgreSQL: every choice made through the banner's server action is recorded
// as proof (anonymous id kept across choices, purposes, banner text and version, charter version in
// force, GPC, account), the choice cookie is written and leftovers removed; server components read the
// choice (search preferences, ad slot); the audience beacon counts only with consent, per template, with
// no identifier; the aggregated audience is for the team only.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
// Pages call connection() to render per request; outside Next.js there is no request to wait for.
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => undefined }));
/* eslint-enable @typescript-eslint/no-require-imports */

import { cookies } from 'next/headers';
import { NextRequest } from 'next/server';
import { POST as beacon } from '@/app/api/mesure/route';
import AdminAudiencePage from '@/app/admin/audience/page';
import SearchPage from '@/app/(public)/recherche/page';
import CookiesPage from '@/app/(public)/cookies/page';
import { AdSlot } from '@/components/consent/ad-slot';
import { saveConsent } from '@/lib/consent/actions';
import { audienceReport, dayOf, purgeAudience } from '@/lib/consent/audience';
import {
  AD_COOKIE,
  ALL_PURPOSES,
  CONSENT_BANNER_VERSION,
  CONSENT_COOKIE,
  consentExpiry,
  decodeConsent,
  encodeConsent,
  NO_PURPOSE,
  PREFERENCES_COOKIE,
  type Purposes,
} from '@/lib/consent/cookie';
import { encodePreferences } from '@/lib/consent/preferences';
import { getConsent, getSearchPreferences } from '@/lib/consent/server';
import { SITE_COOKIES } from '@/lib/consent/cookie-table';
import { BANNER_TEXT } from '@/lib/consent/texts';
import { prisma } from '@/lib/db/client';
import { actAnonymously, actAs, formData, mockCookie, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

/** A page's element tree as text (props included), shared objects written once. */
function serialize(tree: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(tree, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    return value;
  });
}

async function jar() {
  return cookies();
}

async function clearJar() {
  const cookieJar = await jar();
  for (const name of [CONSENT_COOKIE, PREFERENCES_COOKIE, AD_COOKIE]) cookieJar.delete(name);
}

async function storedChoice() {
  return decodeConsent((await jar()).get(CONSENT_COOKIE)?.value);
}

async function createUser(email: string, role: 'ADVERTISER' | 'ADMIN' = 'ADVERTISER') {
  return prisma.user.create({ data: { email, passwordHash: 'x', role, emailVerifiedAt: new Date() }, select: { id: true } });
}

function consentValue(purposes: Purposes): string {
  return encodeConsent({ ...purposes, bannerVersion: CONSENT_BANNER_VERSION, id: 'TestVisitorId000000000', decidedAt: new Date() });
}

beforeEach(async () => {
  actAnonymously();
  delete mockCookie.headers['sec-gpc'];
  await clearJar();
});

describe('recording a choice', () => {
  it('« Tout refuser » records the refusal with the banner and charter versions, and keeps it in the cookie', async () => {
    await saveConsent(formData({ choix: 'tout-refuser' }));

    const choice = await storedChoice();
    expect(choice).toMatchObject({ ...NO_PURPOSE, bannerVersion: CONSENT_BANNER_VERSION });
    const record = await prisma.consentRecord.findFirstOrThrow({
      where: { consentId: choice!.id },
      include: { bannerVersion: true, charterVersion: true },
    });
    expect(record).toMatchObject({ ...NO_PURPOSE, globalPrivacyControl: false, userId: null });
    expect(record.bannerVersion.version).toBe(CONSENT_BANNER_VERSION);
    expect(record.bannerVersion.text).toContain(BANNER_TEXT);
    expect(record.charterVersion?.version).toBeGreaterThanOrEqual(1);
    expect(await getConsent()).toEqual({ ...NO_PURPOSE, chosen: true, gpc: false });
  });

  it('links successive choices of one browser by the same anonymous id, one record each', async () => {
    await saveConsent(formData({ choix: 'tout-accepter' }));
    const first = await storedChoice();
    await saveConsent(formData({ choix: 'personnaliser', audience: 'on' }));
    const second = await storedChoice();

    expect(second!.id).toBe(first!.id);
    const records = await prisma.consentRecord.findMany({ where: { consentId: first!.id }, orderBy: { createdAt: 'asc' } });
    expect(records.map(({ preferences, audience, advertising }) => ({ preferences, audience, advertising }))).toEqual([
      ALL_PURPOSES,
      { preferences: false, audience: true, advertising: false },
    ]);
    expect(await getConsent()).toEqual({ preferences: false, audience: true, advertising: false, chosen: true, gpc: false });
  });

  it('gives two browsers two different ids', async () => {
    await saveConsent(formData({ choix: 'tout-accepter' }));
    const first = await storedChoice();
    await clearJar();
    await saveConsent(formData({ choix: 'tout-accepter' }));
    expect((await storedChoice())!.id).not.toBe(first!.id);
  });

  it('under Sec-GPC: 1, « Tout accepter » leaves advertising off, and the record says so', async () => {
    mockCookie.headers['sec-gpc'] = '1';
    await saveConsent(formData({ choix: 'tout-accepter' }));

    const choice = await storedChoice();
    expect(choice).toMatchObject({ preferences: true, audience: true, advertising: false });
    const record = await prisma.consentRecord.findFirstOrThrow({ where: { consentId: choice!.id } });
    expect(record).toMatchObject({ preferences: true, audience: true, advertising: false, globalPrivacyControl: true });
    expect((await getConsent()).advertising).toBe(false);
  });

  it('records the account of a signed-in visitor', async () => {
    const user = await createUser(`consent-${Date.now()}@exemple.fr`);
    await actAs(user.id);
    await saveConsent(formData({ choix: 'personnaliser', preferences: 'on' }));
    const record = await prisma.consentRecord.findFirstOrThrow({ where: { userId: user.id } });
    expect(record).toMatchObject({ preferences: true, audience: false, advertising: false });
  });

  it('removes at once the cookies a refusal no longer allows, and keeps the allowed ones', async () => {
    await saveConsent(formData({ choix: 'tout-accepter' }));
    const cookieJar = await jar();
    cookieJar.set(PREFERENCES_COOKIE, encodePreferences({ place: 'Colmar' }));
    cookieJar.set(AD_COOKIE, 'abc');

    await saveConsent(formData({ choix: 'personnaliser', preferences: 'on' }));
    expect(cookieJar.get(PREFERENCES_COOKIE)).toBeDefined();
    expect(cookieJar.get(AD_COOKIE)).toBeUndefined();

    await saveConsent(formData({ choix: 'tout-refuser' }));
    expect(cookieJar.get(PREFERENCES_COOKIE)).toBeUndefined();
  });
});

describe('server components read the choice', () => {
  const searchProps = (query: Record<string, string> = {}) => ({ searchParams: Promise.resolve(query) });

  it('the search preferences are read only with « Préférences »', async () => {
    const cookieJar = await jar();
    cookieJar.set(PREFERENCES_COOKIE, encodePreferences({ place: 'Colmar', sort: 'note' }));

    cookieJar.set(CONSENT_COOKIE, consentValue({ ...ALL_PURPOSES, preferences: false }));
    expect(await getSearchPreferences()).toEqual({});
    const without = serialize(await SearchPage(searchProps()));
    expect(without).not.toContain('Colmar');

    cookieJar.set(CONSENT_COOKIE, consentValue({ ...NO_PURPOSE, preferences: true }));
    expect(await getSearchPreferences()).toEqual({ place: 'Colmar', sort: 'note' });
    const withPreferences = serialize(await SearchPage(searchProps()));
    expect(withPreferences).toContain('"defaultPlace":"Colmar"');
    expect(withPreferences).toContain('"defaultValue":"note"');
    // The URL wins over what was remembered.
    const explicit = serialize(await SearchPage(searchProps({ lieu: 'Mulhouse', tri: 'recent' })));
    expect(explicit).toContain('"defaultPlace":"Mulhouse"');
    expect(explicit).toContain('"defaultValue":"recent"');
  });

  it('the cookies page lists every cookie and says until when the choice stands', async () => {
    const before = serialize(await CookiesPage());
    expect(before).toContain('Vous n’avez encore rien choisi');
    for (const cookie of SITE_COOKIES) expect(before).toContain(`"children":"${cookie.name}"`);

    const decidedAt = new Date(Date.now() - 86_400_000);
    (await jar()).set(
      CONSENT_COOKIE,
      encodeConsent({ ...ALL_PURPOSES, bannerVersion: CONSENT_BANNER_VERSION, id: 'TestVisitorId000000000', decidedAt }),
    );
    const long = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    const after = serialize(await CookiesPage());
    expect(after).toContain(long.format(decidedAt));
    expect(after).toContain(long.format(consentExpiry(decidedAt)));
  });

  it('the ad slot loads the ad script only with « Publicité » and without GPC', async () => {
    const cookieJar = await jar();
    const slot = async () => serialize(await AdSlot({ id: 'pub-test' }));

    expect(await slot()).not.toContain('/ads/slot.js');
    expect(await slot()).toContain('Espace publicitaire');

    cookieJar.set(CONSENT_COOKIE, consentValue(ALL_PURPOSES));
    expect(await slot()).toContain('"src":"/ads/slot.js"');

    mockCookie.headers['sec-gpc'] = '1';
    expect(await slot()).not.toContain('/ads/slot.js');

    delete mockCookie.headers['sec-gpc'];
    cookieJar.set(CONSENT_COOKIE, consentValue({ ...ALL_PURPOSES, advertising: false }));
    expect(await slot()).not.toContain('/ads/slot.js');
  });
});

describe('audience measurement', () => {
  const send = (body: unknown, consent?: Purposes) =>
    beacon(
      new NextRequest('http://localhost:3000/api/mesure', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: consent ? { cookie: `${CONSENT_COOKIE}=${consentValue(consent)}`, 'x-forwarded-for': '198.51.100.4' } : {},
      }),
    );
  const views = async (path: string) =>
    (await prisma.audienceDay.findUnique({ where: { day_path: { day: dayOf(new Date()), path } } }))?.views ?? 0;

  it('counts nothing without « Mesure d’audience »', async () => {
    const before = await views('/cookies');
    expect((await send({ path: '/cookies' })).status).toBe(204);
    expect((await send({ path: '/cookies' }, { ...ALL_PURPOSES, audience: false })).status).toBe(204);
    expect(await views('/cookies')).toBe(before);
  });

  it('counts page views per day and template only, with consent, concurrent views included', async () => {
    const consent = { ...NO_PURPOSE, audience: true };
    await Promise.all(
      ['/annonce/plomberie-martin-colmar-1', '/annonce/coiffure-anna-mulhouse-2', '/annonce/x-3', '/plombier/colmar'].map((path) =>
        send({ path }, consent),
      ),
    );
    expect(await views('/annonce/[slug]')).toBe(3);
    expect(await views('/[categorie]/[lieu]')).toBe(1);

    // Nothing but the template, the day and the count is stored.
    const rows = await prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'AudienceDay' ORDER BY column_name`;
    expect(rows.map((row) => row.column_name)).toEqual(['day', 'path', 'views']);
    const paths = (await prisma.audienceDay.findMany({ select: { path: true } })).map((row) => row.path);
    expect(paths.some((path) => /martin|anna|198\.51/.test(path))).toBe(false);
  });

  it('ignores the team’s pages and malformed beacons', async () => {
    const consent = { ...NO_PURPOSE, audience: true };
    const before = await prisma.audienceDay.count();
    await send({ path: '/admin/annonceurs/abc' }, consent);
    await send({ nope: true }, consent);
    await send('not json', consent);
    expect(await prisma.audienceDay.count()).toBe(before);
  });

  it('keeps 25 months of counters at most', async () => {
    const now = new Date('2026-11-27T12:00:00Z');
    await prisma.audienceDay.createMany({
      data: [
        { day: new Date('2024-10-26T00:00:00Z'), path: '/purge-test', views: 1 },
        { day: new Date('2024-10-27T00:00:00Z'), path: '/purge-test', views: 1 },
      ],
    });
    expect(await purgeAudience(now)).toBe(1);
    const left = await prisma.audienceDay.findMany({ where: { path: '/purge-test' }, select: { day: true } });
    expect(left.map((row) => row.day.toISOString())).toEqual(['2024-10-27T00:00:00.000Z']);
  });

  it('shows the aggregated audience to the team only', async () => {
    const consent = { ...NO_PURPOSE, audience: true };
    await send({ path: '/recherche' }, consent);
    const report = await audienceReport(30);
    expect(report.byPath.find((row) => row.path === '/recherche')?.views).toBeGreaterThanOrEqual(1);

    await expect(AdminAudiencePage()).rejects.toThrow(REDIRECT);
    const advertiser = await createUser(`audience-annonceur-${Date.now()}@exemple.fr`);
    await actAs(advertiser.id);
    await expect(AdminAudiencePage()).rejects.toThrow(NOT_FOUND);
    const admin = await createUser(`audience-admin-${Date.now()}@exemple.fr`, 'ADMIN');
    await actAs(admin.id);
    expect(serialize(await AdminAudiencePage())).toContain('/recherche');
  });
});
