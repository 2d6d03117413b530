import { generateValidSiret, isValidSiren, isValidSiret, normalizeSiret } from '@/lib/siret/checksum';

describe('normalizeSiret', () => {
  it('strips spaces, dots and dashes', () => {
    expect(normalizeSiret(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(normalizeSiret('732.829.320.00074')).toBe('73282932000074');
    expect(normalizeSiret('732\u00a0829\u202f320-00074')).toBe('73282932000074');
  });
});

describe('isValidSiret', () => {
  it.each([
    '73282932000074', // a real establishment
    '55210055400013',
    '35600000000048', // La Poste head office: ordinary Luhn key
  ])('accepts %s', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it('rejects a wrong key', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('55210055400012')).toBe(false);
  });

  it('rejects a SIRET whose SIREN key is wrong even when the 14-digit key is right', () => {
    // 12345678100004 passes Luhn over its 14 digits, but 123456781 is not a valid SIREN.
    expect(isValidSiren('123456781')).toBe(false);
    expect(isValidSiret('12345678100004')).toBe(false);
  });

  it.each(['7328293200007', '732829320000744', '', '1'])('rejects the wrong length %p', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });

  it.each(['7328293200007A', 'ABCDEFGHIJKLMN', '732 829 320 00074', '7328293200007.'])(
    'rejects non-digits in %p',
    (siret) => {
      expect(isValidSiret(siret)).toBe(false);
    },
  );

  describe('La Poste (SIREN 356000000)', () => {
    it.each(['35600000049837', '35600000052135', '35600000000010'])(
      'accepts establishment %s whose digit sum is a multiple of 5',
      (siret) => {
        expect(isValidSiret(siret)).toBe(true);
      },
    );

    it('rejects an establishment whose digit sum is not a multiple of 5', () => {
      expect(isValidSiret('35600000049838')).toBe(false);
      expect(isValidSiret('35600000000049')).toBe(false);
    });
  });
});

describe('generateValidSiret', () => {
  it('is deterministic', () => {
    expect(generateValidSiret(42)).toBe(generateValidSiret(42));
  });

  it('gives valid and distinct SIRETs', () => {
    const sirets = Array.from({ length: 20_000 }, (_, seed) => generateValidSiret(seed));
    expect(sirets.every(isValidSiret)).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
  });

  it('refuses a negative or fractional seed', () => {
    expect(() => generateValidSiret(-1)).toThrow();
    expect(() => generateValidSiret(1.5)).toThrow();
  });
});
