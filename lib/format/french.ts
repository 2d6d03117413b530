// French formatting helpers: dates, counts with agreement, department labels.

const dateFormatter = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/** Calendar dates stored as @db.Date come back at midnight UTC: format them in UTC. */
const calendarDateFormatter = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const monthFormatter = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * French usage that Intl leaves out: the first of the month is « 1er », and a date never breaks across
 * lines, so its parts are joined by no-break spaces.
 */
function frenchDate(formatter: Intl.DateTimeFormat, date: Date): string {
  return formatter
    .formatToParts(date)
    .map((part) => {
      if (part.type === 'day' && part.value === '1') return '1er';
      return part.type === 'literal' ? part.value.replace(/ /g, '\u00a0') : part.value;
    })
    .join('');
}

/** « 3 mars 2025 », « 1er mars 2025 » for an instant (timestamp). */
export function formatDate(date: Date): string {
  return frenchDate(dateFormatter, date);
}

/** « 3 mars 2025 » for a calendar date (@db.Date). */
export function formatCalendarDate(date: Date): string {
  return frenchDate(calendarDateFormatter, date);
}

/** « mars 2025 » for a calendar date. */
export function formatMonth(date: Date): string {
  return monthFormatter.format(date);
}

/** « 12 345 » with the French narrow no-break space. */
export function formatNumber(value: number): string {
  return value.toLocaleString('fr-FR');
}

/** French agreement: 0 and 1 are singular. « 0 annonce », « 1 annonce », « 12 annonces ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)}\u00a0${Math.abs(count) < 2 ? singular : pluralForm}`;
}

/** « Colmar (68) » */
export function placeLabel(communeName: string, departmentCode: string): string {
  return `${communeName}\u00a0(${departmentCode})`;
}

/**
 * French typography for display: no-break spaces before « : ; ! ? » and inside guillemets, and before
 * a dash, so that no line starts with « — ».
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»—])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** « 12345678900012 » → « 123 456 789 00012 » (SIREN in threes, then the establishment number), with
 * no-break spaces so the number never splits across lines. */
export function formatSiret(siret: string): string {
  return siret.trim().replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1\u00a0$2\u00a0$3\u00a0$4');
}

const dateTimeFormatter = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** « 3 mars 2025 à 14:05 », in Paris time whatever the server's zone. */
export function formatDateTime(date: Date): string {
  return frenchDate(dateTimeFormatter, date);
}
