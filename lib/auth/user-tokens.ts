// Single-use links sent by e-mail (address verification, e-mail change, password reset): a random token
// whose hash is stored, consumed by one conditional update so that two clicks cannot both succeed.
import 'server-only';
import type { Db, TokenPurpose } from '@/lib/db/client';
import { generateToken, hashToken } from '@/lib/security/tokens';

const HOUR = 3_600_000;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * HOUR,
  EMAIL_CHANGE: 24 * HOUR,
  PASSWORD_RESET: HOUR,
};

type TokenWriter = Pick<Db, 'userToken'>;

/** Retires the user's unused links of one purpose: they can no longer be followed. */
export async function retireUserTokens(db: TokenWriter, userId: string, purpose: TokenPurpose, now = new Date()) {
  await db.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}

/** Issues a new link and retires the user's earlier unused ones of the same purpose. */
export async function issueUserToken(
  db: TokenWriter,
  input: { userId: string; purpose: TokenPurpose; newEmail?: string },
  now = new Date(),
): Promise<{ id: string; token: string }> {
  await retireUserTokens(db, input.userId, input.purpose, now);
  const token = generateToken();
  const row = await db.userToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      newEmail: input.newEmail ?? null,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** Marks the token used if it is valid; null when unknown, already used, expired or for another purpose. */
export async function consumeUserToken(
  db: TokenWriter,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<{ userId: string; newEmail: string | null } | null> {
  const [row] = await db.userToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true, newEmail: true },
  });
  return row ?? null;
}

/** Whether a link can still be used, without using it (to show the reset form or an error at once). */
export async function isUserTokenUsable(db: TokenWriter, token: string, purpose: TokenPurpose, now = new Date()) {
  const count = await db.userToken.count({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
  });
  return count === 1;
}
