// When a charter version takes effect, by the charter's own rules (« Modification de la présente
// Charte »): a substantial change one calendar month after it is put online (Europe/Paris), at once for
// a person who sends an inquiry or uses another interactive service after that; a harmless change at
// publication. Pure functions of fixed dates, shared by the queries, the actions and the tests.

export type ChangeKind = 'SUBSTANTIAL' | 'HARMLESS';

export type VersionDates = { version: number; publishedAt: Date; effectiveAt: Date };

const TIME_ZONE = 'Europe/Paris';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function parisParts(date: Date): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as LocalParts;
}

/** Paris wall-clock time minus UTC, in milliseconds, at that instant (+1 h in winter, +2 h in summer). */
function parisOffsetMs(date: Date): number {
  const p = parisParts(date);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(date.getTime() / 1000) * 1000;
}

function fromParisWallClock(p: LocalParts, ms: number): Date {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  // Twice: the offset of the first guess may differ from the offset at the answer around a DST change.
  const first = wall - parisOffsetMs(new Date(wall));
  return new Date(wall - parisOffsetMs(new Date(first)));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same Paris wall-clock time `months` calendar months later (or earlier when negative); the day is
 * clamped to the target month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addParisCalendarMonths(date: Date, months: number): Date {
  const p = parisParts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(p.day, daysInMonth(year, month));
  return fromParisWallClock({ ...p, year, month, day }, date.getTime() % 1000);
}

/**
 * The date a version published at `publishedAt` takes effect for everyone. Never before the previous
 * version's: a harmless fix published during a substantial change's month carries that change too.
 */
export function effectiveDateFor(kind: ChangeKind, publishedAt: Date, previousEffectiveAt?: Date | null): Date {
  const own = kind === 'SUBSTANTIAL' ? addParisCalendarMonths(publishedAt, 1) : publishedAt;
  return previousEffectiveAt && previousEffectiveAt > own ? previousEffectiveAt : own;
}

function latest<T extends VersionDates>(versions: readonly T[], keep: (version: T) => boolean): T | null {
  let best: T | null = null;
  for (const version of versions) if (keep(version) && (!best || version.version > best.version)) best = version;
  return best;
}

/** The version that governs everyone at `now`: the latest one already effective. */
export function charterInForce<T extends VersionDates>(versions: readonly T[], now: Date): T | null {
  return latest(versions, (version) => version.effectiveAt <= now);
}

/** A version put online but not yet in force for everyone (the home page announces it), if any. */
export function pendingChange<T extends VersionDates>(versions: readonly T[], now: Date): T | null {
  return latest(versions, (version) => version.publishedAt <= now && version.effectiveAt > now);
}

/**
 * The version accepted by someone who interacts at `now` (inquiry, review, sign-up…): the latest
 * published one, in force for them at once even while it is pending for everyone else.
 */
export function charterForInteraction<T extends VersionDates>(versions: readonly T[], now: Date): T | null {
  return latest(versions, (version) => version.publishedAt <= now);
}
