// Password hashing with argon2id. The parameters are OWASP's minimum recommendation (19 MiB, 2 passes,
// 1 lane): about 0.1 s per hash here, slow enough for attackers, fast enough for sign-in.
import { hash, verify } from '@node-rs/argon2';

/** OWASP Password Storage Cheat Sheet; the algorithm defaults to argon2id in @node-rs/argon2 2.x. */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) with its own random salt. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash, never a throw. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
