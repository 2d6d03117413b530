// « 1 décembre 2026 à 09:30 », in Paris time, for the composer's messages and pages.
const formatter = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export function formatDateTimeParis(date: Date): string {
  return formatter.format(date);
}
