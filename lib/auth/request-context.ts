// Who is on the other end of a request, for rate limits and the list of sessions.
import 'server-only';
import { env } from '@/lib/env';

/**
 * The client's address as the reverse proxies in front of the app report it. Each proxy appends the
 * address it received the request from to X-Forwarded-For, so only the last TRUSTED_PROXY_HOPS entries
 * are theirs: anything further left was sent by the client and would let it dodge every rate limit.
 */
export function clientIp(headers: Headers): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromProxy = entries.at(-env().TRUSTED_PROXY_HOPS) ?? entries[0];
  return fromProxy || headers.get('x-real-ip') || null;
}

export function userAgent(headers: Headers): string | null {
  return headers.get('user-agent');
}
