// Stands in for lib/auth/next-auth.ts in integration tests: the cookie is whatever actAs() set.
import { mockCookie } from './acting-as';

export class CredentialsSignin extends Error {}
export class SignInRateLimited extends CredentialsSignin {}

export async function auth() {
  return mockCookie.sessionKey ? { sessionKey: mockCookie.sessionKey, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}

export async function signIn(): Promise<string> {
  return '/';
}

export async function signOut(): Promise<void> {
  mockCookie.sessionKey = null;
}
