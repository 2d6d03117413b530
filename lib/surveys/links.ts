// Signed survey links for the « Clients » audience: the newsletter puts `/sondages/<slug>?t=<token>`
// in each message, the token naming the recipient (e.g. their newsletter subscription id) and signed
// with the server secret for that survey only. Whoever holds the link may answer once, anonymously.
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { safeEqual } from '@/lib/security/tokens';

function signature(slug: string, recipientId: string): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`survey-link\u0000${slug}\u0000${recipientId}`).digest('base64url');
}

export function clientSurveyToken(slug: string, recipientId: string): string {
  return `${Buffer.from(recipientId, 'utf8').toString('base64url')}.${signature(slug, recipientId)}`;
}

/** The recipient a token was made for, or null when it is not a valid token for this survey. */
export function verifyClientSurveyToken(slug: string, token: string | null | undefined): string | null {
  if (!token) return null;
  const [encoded, given, extra] = token.split('.');
  if (!encoded || !given || extra !== undefined) return null;
  const recipientId = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!recipientId || recipientId.length > 200) return null;
  return safeEqual(given, signature(slug, recipientId)) ? recipientId : null;
}

/** The absolute link to put in a « Clients » newsletter for one recipient. */
export function clientSurveyUrl(slug: string, recipientId: string): string {
  const url = new URL(`/sondages/${encodeURIComponent(slug)}`, env().APP_URL);
  url.searchParams.set('t', clientSurveyToken(slug, recipientId));
  return url.toString();
}
