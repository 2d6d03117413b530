'use server';
// Saves a cookie choice from the banner or the cookies page: records it, keeps it six months in the
// essential cookie, and removes at once the cookies it no longer allows. Works without JavaScript.
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { getCurrentSession } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import {
  CONSENT_COOKIE,
  consentMaxAgeSeconds,
  cookiesToDelete,
  decodeConsent,
  encodeConsent,
  hasGlobalPrivacyControl,
  NON_ESSENTIAL_COOKIES,
} from './cookie';
import { recordConsent } from './record';
import { consentChoiceSchema, purposesOfChoice } from './schema';

export async function saveConsent(formData: FormData): Promise<void> {
  const input = consentChoiceSchema.parse(Object.fromEntries(formData));
  const [jar, requestHeaders, session] = await Promise.all([cookies(), headers(), getCurrentSession()]);
  const now = new Date();
  const consent = await recordConsent({
    consentId: decodeConsent(jar.get(CONSENT_COOKIE)?.value)?.id ?? randomBytes(16).toString('base64url'),
    requested: purposesOfChoice(input),
    gpc: hasGlobalPrivacyControl(requestHeaders.get('sec-gpc')),
    userId: session?.user.id ?? null,
    now,
  });
  jar.set(CONSENT_COOKIE, encodeConsent(consent), {
    path: '/',
    maxAge: consentMaxAgeSeconds(now, now),
    httpOnly: true,
    sameSite: 'lax',
    secure: env().APP_URL.startsWith('https://'),
  });
  const present = NON_ESSENTIAL_COOKIES.map(({ name }) => name).filter((name) => jar.get(name) !== undefined);
  for (const name of cookiesToDelete(present, consent)) jar.delete(name);
}
