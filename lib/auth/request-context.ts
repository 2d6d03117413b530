// Who is on the other end of a request, for rate limits and the list of sessions.
import 'server-only';

/**
 * The client's address as the reverse proxy in front of the app reports it (first X-Forwarded-For
 * entry), or the direct peer when there is none. Deployments must put a proxy that sets it.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || null;
}

export function userAgent(headers: Headers): string | null {
  return headers.get('user-agent');
}
