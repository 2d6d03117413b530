// The only way server code learns who is asking: named helpers that load the database session behind
// the cookie and redirect (or 404) when it is missing or lacks the role. proxy.ts checks the cookie
// first; these check again, against the database, on every page and action.
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { auth } from './next-auth';
import { safeNextPath } from './next-path';
import { findActiveSession, type ActiveSession } from './sessions';

/** The current request's session, read once per request. */
export const getCurrentSession = cache(async (): Promise<ActiveSession | null> => {
  const cookieSession = await auth();
  const token = cookieSession?.sessionKey;
  return token ? findActiveSession(token) : null;
});

export function signInUrl(next?: string): string {
  return next ? `/connexion?next=${encodeURIComponent(safeNextPath(next))}` : '/connexion';
}

/** A signed-in user of any role, or a redirect to the sign-in page that comes back to `next`. */
export async function requireUser(next?: string): Promise<ActiveSession> {
  const session = await getCurrentSession();
  if (!session) redirect(signInUrl(next));
  return session;
}

/** A signed-in advertiser with their profile id (the key of everything they own). */
export async function requireAdvertiser(next?: string): Promise<ActiveSession & { advertiserId: string }> {
  const session = await requireUser(next);
  const profile = await prisma.advertiserProfile.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  // Team accounts have no advertiser profile: the advertiser's space does not exist for them.
  if (!profile) notFound();
  return { ...session, advertiserId: profile.id };
}

/** A signed-in member of the team; everyone else gets the site's 404, as if /admin did not exist. */
export async function requireAdmin(next?: string): Promise<ActiveSession> {
  const session = await requireUser(next);
  if (session.user.role !== 'ADMIN') notFound();
  return session;
}

/** For pages that make no sense signed in (sign-in, sign-up): straight to the space instead. */
export async function redirectIfSignedIn(next?: string): Promise<void> {
  if (await getCurrentSession()) redirect(safeNextPath(next));
}
