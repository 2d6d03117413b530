// French phone numbers in every usual writing, stored in E.164.
import { formatFrenchPhone, normalizeFrenchPhone } from '@/lib/accounts/phone';

describe('normalizeFrenchPhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['01 42 68 53 00', '+33142685300'],
    ['09 70 80 90 00', '+33970809000'],
    ['0262 12 34 56', '+262262123456'],
    ['0692 12 34 56', '+262692123456'],
    ['+262 692 12 34 56', '+262692123456'],
    ['0696 12 34 56', '+596696123456'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeFrenchPhone(input)).toBe(expected);
  });

  it.each(['', '06 12 34 56', '06 12 34 56 78 9', '00 12 34 56 78', '+44 20 7946 0958', '06 12 AB 56 78', '+1 212 555 0100'])(
    'refuses %j',
    (input) => {
      expect(normalizeFrenchPhone(input)).toBeNull();
    },
  );
});

describe('formatFrenchPhone', () => {
  it('shows stored numbers in pairs with no-break spaces', () => {
    expect(formatFrenchPhone('+33612345678')).toBe('06\u00a012\u00a034\u00a056\u00a078');
    expect(formatFrenchPhone('+262692123456')).toBe('06\u00a092\u00a012\u00a034\u00a056');
  });
});
