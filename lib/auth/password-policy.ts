// What a new password must be: at least 12 characters and not one of the passwords attackers try
// first (a list of frequent long passwords, plus a common word padded with digits and symbols).
import { COMMON_PASSWORDS, COMMON_PASSWORD_WORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

function fold(password: string): string {
  return password.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** True when the password is on the common list or is a common word dressed up with digits/symbols. */
export function isCommonPassword(password: string, personalWords: string[] = []): boolean {
  const folded = fold(password);
  if (COMMON_PASSWORDS.has(folded)) return true;
  // One character repeated, or a keyboard/number run: « aaaaaaaaaaaa », « 123456789012 ».
  if (/^(.)\1+$/.test(folded)) return true;
  const core = folded.replace(/[^a-z]/g, '');
  if (core.length === 0) return true;
  const words = [
    ...COMMON_PASSWORD_WORDS,
    ...personalWords.map((word) => fold(word).replace(/[^a-z]/g, '')).filter((word) => word.length >= 4),
  ];
  // « Motdepasse2026! », « azertyuiop1234 », « Camille-Martin-1990 » (when the name is given).
  return words.some((word) => core === word || core === word.repeat(2));
}

/** The French message for a refused password, or null when it is acceptable. */
export function passwordProblem(password: string, personalWords: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH}\u00a0caractères.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH}\u00a0caractères.`;
  }
  if (isCommonPassword(password, personalWords)) {
    return 'Ce mot de passe est trop courant et serait deviné en quelques secondes. Choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  return null;
}

export const PASSWORD_HINT = `Au moins ${PASSWORD_MIN_LENGTH}\u00a0caractères. Une phrase de quatre mots ou plus est facile à retenir et difficile à deviner.`;
