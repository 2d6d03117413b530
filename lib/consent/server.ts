// The visitor's cookie choice for server components and actions, from the request's cookies (which
// include a choice just saved by an action during the same request) and its Sec-GPC header.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { CONSENT_COOKIE, consentState, PREFERENCES_COOKIE, validConsent, type ConsentState, type StoredConsent } from './cookie';
import { decodePreferences, type SearchPreferences } from './preferences';

export async function getConsent(now = new Date()): Promise<ConsentState> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  return consentState(jar.get(CONSENT_COOKIE)?.value, requestHeaders.get('sec-gpc'), now);
}

/** The choice as stored (with its date), if it still counts. */
export async function getStoredConsent(now = new Date()): Promise<StoredConsent | null> {
  return validConsent((await cookies()).get(CONSENT_COOKIE)?.value, now);
}

/** The remembered search place and sort, only when « Préférences » is accepted. */
export async function getSearchPreferences(consent?: ConsentState): Promise<SearchPreferences> {
  const state = consent ?? (await getConsent());
  if (!state.preferences) return {};
  return decodePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
}
