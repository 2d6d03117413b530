// The password rule of sign-up, reset and change: 12 characters at least, and not a common one.
import { isCommonPassword, passwordProblem } from '@/lib/auth/password-policy';

describe('password policy', () => {
  it('accepts long, uncommon passwords and passphrases', () => {
    expect(passwordProblem('quatre mots bien choisis')).toBeNull();
    expect(passwordProblem('Xk9#mQ2!vL7@pR')).toBeNull();
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Court-2026!')).toMatch(/au moins 12\u00a0caractères/);
  });

  it.each(['123456789012', 'azertyuiop123', 'motdepasse2026', 'Motdepasse2026!', 'PASSWORD1234', 'aaaaaaaaaaaa', 'Azerty-Azerty', 'jauto-entreprends', '!!!!????1234'])(
    'refuses the common password %j',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
      expect(passwordProblem(password)).toMatch(/trop courant/);
    },
  );

  it('refuses the user’s own name dressed up with digits', () => {
    expect(isCommonPassword('Camille-Martin-1990', ['Camille Martin'])).toBe(true);
    expect(isCommonPassword('Camille-Martin-1990')).toBe(false);
  });
});
