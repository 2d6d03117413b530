// Integration tests of pages and actions: who the (mocked) session cookie says is asking. The guards in
// lib/auth/guards.ts still check the real database session behind it.
// Each test file declares, before its imports run:
//   jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
//   jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
//   jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
import { createSession } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db/client';

export const mockCookie: { sessionKey: string | null; headers: Record<string, string> } = {
  sessionKey: null,
  headers: { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'jest' },
};

/** Opens a real database session for the user and makes it the current request's cookie. */
export async function actAs(userId: string): Promise<{ sessionId: string; token: string }> {
  const { token, sessionId } = await createSession(prisma, {
    userId,
    rememberMe: false,
    userAgent: 'jest',
    ip: '203.0.113.7',
  });
  mockCookie.sessionKey = token;
  return { sessionId, token };
}

export function actAnonymously(): void {
  mockCookie.sessionKey = null;
}

/** What next/navigation's redirect() and notFound() throw, for `expect(...).rejects`. */
export const REDIRECT = /NEXT_REDIRECT/;
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

/** The form data a browser would post. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
