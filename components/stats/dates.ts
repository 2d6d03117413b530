// French labels for the statistics' calendar days (midnight UTC values: formatted in UTC).

const shortFormatter = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longFormatter = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « 3 nov. », under the chart's axis. */
export function shortDay(day: Date): string {
  return shortFormatter.format(day);
}

/** « lundi 3 novembre 2026 », in the data tables. */
export function longDay(day: Date): string {
  return longFormatter.format(day);
}
