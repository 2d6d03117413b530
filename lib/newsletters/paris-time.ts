// Dates typed in the composer are Paris wall-clock times (datetime-local fields carry no zone).

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** « 2026-12-01T09:30 » as the wall clock of Paris at `date`. */
export function toParisLocalInput(date: Date): string {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant at which Paris clocks show `local` (« 2026-12-01T09:30 »); null if it is not a date. */
export function fromParisLocalInput(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // Paris is UTC+1 or UTC+2: try both offsets and keep the one whose Paris clock matches.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (toParisLocalInput(candidate) === local) return candidate;
  }
  return null;
}

/** The schedule field's starting value: this time tomorrow. */
export function tomorrowInParis(now: Date = new Date()): string {
  return toParisLocalInput(new Date(now.getTime() + 24 * 3_600_000));
}

/** A scheduled time that has come. */
export function isDue(scheduledAt: Date | null, now: Date = new Date()): boolean {
  return scheduledAt !== null && scheduledAt <= now;
}
