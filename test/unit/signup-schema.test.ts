// What the sign-up form says about each wrong SIRET, and what it stores for a right one.
import { siretField, siretProblem, signUpSchema } from '@/lib/accounts/schema';

describe('SIRET messages', () => {
  it('accepts spaces and dots and stores 14 digits', () => {
    expect(siretField.parse('732 829 320 00074')).toBe('73282932000074');
    expect(siretField.parse('732.829.320.00074')).toBe('73282932000074');
    expect(siretField.parse('356 000 000 49837')).toBe('35600000049837');
  });

  it.each([
    ['', /Indiquez votre numéro SIRET/],
    ['7328293200007A', /ne contient que des chiffres/],
    ['732 829 320 0007', /14\u00a0chiffres\u00a0: vous en avez saisi 13/],
    ['732 829 320 000745', /vous en avez saisi 15/],
    ['732 829 320 00075', /clé de contrôle est fausse/],
    ['356 000 000 49838', /clé de contrôle est fausse/],
  ])('%j', (input, message) => {
    expect(siretProblem(input)).toMatch(message);
  });
});

describe('sign-up form', () => {
  const valid = {
    fullName: 'Camille Martin',
    addressLine: '3 rue des Clefs',
    postalCode: '68000',
    city: 'Colmar',
    phone: '+33 6 12 34 56 78',
    siret: '732 829 320 00074',
    email: 'Camille@Exemple.fr',
    password: 'quatre mots bien choisis',
    acceptTerms: 'on',
  };

  it('normalises what it stores', () => {
    expect(signUpSchema.parse(valid)).toMatchObject({ siret: '73282932000074', phone: '+33612345678', email: 'camille@exemple.fr' });
  });

  it('requires the terms and charter, and leaves partner offers unticked by default', () => {
    const result = signUpSchema.safeParse({ ...valid, acceptTerms: undefined });
    expect(result.success).toBe(false);
    expect(signUpSchema.parse(valid).partnerOffers).toBeUndefined();
  });

  it('refuses a password made of the name', () => {
    const result = signUpSchema.safeParse({ ...valid, password: 'camille-martin-1990' });
    expect(result.success).toBe(false);
  });

  it('refuses a postcode that is not 5 digits', () => {
    expect(signUpSchema.safeParse({ ...valid, postalCode: '6800' }).success).toBe(false);
  });
});
