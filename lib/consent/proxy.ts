// The consent rules proxy.ts applies to every response: non-essential cookies the visitor's choice
// does not allow (refused, never given, expired, or advertising under Sec-GPC: 1) are expired, and a
// search remembers its place and sort only with « Préférences ».
import type { NextRequest, NextResponse } from 'next/server';
import { CONSENT_COOKIE, consentState, cookiesToDelete, PREFERENCES_COOKIE, type ConsentState } from './cookie';
import { decodePreferences, encodePreferences, PREFERENCES_MAX_AGE_SECONDS, preferencesAfterSearch } from './preferences';

export function requestConsent(request: NextRequest, now = new Date()): ConsentState {
  return consentState(request.cookies.get(CONSENT_COOKIE)?.value, request.headers.get('sec-gpc'), now);
}

/** Cookies are deleted with the attributes they were set with (path /), else the browser keeps them. */
function expire(response: NextResponse, name: string): void {
  response.cookies.set(name, '', { path: '/', maxAge: 0, expires: new Date(0) });
}

export function applyConsent(request: NextRequest, response: NextResponse, state: ConsentState, { secure = false } = {}): void {
  const present = request.cookies.getAll().map((cookie) => cookie.name);
  for (const name of cookiesToDelete(present, state)) expire(response, name);

  const { pathname, searchParams } = request.nextUrl;
  // Prefetches are not searches the visitor made.
  if (!state.preferences || pathname !== '/recherche' || request.headers.get('next-router-prefetch')) return;
  const next = preferencesAfterSearch(decodePreferences(request.cookies.get(PREFERENCES_COOKIE)?.value), searchParams);
  if (!next) return;
  response.cookies.set(PREFERENCES_COOKIE, encodePreferences(next), {
    path: '/',
    maxAge: PREFERENCES_MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}
