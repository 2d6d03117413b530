// Dates as French readers expect them: « 1er » for the first of the month, and never split across two
// lines (no-break spaces between day, month, year and time).
import { formatCalendarDate, formatDate, formatDateTime } from '@/lib/format/french';

describe('French dates', () => {
  it('write the first of the month « 1er », and other days as numbers', () => {
    expect(formatDate(new Date('2026-08-01T10:00:00Z'))).toBe('1er\u00a0août\u00a02026');
    expect(formatDate(new Date('2026-08-11T10:00:00Z'))).toBe('11\u00a0août\u00a02026');
    expect(formatCalendarDate(new Date('2026-07-01T00:00:00Z'))).toBe('1er\u00a0juillet\u00a02026');
  });

  it('read instants in Paris time, and add the time without letting the line break', () => {
    // 23:30 UTC on 31 July is already 1 August in Paris (UTC+2 in summer).
    expect(formatDate(new Date('2026-07-31T23:30:00Z'))).toBe('1er\u00a0août\u00a02026');
    expect(formatDateTime(new Date('2026-03-03T13:05:00Z'))).toBe('3\u00a0mars\u00a02026\u00a0à\u00a014:05');
  });
});
