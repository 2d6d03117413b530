// Audience measurement keeps page templates only: no slug, id or token of a concrete path, and no
// team or developer page.
import { pathTemplate } from '@/lib/consent/audience-path';
import { SITE_COOKIES } from '@/lib/consent/cookie-table';
import { AD_COOKIE, CONSENT_COOKIE, NON_ESSENTIAL_COOKIES, PREFERENCES_COOKIE } from '@/lib/consent/cookie';
import { PERSONAL_DATA_COOKIE } from '@/lib/privacy/personal-data';
import { SURVEY_COOKIE } from '@/lib/surveys/respondent';

describe('pathTemplate', () => {
  it.each([
    ['/', '/'],
    ['/recherche', '/recherche'],
    ['/annonce/plomberie-martin-colmar-12', '/annonce/[slug]'],
    ['/plombier/colmar', '/[categorie]/[lieu]'],
    ['/plombier/haut-rhin-68', '/[categorie]/[lieu]'],
    ['/espace/demandes/cmf3k2x0a0000abcd1234', '/espace/demandes/[id]'],
    ['/mot-de-passe-oublie/nouveau', '/mot-de-passe-oublie/nouveau'],
    ['/sondages/Zx81-_kLmN0pQrStUvWxYz0123456789abcdefGHIJ', '/sondages/[id]'],
    ['/cookies', '/cookies'],
  ])('%s → %s', (path, template) => {
    expect(pathTemplate(path)).toBe(template);
  });

  it.each(['/admin', '/admin/annonceurs/abc', '/dev/emails', '/api/mesure', 'recherche', '/a/b/c/d/e', '/Token123', `/${'x'.repeat(301)}`])(
    'does not measure %s',
    (path) => {
      expect(pathTemplate(path)).toBeNull();
    },
  );
});

describe('the cookies page lists every cookie', () => {
  it('has every cookie the code sets, each with a category, a purpose and a lifetime', () => {
    const names = SITE_COOKIES.map((cookie) => cookie.name);
    expect(names).toEqual(
      expect.arrayContaining([
        CONSENT_COOKIE,
        PREFERENCES_COOKIE,
        AD_COOKIE,
        'authjs.session-token',
        'authjs.callback-url',
        PERSONAL_DATA_COOKIE,
        SURVEY_COOKIE,
      ]),
    );
    for (const { name } of NON_ESSENTIAL_COOKIES) {
      expect(SITE_COOKIES.find((cookie) => cookie.name === name)?.category).not.toBe('essential');
    }
    for (const cookie of SITE_COOKIES) {
      expect(cookie.purpose.length).toBeGreaterThan(20);
      expect(cookie.lifetime.length).toBeGreaterThan(5);
    }
  });
});
