// The cookie choice as kept in `jauto_consent`, and the rules drawn from it: silence is refusal, the
// choice lasts six months then is asked again (also when the banner changes), Sec-GPC: 1 refuses
// advertising whatever the cookie says, and only non-essential cookies the choice does not allow go.
import {
  AD_COOKIE,
  ALL_PURPOSES,
  CONSENT_BANNER_VERSION,
  consentExpiry,
  consentMaxAgeSeconds,
  consentState,
  cookiesToDelete,
  decodeConsent,
  encodeConsent,
  NO_PURPOSE,
  PREFERENCES_COOKIE,
  validConsent,
  type StoredConsent,
} from '@/lib/consent/cookie';
import { consentChoiceSchema, purposesOfChoice } from '@/lib/consent/schema';

const decidedAt = new Date('2026-03-15T10:00:00Z');
const choice = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
  bannerVersion: CONSENT_BANNER_VERSION,
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  decidedAt,
  preferences: true,
  audience: false,
  advertising: true,
  ...overrides,
});

describe('consent cookie format', () => {
  it('round-trips every purpose, the id, the banner version and the date (to the second)', () => {
    const stored = choice();
    expect(decodeConsent(encodeConsent(stored))).toEqual(stored);
    expect(encodeConsent(stored)).toMatch(/^2\.AbCdEfGhIjKlMnOpQrStUv\.101\.[0-9a-z]+$/);
  });

  it.each(['', 'x', '2.short.101.abc', '2.AbCdEfGhIjKlMnOpQrStUv.1x1.abc', '2.AbCdEfGhIjKlMnOpQrStUv.101', 'a.AbCdEfGhIjKlMnOpQrStUv.101.abc'])(
    'reads the malformed value %j as no choice',
    (value) => {
      expect(decodeConsent(value)).toBeNull();
    },
  );
});

describe('how long a choice counts', () => {
  it('expires six calendar months after the choice, refusal included', () => {
    expect(consentExpiry(decidedAt).toISOString()).toBe('2026-09-15T10:00:00.000Z');
    const refusal = encodeConsent(choice({ ...NO_PURPOSE }));
    expect(validConsent(refusal, new Date('2026-09-15T09:59:59Z'))).not.toBeNull();
    expect(validConsent(refusal, new Date('2026-09-15T10:00:00Z'))).toBeNull();
  });

  it('gives the cookie a Max-Age that ends with the choice', () => {
    expect(consentMaxAgeSeconds(decidedAt, decidedAt)).toBe((consentExpiry(decidedAt).getTime() - decidedAt.getTime()) / 1000);
    expect(consentMaxAgeSeconds(decidedAt, new Date('2027-01-01T00:00:00Z'))).toBe(0);
  });

  it('asks again when the banner version changed', () => {
    const old = encodeConsent(choice({ bannerVersion: CONSENT_BANNER_VERSION - 1 }));
    expect(validConsent(old, new Date('2026-04-01T00:00:00Z'))).toBeNull();
  });

  it('ignores a choice dated in the future (forged)', () => {
    expect(validConsent(encodeConsent(choice()), new Date('2026-03-01T00:00:00Z'))).toBeNull();
  });
});

describe('what a request may do', () => {
  const now = new Date('2026-04-01T00:00:00Z');

  it('treats silence as a refusal of every purpose, and says nothing was chosen', () => {
    expect(consentState(undefined, null, now)).toEqual({ ...NO_PURPOSE, chosen: false, gpc: false });
  });

  it('allows what was accepted', () => {
    expect(consentState(encodeConsent(choice({ ...ALL_PURPOSES })), null, now)).toEqual({ ...ALL_PURPOSES, chosen: true, gpc: false });
  });

  it('refuses advertising under Sec-GPC: 1 even after « Tout accepter », and only advertising', () => {
    expect(consentState(encodeConsent(choice({ ...ALL_PURPOSES })), '1', now)).toEqual({
      preferences: true,
      audience: true,
      advertising: false,
      chosen: true,
      gpc: true,
    });
    expect(consentState(encodeConsent(choice({ ...ALL_PURPOSES })), '0', now).advertising).toBe(true);
  });

  it('deletes the non-essential cookies that the state does not allow, and never the essential ones', () => {
    const present = [PREFERENCES_COOKIE, AD_COOKIE, 'jauto_consent', 'authjs.session-token'];
    expect(cookiesToDelete(present, NO_PURPOSE).sort()).toEqual([AD_COOKIE, PREFERENCES_COOKIE].sort());
    expect(cookiesToDelete(present, { preferences: true, audience: true, advertising: false })).toEqual([AD_COOKIE]);
    expect(cookiesToDelete(present, ALL_PURPOSES)).toEqual([]);
    expect(cookiesToDelete(['authjs.session-token'], NO_PURPOSE)).toEqual([]);
  });
});

describe('the banner form', () => {
  const parse = (fields: Record<string, string>) => purposesOfChoice(consentChoiceSchema.parse(fields));

  it('« Tout accepter » and « Tout refuser » ignore the boxes', () => {
    expect(parse({ choix: 'tout-accepter' })).toEqual(ALL_PURPOSES);
    expect(parse({ choix: 'tout-refuser', preferences: 'on', audience: 'on', advertising: 'on' })).toEqual(NO_PURPOSE);
  });

  it('« Personnaliser » keeps exactly the ticked purposes; an unticked box is a refusal', () => {
    expect(parse({ choix: 'personnaliser', audience: 'on' })).toEqual({ preferences: false, audience: true, advertising: false });
    expect(parse({ choix: 'personnaliser' })).toEqual(NO_PURPOSE);
  });

  it('reads an unknown answer as a refusal', () => {
    expect(parse({ choix: 'peut-etre', advertising: 'on' })).toEqual(NO_PURPOSE);
  });
});
