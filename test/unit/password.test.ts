import { hashPassword, verifyPassword } from '@/lib/auth/password';

describe('password hashing', () => {
  it('hashes with argon2id and the OWASP parameters', async () => {
    const hash = await hashPassword('Un mot de passe solide !');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('Demo-annonceur-2026');
    await expect(verifyPassword(hash, 'Demo-annonceur-2026')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'demo-annonceur-2026')).resolves.toBe(false);
    await expect(verifyPassword(hash, '')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword('même mot'), hashPassword('même mot')]);
    expect(first).not.toBe(second);
    await expect(verifyPassword(second, 'même mot')).resolves.toBe(true);
  });

  it('handles non-ASCII passwords', async () => {
    const hash = await hashPassword('Éléphant-çà-€-🔑');
    await expect(verifyPassword(hash, 'Éléphant-çà-€-🔑')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Elephant-ca-€-🔑')).resolves.toBe(false);
  });

  it('answers false for a stored value that is not an argon2 hash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
    await expect(verifyPassword('', 'anything')).resolves.toBe(false);
  });
});
