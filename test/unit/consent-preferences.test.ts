// The « Préférences » cookie and the proxy's consent rules on real NextRequest/NextResponse objects:
// the preferences cookie is written on a search only with that purpose; leftovers are expired after a
// refusal, when the choice expired, and ad_uid under Sec-GPC: 1.
import { NextRequest, NextResponse } from 'next/server';
import {
  AD_COOKIE,
  ALL_PURPOSES,
  CONSENT_BANNER_VERSION,
  CONSENT_COOKIE,
  encodeConsent,
  NO_PURPOSE,
  PREFERENCES_COOKIE,
  type Purposes,
} from '@/lib/consent/cookie';
import { decodePreferences, encodePreferences, preferencesAfterSearch } from '@/lib/consent/preferences';
import { applyConsent, requestConsent } from '@/lib/consent/proxy';

describe('preferences cookie', () => {
  it('round-trips a place with accents and spaces, and a sort', () => {
    const value = encodePreferences({ place: 'Saint-Étienne (42)', sort: 'note' });
    expect(value).not.toMatch(/[;,\s]/);
    expect(decodePreferences(value)).toEqual({ place: 'Saint-Étienne (42)', sort: 'note' });
  });

  it('drops an unknown sort and malformed values', () => {
    expect(decodePreferences(encodeURIComponent('lieu=Colmar&tri=prix'))).toEqual({ place: 'Colmar', sort: undefined });
    expect(decodePreferences('%E0%A4%A')).toEqual({});
  });

  it('changes only with a place or a sort in the search', () => {
    const previous = { place: 'Colmar', sort: 'note' as const };
    expect(preferencesAfterSearch(previous, new URLSearchParams('q=plombier'))).toBeNull();
    expect(preferencesAfterSearch(previous, new URLSearchParams('lieu=Colmar&tri=note'))).toBeNull();
    expect(preferencesAfterSearch(previous, new URLSearchParams('lieu=Mulhouse'))).toEqual({ place: 'Mulhouse', sort: 'note' });
    expect(preferencesAfterSearch({}, new URLSearchParams('tri=recent'))).toEqual({ place: undefined, sort: 'recent' });
  });
});

describe('consent applied by the proxy', () => {
  const now = new Date();
  const consentCookie = (purposes: Purposes, decidedAt = now) =>
    encodeConsent({ ...purposes, bannerVersion: CONSENT_BANNER_VERSION, id: 'AbCdEfGhIjKlMnOpQrStUv', decidedAt });

  function run(url: string, cookies: Record<string, string>, headers: Record<string, string> = {}) {
    const request = new NextRequest(new URL(url, 'http://localhost:3000'), {
      headers: { ...headers, cookie: Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    const response = NextResponse.next();
    applyConsent(request, response, requestConsent(request));
    return response;
  }

  const setCookie = (response: NextResponse, name: string) => response.cookies.get(name);
  const expired = (response: NextResponse, name: string) => {
    const cookie = setCookie(response, name);
    return cookie !== undefined && cookie.value === '' && cookie.maxAge === 0 && cookie.path === '/';
  };

  it('expires leftover non-essential cookies after « Tout refuser »', () => {
    const response = run('/', { [CONSENT_COOKIE]: consentCookie(NO_PURPOSE), [PREFERENCES_COOKIE]: 'x', [AD_COOKIE]: 'y' });
    expect(expired(response, PREFERENCES_COOKIE)).toBe(true);
    expect(expired(response, AD_COOKIE)).toBe(true);
    expect(setCookie(response, CONSENT_COOKIE)).toBeUndefined();
  });

  it('expires them too when the choice is missing or older than six months', () => {
    expect(expired(run('/', { [AD_COOKIE]: 'y' }), AD_COOKIE)).toBe(true);
    const sevenMonthsAgo = new Date(now.getTime() - 213 * 86_400_000);
    const stale = run('/', { [CONSENT_COOKIE]: consentCookie(ALL_PURPOSES, sevenMonthsAgo), [PREFERENCES_COOKIE]: 'x' });
    expect(expired(stale, PREFERENCES_COOKIE)).toBe(true);
  });

  it('keeps the cookies the choice allows', () => {
    const response = run('/', { [CONSENT_COOKIE]: consentCookie(ALL_PURPOSES), [PREFERENCES_COOKIE]: 'x', [AD_COOKIE]: 'y' });
    expect(response.cookies.getAll()).toEqual([]);
  });

  it('expires ad_uid under Sec-GPC: 1 even after « Tout accepter », and keeps the preferences', () => {
    const response = run(
      '/',
      { [CONSENT_COOKIE]: consentCookie(ALL_PURPOSES), [PREFERENCES_COOKIE]: 'x', [AD_COOKIE]: 'y' },
      { 'sec-gpc': '1' },
    );
    expect(expired(response, AD_COOKIE)).toBe(true);
    expect(setCookie(response, PREFERENCES_COOKIE)).toBeUndefined();
  });

  it('remembers the place and sort of a search only with « Préférences »', () => {
    const allowed = run('/recherche?q=plombier&lieu=Colmar&tri=note', { [CONSENT_COOKIE]: consentCookie({ ...NO_PURPOSE, preferences: true }) });
    const written = setCookie(allowed, PREFERENCES_COOKIE);
    expect(decodePreferences(written?.value)).toEqual({ place: 'Colmar', sort: 'note' });
    expect(written).toMatchObject({ httpOnly: true, path: '/', sameSite: 'lax' });
    expect(written?.maxAge).toBeGreaterThan(150 * 86_400);

    const refusals: Record<string, string>[] = [{}, { [CONSENT_COOKIE]: consentCookie({ ...ALL_PURPOSES, preferences: false }) }];
    for (const cookies of refusals) {
      expect(setCookie(run('/recherche?lieu=Colmar&tri=note', cookies), PREFERENCES_COOKIE)).toBeUndefined();
    }
  });

  it('does not take a prefetch or another page for a search', () => {
    const consent = { [CONSENT_COOKIE]: consentCookie(ALL_PURPOSES) };
    expect(setCookie(run('/recherche?lieu=Colmar', consent, { 'next-router-prefetch': '1' }), PREFERENCES_COOKIE)).toBeUndefined();
    expect(setCookie(run('/annonceurs?lieu=Colmar', consent), PREFERENCES_COOKIE)).toBeUndefined();
  });
});
