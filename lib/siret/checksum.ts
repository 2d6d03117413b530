// SIRET syntax checks: 14 digits whose Luhn key is right, and whose SIREN (first 9 digits) has a right
// Luhn key too. La Poste (SIREN 356000000) has more establishments than Luhn keys allow: apart from its
// head office, INSEE gives its SIRETs a digit sum that is a multiple of 5 instead.
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Removes the spaces, dots and dashes people type in « 123 456 789 00012 ». */
export function normalizeSiret(input: string): string {
  return input.replace(/[\s.\-\u00a0\u202f]/g, '');
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

const isLuhnValid = (digits: string) => luhnSum(digits) % 10 === 0;

function digitSum(digits: string): number {
  let sum = 0;
  for (const char of digits) sum += char.charCodeAt(0) - 48;
  return sum;
}

export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && isLuhnValid(siren);
}

/** Expects a normalized SIRET (see normalizeSiret). */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret) || !isValidSiren(siret.slice(0, 9))) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) {
    return digitSum(siret) % 5 === 0;
  }
  return isLuhnValid(siret);
}

/** The one digit that, appended to the 13 or 8 first digits, gives a valid number. */
function completeWithKey(prefix: string, isValid: (candidate: string) => boolean): string {
  for (let key = 0; key <= 9; key++) {
    if (isValid(prefix + key)) return prefix + key;
  }
  throw new Error(`No valid key for ${prefix}`);
}

const SIREN_BODIES = 90_000_000;
// Coprime with SIREN_BODIES (2^7·3^2·5^7): the mapping seed → SIREN is one-to-one, so distinct seeds
// below SIREN_BODIES give distinct SIRETs, while consecutive seeds do not look consecutive.
const SPREAD = 7_919;

/** A valid SIRET derived from a non-negative integer seed: demo data and test fixtures only. */
export function generateValidSiret(seed: number): string {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('The seed must be a non-negative integer');
  const body = String(10_000_000 + ((seed * SPREAD + 4_242_424) % SIREN_BODIES));
  const siren = completeWithKey(body, isValidSiren);
  const nic = String(1 + (seed % 97)).padStart(4, '0');
  return completeWithKey(siren + nic, isValidSiret);
}
