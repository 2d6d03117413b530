// Review codes: 12 characters of Crockford base32 (60 random bits), shown as ABCD-EFGH-JKMN, easy to
// type and to read aloud. Input is forgiving (case, dashes, spaces, I/L → 1, O → 0) and only the
// SHA-256 of the canonical form is stored, with the last 4 characters as a non-secret hint.
import { createHash, randomBytes } from 'node:crypto';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
const GROUP = 4;
export const CODE_VALIDITY_DAYS = 90;
export const CODE_VALIDITY_MS = CODE_VALIDITY_DAYS * 24 * 60 * 60 * 1000;

/** A fresh code in its canonical form « ABCD-EFGH-JKMN ». */
export function generateReviewCode(): string {
  // 8 random bytes = 64 bits; 12 symbols of 5 bits take 60 of them, so each symbol is uniform.
  let bits = randomBytes(8).readBigUInt64BE();
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    raw += CODE_ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return formatReviewCode(raw);
}

/** « ABCDEFGHJKMN » → « ABCD-EFGH-JKMN ». */
export function formatReviewCode(raw: string): string {
  return raw.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? raw;
}

/**
 * What a person typed → the canonical form, or null when it cannot be a code. Crockford's decoding
 * rules: case-insensitive, I and L read as 1, O as 0; dashes and spaces are ignored.
 */
export function normalizeReviewCode(input: string): string | null {
  const raw = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (raw.length !== CODE_LENGTH) return null;
  for (const char of raw) if (!CODE_ALPHABET.includes(char)) return null;
  return formatReviewCode(raw);
}

/** What the database keeps: 60 random bits are out of reach of brute force through a rate-limited form. */
export function hashReviewCode(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}

/** The last group's 4 characters, for the advertiser's list (« …JKMN »): 20 bits, useless alone. */
export function reviewCodeHint(canonical: string): string {
  return canonical.slice(-GROUP);
}
