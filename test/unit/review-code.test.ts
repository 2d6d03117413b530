// Review codes: 12 Crockford base32 characters in groups of 4, from 60 random bits, read back whatever
// the case, the dashes or the confusable letters, and stored as a hash with a 4-character hint.
import { CODE_ALPHABET, formatReviewCode, generateReviewCode, hashReviewCode, normalizeReviewCode, reviewCodeHint } from '@/lib/reviews/code';

describe('generateReviewCode', () => {
  it('gives ABCD-EFGH-JKMN codes from the Crockford alphabet only (no I, L, O, U)', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateReviewCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeReviewCode(code)).toBe(code);
    }
  });

  it('uses every symbol with about the same frequency and never repeats in 5 000 draws', () => {
    const counts = new Map<string, number>();
    const codes = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const code = generateReviewCode();
      codes.add(code);
      for (const char of code.replace(/-/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(codes.size).toBe(5000);
    expect(counts.size).toBe(CODE_ALPHABET.length);
    // 60 000 symbols over 32: 1 875 expected each; ±15 % is far beyond chance.
    for (const count of counts.values()) expect(Math.abs(count - 1875)).toBeLessThan(1875 * 0.15);
  });
});

describe('normalizeReviewCode', () => {
  it('ignores case, dashes and spaces, and reads I and L as 1 and O as 0', () => {
    expect(normalizeReviewCode(' abcd-efgh-jkmn ')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeReviewCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeReviewCode('abcd efgh – jkmn')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeReviewCode('DEMO-7K4P-2QX9')).toBe('DEM0-7K4P-2QX9');
    expect(normalizeReviewCode('il0o-LLII-oooo')).toBe('1100-1111-0000');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeReviewCode('')).toBeNull();
    expect(normalizeReviewCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normalizeReviewCode('ABCD-EFGH-JKMNP')).toBeNull();
    expect(normalizeReviewCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(normalizeReviewCode('<script>x</script>')).toBeNull();
  });
});

describe('storage form', () => {
  it('hashes the canonical form, so any way of typing a code finds the same row', () => {
    const code = generateReviewCode();
    expect(hashReviewCode(normalizeReviewCode(code.toLowerCase().replace(/-/g, ' '))!)).toBe(hashReviewCode(code));
    expect(hashReviewCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReviewCode(code)).not.toContain(code);
  });

  it('keeps the last group as the hint', () => {
    expect(reviewCodeHint('ABCD-EFGH-JKMN')).toBe('JKMN');
    expect(formatReviewCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });
});
