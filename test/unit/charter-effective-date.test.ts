// The charter's effective-date rules with fixed dates: a substantial change one calendar month after
// publication (Paris time), a harmless one at once, never before the previous version; which version
// is in force, pending, or accepted by someone interacting.
import {
  addParisCalendarMonths,
  charterForInteraction,
  charterInForce,
  effectiveDateFor,
  pendingChange,
} from '@/lib/privacy/effective-date';

const at = (iso: string) => new Date(iso);

describe('addParisCalendarMonths', () => {
  it('keeps the Paris wall-clock time across a DST change', () => {
    // 15 March 2027 10:00 in Paris (UTC+1) → 15 April 2027 10:00 in Paris (UTC+2).
    expect(addParisCalendarMonths(at('2027-03-15T09:00:00Z'), 1).toISOString()).toBe('2027-04-15T08:00:00.000Z');
    // 20 October 2026 10:00 (UTC+2) → 20 November 2026 10:00 (UTC+1).
    expect(addParisCalendarMonths(at('2026-10-20T08:00:00Z'), 1).toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });

  it('counts calendar months in Paris, not in UTC, and clamps to the month’s last day', () => {
    // 31 January 2027 00:30 in Paris is still 30 January in UTC: one month later is 28 February, Paris.
    expect(addParisCalendarMonths(at('2027-01-30T23:30:00Z'), 1).toISOString()).toBe('2027-02-27T23:30:00.000Z');
    expect(addParisCalendarMonths(at('2028-01-31T12:00:00Z'), 1).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(addParisCalendarMonths(at('2026-12-15T12:00:00Z'), 1).toISOString()).toBe('2027-01-15T12:00:00.000Z');
    expect(addParisCalendarMonths(at('2027-01-15T12:00:00Z'), -12).toISOString()).toBe('2026-01-15T12:00:00.000Z');
  });
});

describe('effectiveDateFor', () => {
  const published = at('2026-12-03T14:00:00Z');

  it('makes a substantial change effective one calendar month after publication', () => {
    expect(effectiveDateFor('SUBSTANTIAL', published).toISOString()).toBe('2027-01-03T14:00:00.000Z');
  });

  it('makes a harmless change effective at publication', () => {
    expect(effectiveDateFor('HARMLESS', published)).toEqual(published);
  });

  it('never makes a version effective before the one it follows', () => {
    const pendingSubstantial = at('2027-01-01T10:00:00Z');
    expect(effectiveDateFor('HARMLESS', published, pendingSubstantial)).toEqual(pendingSubstantial);
    expect(effectiveDateFor('HARMLESS', published, at('2026-01-01T00:00:00Z'))).toEqual(published);
  });
});

describe('which version applies', () => {
  const v1 = { version: 1, publishedAt: at('2026-01-01T00:00:00Z'), effectiveAt: at('2026-01-01T00:00:00Z') };
  const v2 = { version: 2, publishedAt: at('2026-12-03T14:00:00Z'), effectiveAt: at('2027-01-03T14:00:00Z') };
  const versions = [v2, v1];

  it('before the effective date: v1 in force, v2 pending, but v2 for a person who interacts', () => {
    const now = at('2026-12-20T12:00:00Z');
    expect(charterInForce(versions, now)).toBe(v1);
    expect(pendingChange(versions, now)).toBe(v2);
    expect(charterForInteraction(versions, now)).toBe(v2);
  });

  it('one millisecond before and at the effective date', () => {
    expect(charterInForce(versions, at('2027-01-03T13:59:59.999Z'))).toBe(v1);
    expect(charterInForce(versions, at('2027-01-03T14:00:00Z'))).toBe(v2);
    expect(pendingChange(versions, at('2027-01-03T14:00:00Z'))).toBeNull();
  });

  it('before publication, the new version does not exist for anyone', () => {
    const now = at('2026-12-03T13:59:59Z');
    expect(charterForInteraction(versions, now)).toBe(v1);
    expect(pendingChange(versions, now)).toBeNull();
  });

  it('a harmless version is in force for everyone at once', () => {
    const v3 = { version: 3, publishedAt: at('2027-02-01T09:00:00Z'), effectiveAt: at('2027-02-01T09:00:00Z') };
    const now = at('2027-02-01T09:00:00Z');
    expect(charterInForce([v3, v2, v1], now)).toBe(v3);
    expect(pendingChange([v3, v2, v1], now)).toBeNull();
  });
});
