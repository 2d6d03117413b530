// The visitor's cookie choice (CNIL guidelines 2020): what it is, how it is kept in the essential
// `jauto_consent` cookie, and what it allows once Global Privacy Control is taken into account.
// Pure and dependency-free: proxy.ts, server components, actions and tests all read it the same way.

/** Essential cookie keeping the choice (exempt from consent: it stores the consent itself). */
export const CONSENT_COOKIE = 'jauto_consent';
/** « Préférences »: the last search place and sort, only with that purpose accepted. */
export const PREFERENCES_COOKIE = 'jauto_prefs';
/** « Publicité »: set by the ad slot's script (public/ads/slot.js), only with that purpose accepted. */
export const AD_COOKIE = 'ad_uid';
/** Every cookie that needs consent, with the purpose that allows it. */
export const NON_ESSENTIAL_COOKIES = [
  { name: PREFERENCES_COOKIE, purpose: 'preferences' },
  { name: AD_COOKIE, purpose: 'advertising' },
] as const;

/**
 * Version of the banner (its text, purposes and this code). Raising it asks everyone again, and the
 * ConsentBannerVersion row of that number keeps the text shown, as proof of what people agreed to.
 */
export const CONSENT_BANNER_VERSION = 2;
export const CONSENT_CODE_VERSION = '2.0.0';
/** The CNIL recommends asking again after six months, refusal included. */
export const CONSENT_LIFETIME_MONTHS = 6;

export const PURPOSES = ['preferences', 'audience', 'advertising'] as const;
export type Purpose = (typeof PURPOSES)[number];
export type Purposes = Record<Purpose, boolean>;

export const NO_PURPOSE: Purposes = { preferences: false, audience: false, advertising: false };
export const ALL_PURPOSES: Purposes = { preferences: true, audience: true, advertising: true };

export type StoredConsent = Purposes & {
  bannerVersion: number;
  /** Random, anonymous: links a browser's successive choices in ConsentRecord. */
  id: string;
  decidedAt: Date;
};

/** What a request may do: the stored choice (or silence, i.e. refusal) once GPC is applied. */
export type ConsentState = Purposes & {
  /** False when the visitor has not chosen yet, the choice expired or the banner changed. */
  chosen: boolean;
  /** The browser sent `Sec-GPC: 1`: advertising stays off whatever the cookie says. */
  gpc: boolean;
};

const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** `<banner version>.<id>.<p><a><ad>.<decided at, seconds, base 36>`, e.g. `2.Xy…Q.101.t1a2b3`. */
export function encodeConsent(consent: StoredConsent): string {
  const flags = PURPOSES.map((purpose) => (consent[purpose] ? '1' : '0')).join('');
  const seconds = Math.floor(consent.decidedAt.getTime() / 1000).toString(36);
  return `${consent.bannerVersion}.${consent.id}.${flags}.${seconds}`;
}

/** The cookie's content, or null when it is missing or malformed (then the banner shows again). */
export function decodeConsent(value: string | undefined | null): StoredConsent | null {
  if (!value) return null;
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  const [version, id, flags, seconds] = parts;
  if (!/^\d{1,4}$/.test(version) || !ID_PATTERN.test(id) || !/^[01]{3}$/.test(flags) || !/^[0-9a-z]{1,10}$/.test(seconds)) {
    return null;
  }
  const decidedAt = new Date(Number.parseInt(seconds, 36) * 1000);
  if (Number.isNaN(decidedAt.getTime())) return null;
  return {
    bannerVersion: Number(version),
    id,
    decidedAt,
    preferences: flags[0] === '1',
    audience: flags[1] === '1',
    advertising: flags[2] === '1',
  };
}

/** When a choice made at `decidedAt` stops counting: six calendar months later. */
export function consentExpiry(decidedAt: Date): Date {
  const expiry = new Date(decidedAt);
  expiry.setUTCMonth(expiry.getUTCMonth() + CONSENT_LIFETIME_MONTHS);
  return expiry;
}

/** Seconds the cookie should live, for its Max-Age. */
export function consentMaxAgeSeconds(decidedAt: Date, now = new Date()): number {
  return Math.max(0, Math.floor((consentExpiry(decidedAt).getTime() - now.getTime()) / 1000));
}

/** The stored choice if it still counts: current banner version, not expired, not from the future. */
export function validConsent(value: string | undefined | null, now = new Date()): StoredConsent | null {
  const consent = decodeConsent(value);
  if (!consent || consent.bannerVersion !== CONSENT_BANNER_VERSION) return null;
  // A clock a little ahead on another server is tolerated; a date far in the future is forged.
  if (consent.decidedAt.getTime() > now.getTime() + 5 * 60_000) return null;
  return consentExpiry(consent.decidedAt) > now ? consent : null;
}

export function hasGlobalPrivacyControl(secGpcHeader: string | null | undefined): boolean {
  return secGpcHeader?.trim() === '1';
}

/** What this request may do. Silence is refusal; `Sec-GPC: 1` refuses advertising. */
export function consentState(cookieValue: string | undefined | null, secGpcHeader: string | null | undefined, now = new Date()): ConsentState {
  const consent = validConsent(cookieValue, now);
  const gpc = hasGlobalPrivacyControl(secGpcHeader);
  const purposes = consent ?? NO_PURPOSE;
  return {
    chosen: consent !== null,
    gpc,
    preferences: purposes.preferences,
    audience: purposes.audience,
    advertising: purposes.advertising && !gpc,
  };
}

/** Non-essential cookies present in the request that the current state does not allow. */
export function cookiesToDelete(present: Iterable<string>, state: Purposes): string[] {
  const names = new Set(present);
  return NON_ESSENTIAL_COOKIES.filter(({ name, purpose }) => names.has(name) && !state[purpose]).map(({ name }) => name);
}
