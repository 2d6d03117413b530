// The links every newsletter carries, signed with AUTH_SECRET so that no secret has to be stored per
// recipient: the preference page and the RFC 8058 one-click unsubscribe of one subscription, with the
// issue they came from (results per send count who unsubscribed through which issue).
import 'server-only';
import { env } from '@/lib/env';
import { signValue, verifySignedValue } from '@/lib/security/tokens';

const PURPOSE = 'newsletter-subscription';

export const PREFERENCES_PATH = '/newsletter/preferences';
export const ONE_CLICK_PATH = '/api/newsletter/unsubscribe';

export type SubscriptionLink = { subscriptionId: string; issueId: string | null };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const NO_ISSUE = '-';

/** `<subscriptionId>.<issueId or ->.<signature>`: URL-safe, and altering any part voids it. */
export function subscriptionToken({ subscriptionId, issueId }: SubscriptionLink): string {
  const value = `${subscriptionId}.${issueId ?? NO_ISSUE}`;
  return `${value}.${signValue(env().AUTH_SECRET, PURPOSE, value)}`;
}

/** What a token names, or null when it was altered or is not one of ours. */
export function readSubscriptionToken(token: string | null | undefined): SubscriptionLink | null {
  if (!token || token.length > 250) return null;
  const [subscriptionId, issue, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !subscriptionId || !issue || !signature) return null;
  if (!ID.test(subscriptionId) || !(issue === NO_ISSUE || ID.test(issue))) return null;
  if (!verifySignedValue(env().AUTH_SECRET, PURPOSE, `${subscriptionId}.${issue}`, signature)) return null;
  return { subscriptionId, issueId: issue === NO_ISSUE ? null : issue };
}

export function preferencesUrl(link: SubscriptionLink): string {
  return `${env().APP_URL}${PREFERENCES_PATH}?jeton=${subscriptionToken(link)}`;
}

export function oneClickUnsubscribeUrl(link: SubscriptionLink): string {
  return `${env().APP_URL}${ONE_CLICK_PATH}?token=${subscriptionToken(link)}`;
}

/**
 * RFC 8058 and the Gmail/Yahoo 2024 rules: a POST to the HTTPS link unsubscribes at once, with no
 * cookie or login; the mailto is the fallback older clients offer (the team handles it by hand).
 */
export function listUnsubscribeHeaders(link: SubscriptionLink): Record<string, string> {
  const mailto = `mailto:${env().CONTACT_EMAIL}?subject=unsubscribe-${subscriptionToken(link)}`;
  return {
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(link)}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
