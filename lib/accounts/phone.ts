// French phone numbers as people write them (« 06 12 34 56 78 », « +33 6 12… », « 0033 (0)6… »),
// stored in E.164 and shown back in the usual pairs of digits.

/** Overseas departments have their own country codes: national prefix → E.164 prefix. */
const OVERSEAS_PREFIXES: Record<string, string> = {
  '0262': '+262', '0263': '+262', '0692': '+262', '0693': '+262', // La Réunion
  '0269': '+262', '0639': '+262', // Mayotte
  '0590': '+590', '0690': '+590', '0691': '+590', // Guadeloupe, Saint-Martin, Saint-Barthélemy
  '0594': '+594', '0694': '+594', // Guyane
  '0596': '+596', '0696': '+596', '0697': '+596', // Martinique
  '0508': '+508', // Saint-Pierre-et-Miquelon
};

const OVERSEAS_CODES = new Set(Object.values(OVERSEAS_PREFIXES).map((code) => code.slice(1)));

/** Ten-digit national form « 0X XX XX XX XX », or null when it is not a French number. */
function toNational(input: string): string | null {
  let digits = input.trim().replace(/[\s.\-/()\u00a0\u202f]/g, '');
  // « +33 (0)6… » leaves « +3306… » once the brackets are gone.
  if (digits.startsWith('+')) digits = `00${digits.slice(1)}`;
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('00')) {
    const international = digits.slice(2);
    const code = ['33', ...OVERSEAS_CODES].find((candidate) => international.startsWith(candidate));
    if (!code) return null;
    let rest = international.slice(code.length);
    if (rest.startsWith('0')) rest = rest.slice(1);
    // Overseas numbers repeat their code in the national number (+262 262…, +590 690…).
    digits = `0${rest}`;
  }
  return /^0[1-9]\d{8}$/.test(digits) ? digits : null;
}

/** « 06 12 34 56 78 » → « +33612345678 »; null when the number is not a valid French one. */
export function normalizeFrenchPhone(input: string): string | null {
  const national = toNational(input);
  if (!national) return null;
  const overseas = OVERSEAS_PREFIXES[national.slice(0, 4)];
  return `${overseas ?? '+33'}${national.slice(1)}`;
}

/** « +33612345678 » → « 06 12 34 56 78 »; other numbers are returned as stored. */
export function formatFrenchPhone(e164: string): string {
  const match = /^\+(33|262|590|594|596|508)(\d{9})$/.exec(e164);
  if (!match) return e164;
  return `0${match[2]}`.replace(/(\d{2})(?=\d)/g, '$1\u00a0');
}
