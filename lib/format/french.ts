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

/** « 3 mars 2025 » for an instant (timestamp). */
export function formatDate(date: Date): string {
  return dateFormatter.format(date);
}

/** « 3 mars 2025 » for a calendar date (@db.Date). */
export function formatCalendarDate(date: Date): string {
  return calendarDateFormatter.format(date);
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

/** French typography for display: no-break spaces before « : ; ! ? » and inside guillemets. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
