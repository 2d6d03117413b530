// Sign-in sessions live in PostgreSQL (the cookie holds only a random token whose hash is the key), so
// one click can end every session of an account, sessions expire after inactivity, and any app server
// can check them. See docs/decisions/005-sessions.md.
import 'server-only';
import { createHmac } from 'node:crypto';
import { prisma, type Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { generateToken, hashToken } from '@/lib/security/tokens';

const MINUTE = 60_000;
/** Without « Rester connecté »: two hours without activity end the session. */
export const SESSION_IDLE_MS = 120 * MINUTE;
/** With « Rester connecté »: thirty days. */
export const REMEMBERED_SESSION_IDLE_MS = 30 * 24 * 60 * MINUTE;
/** Activity is written at most once a minute per session: reads stay reads. */
const TOUCH_INTERVAL_MS = MINUTE;

export type ActiveSession = {
  id: string;
  rememberMe: boolean;
  user: { id: string; email: string; role: 'ADVERTISER' | 'ADMIN'; emailVerifiedAt: Date | null };
};

type SessionWriter = Pick<Db, 'session'>;

const idleTimeout = (rememberMe: boolean) => (rememberMe ? REMEMBERED_SESSION_IDLE_MS : SESSION_IDLE_MS);

/** A keyed hash: lets the team tell sessions apart by network without keeping anyone's IP address. */
export function hashIp(ip: string | null): string | null {
  return ip ? createHmac('sha256', env().AUTH_SECRET).update(ip).digest('hex').slice(0, 16) : null;
}

export async function createSession(
  db: SessionWriter,
  input: { userId: string; rememberMe: boolean; userAgent: string | null; ip: string | null },
  now = new Date(),
): Promise<{ token: string; sessionId: string }> {
  const token = generateToken();
  const session = await db.session.create({
    data: {
      userId: input.userId,
      tokenHash: hashToken(token),
      rememberMe: input.rememberMe,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + idleTimeout(input.rememberMe)),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ipHash: hashIp(input.ip),
    },
    select: { id: true },
  });
  return { token, sessionId: session.id };
}

/** The session behind a cookie token, or null when unknown, ended or idle for too long. */
export async function findActiveSession(token: string, now = new Date()): Promise<ActiveSession | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      rememberMe: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, role: true, emailVerifiedAt: true } },
    },
  });
  if (!session || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    // Sliding expiry; the condition keeps concurrent requests from writing it twice.
    await prisma.session.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + idleTimeout(session.rememberMe)) },
    });
  }
  return { id: session.id, rememberMe: session.rememberMe, user: session.user };
}

/** Ends one session of this user (by id AND owner: nobody ends someone else's). */
export async function revokeSession(db: SessionWriter, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count === 1;
}

/** Ends every session of the user except the given one (after a password change, on request). */
export async function revokeOtherSessions(db: SessionWriter, userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  return count;
}

export async function revokeAllSessions(db: SessionWriter, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

export type SessionSummary = {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  rememberMe: boolean;
};

/** The user's sessions still running, most recently used first. */
export function listActiveSessions(userId: string, now = new Date()): Promise<SessionSummary[]> {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true, rememberMe: true },
    orderBy: { lastSeenAt: 'desc' },
  });
}
