// The sensitive-data guard of the inquiry form: real-format card numbers and IBANs are found, the
// ordinary numbers people write to an artisan (phones, SIRETs, prices, dates, postcodes) are not.
import { findSensitiveData, isCardNumber, isIbanValid, isLuhnValid } from '@/lib/inquiries/sensitive-data';

describe('findSensitiveData', () => {
  it.each([
    '4970 1012 3456 7893',
    '4111-1111-1111-1111',
    '5555 5555 5555 4444',
    '378282246310005',
    '2223 0031 2200 3222',
  ])('finds the card number %s, alone and inside a sentence', (card) => {
    expect(findSensitiveData(card)).toBe('card');
    expect(findSensitiveData(`Bonjour, voici ma carte : ${card}, merci de me débiter l’acompte.`)).toBe('card');
  });

  it('finds a card number written next to another number', () => {
    expect(findSensitiveData('Réf 12 4111 1111 1111 1111')).toBe('card');
    expect(findSensitiveData('Carte 4111 1111 1111 1111 exp 12 28')).toBe('card');
  });

  it.each(['FR76 3000 6000 0112 3456 7890 189', 'DE89 3704 0044 0532 0130 00', 'FR7630006000011234567890189'])(
    'finds the IBAN %s, in upper or lower case, inside a sentence',
    (iban) => {
      expect(findSensitiveData(iban)).toBe('iban');
      expect(findSensitiveData(`Mon IBAN : ${iban.toLowerCase()}. Merci !`)).toBe('iban');
    },
  );

  it.each([
    '06 12 34 56 78',
    '+33 6 12 34 56 78',
    '0612345678',
    'SIRET 732 829 320 00074',
    '73282932000074',
    // A SIRET beginning with 4 also has a valid Luhn key: 14 digits are never a card.
    '443 061 841 00047',
    'Le devis était de 45 €.',
    'Budget : 1500,00 € TTC',
    'Disponible le 12/03/2026 à 14 h',
    'J’habite au 12 rue des Clefs, 68000 Colmar.',
    'Appelez-moi au 06 12 34 56 78 ou au 03 89 12 34 56.',
    'Facture n° 2026-000123, commande 4567-89.',
  ])('lets the ordinary text « %s » through', (text) => {
    expect(findSensitiveData(text)).toBeNull();
  });
});

describe('the checks underneath', () => {
  it('computes the Luhn key', () => {
    expect(isLuhnValid('4970101234567893')).toBe(true);
    expect(isLuhnValid('4970101234567894')).toBe(false);
  });

  it('requires a card network prefix and length', () => {
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isLuhnValid('73282932000074')).toBe(true);
    expect(isCardNumber('73282932000074')).toBe(false);
    expect(isCardNumber('44306184100047')).toBe(false);
  });

  it('computes the IBAN mod-97 key', () => {
    expect(isIbanValid('FR7630006000011234567890189')).toBe(true);
    expect(isIbanValid('FR7630006000011234567890188')).toBe(false);
  });
});
