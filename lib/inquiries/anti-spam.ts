// Anti-spam of the inquiry form without any third party (no CAPTCHA, nothing sent elsewhere): a honeypot
// field and a minimum fill time proven by a timestamp the server signs when it renders the form. The
// rate limits per address, per e-mail and per listing live in lib/security/rate-limit.ts.
import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { safeEqual } from '@/lib/security/tokens';

/**
 * A field people never see (off-screen, aria-hidden, out of the tab order) with a name form-filling
 * robots like to fill. Left empty by every person; anything in it marks a robot.
 */
export const HONEYPOT_FIELD = 'website';

/** Nobody reads a listing, types their name, e-mail and message in less than this. */
export const MIN_FILL_MS = 3_000;

function signature(listingId: string, issuedAt: number): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`inquiry-form:${listingId}:${issuedAt}`).digest('base64url');
}

/**
 * « issuedAt.signature », rendered in the form. Bound to the listing so that one token cannot be
 * replayed against every listing; no expiry, so that a visitor who keeps the page open is never
 * refused — replays are bounded by the rate limits instead.
 */
export function issueFormToken(listingId: string, now = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${signature(listingId, issuedAt)}`;
}

export type FormTokenVerdict = 'ok' | 'too-fast' | 'invalid';

export function checkFormToken(token: string, listingId: string, now = new Date()): FormTokenVerdict {
  const match = /^(\d{1,15})\.([\w-]{1,100})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  if (!safeEqual(match[2], signature(listingId, issuedAt))) return 'invalid';
  return now.getTime() - issuedAt >= MIN_FILL_MS ? 'ok' : 'too-fast';
}

export function isHoneypotFilled(value: string | undefined): boolean {
  return (value ?? '').trim() !== '';
}
