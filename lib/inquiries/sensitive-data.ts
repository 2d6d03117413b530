// Finds payment card numbers and IBANs in a visitor's message, so the server can refuse it: the charter
// tells visitors never to send card or bank details, and an inquiry is stored for 12 months.
//
// Cards: 13 to 19 digits in groups separated by one space or dash, with a valid Luhn key AND a prefix
// and length that a card network actually issues. The prefix rule is what lets ordinary numbers
// through: a SIRET is 14 digits with a Luhn key too (so is a SIREN at 9), and many long numbers pass
// Luhn by chance (one in ten). 14-digit numbers are never treated as cards: that is the SIRET length,
// and the only 14-digit cards (old Diners Club) are no longer issued.
// IBANs: two letters, two check digits and up to 30 letters or digits, with a valid mod-97 key.

export type SensitiveData = 'card' | 'iban';

type CardNetwork = { prefixes: [from: number, to: number][]; lengths: number[] };

/** Issuer ranges (first digits) and the lengths each network issues, 14 left out (see above). */
const CARD_NETWORKS: CardNetwork[] = [
  { prefixes: [[4, 4]], lengths: [13, 16, 19] }, // Visa (and CB co-badged cards)
  { prefixes: [[51, 55], [2221, 2720]], lengths: [16] }, // Mastercard
  { prefixes: [[34, 34], [37, 37]], lengths: [15] }, // American Express
  { prefixes: [[6011, 6011], [644, 649], [65, 65]], lengths: [16, 17, 18, 19] }, // Discover
  { prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] }, // JCB
  { prefixes: [[62, 62]], lengths: [16, 17, 18, 19] }, // UnionPay
  { prefixes: [[50, 50], [56, 69]], lengths: [16, 17, 18, 19] }, // Maestro
  { prefixes: [[36, 36], [38, 39], [300, 305]], lengths: [16, 17, 18, 19] }, // Diners Club
  { prefixes: [[2200, 2204]], lengths: [16, 17, 18, 19] }, // Mir
];

function hasCardPrefix(digits: string): boolean {
  return CARD_NETWORKS.some(
    ({ prefixes, lengths }) =>
      lengths.includes(digits.length) &&
      prefixes.some(([from, to]) => {
        const head = Number(digits.slice(0, String(from).length));
        return head >= from && head <= to;
      }),
  );
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isCardNumber(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && hasCardPrefix(digits) && isLuhnValid(digits);
}

/** Runs of digit groups joined by one space (incl. no-break spaces) or dash: « 4111-1111 1111 1111 ». */
const DIGIT_RUN = /\d+(?:[ \u00a0\u202f-]\d+)*/g;

function containsCardNumber(text: string): boolean {
  for (const [run] of text.matchAll(DIGIT_RUN)) {
    const groups = run.split(/[ \u00a0\u202f-]/);
    // Every stretch of whole groups, so that a card number next to another number is still found.
    for (let start = 0; start < groups.length; start += 1) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length < 19; end += 1) {
        digits += groups[end];
        if (isCardNumber(digits)) return true;
      }
    }
  }
  return false;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, remainder 1 mod 97. */
export function isIbanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = character >= 'A' ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function containsIban(text: string): boolean {
  const tokens = text.toUpperCase().split(/[^A-Z0-9]+/);
  for (let start = 0; start < tokens.length; start += 1) {
    if (!/^[A-Z]{2}\d{2}/.test(tokens[start])) continue;
    // People write IBANs in groups of four: join the following words until one makes a valid IBAN.
    let candidate = '';
    for (let end = start; end < tokens.length && candidate.length < 34; end += 1) {
      candidate += tokens[end];
      if (isIbanValid(candidate)) return true;
    }
  }
  return false;
}

/** The kind of banking detail found in the text, or null. */
export function findSensitiveData(text: string): SensitiveData | null {
  if (containsCardNumber(text)) return 'card';
  if (containsIban(text)) return 'iban';
  return null;
}

export const SENSITIVE_DATA_MESSAGES: Record<SensitiveData, string> = {
  card: 'Votre message semble contenir un numéro de carte bancaire. Pour votre sécurité, retirez-le\u00a0: ne transmettez jamais vos coordonnées bancaires par ce formulaire.',
  iban: 'Votre message semble contenir un IBAN. Pour votre sécurité, retirez-le\u00a0: ne transmettez jamais vos coordonnées bancaires par ce formulaire.',
};
