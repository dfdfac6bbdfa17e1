// Times as people read them, from zoned parts the caller works out.

import { describe, expect, it } from 'vitest';
import {
  browserParts,
  readableTime,
  readableUtc,
  sortableDay,
  utcParts,
  zonedPartsFromText,
} from '../../src/core/times';

describe('a time as people read it', () => {
  it('is day, short month, year and the 24-hour clock: "3 Dec 2026, 19:13"', () => {
    expect(readableTime({ year: 2026, month: 12, day: 3, hour: 19, minute: 13 })).toBe('3 Dec 2026, 19:13');
    expect(readableTime({ year: 2027, month: 1, day: 31, hour: 0, minute: 5 })).toBe('31 Jan 2027, 00:05');
  });

  it('reads the parts Utilities.formatDate gives for "yyyy-MM-dd HH:mm", and nothing else', () => {
    expect(zonedPartsFromText('2026-07-03 20:13')).toEqual({
      year: 2026,
      month: 7,
      day: 3,
      hour: 20,
      minute: 13,
    });
    expect(zonedPartsFromText('2026-13-03 20:13')).toBeNull();
    expect(zonedPartsFromText('3 Jul 2026')).toBeNull();
  });

  it('says UTC when the zone is not known', () => {
    expect(readableUtc('2026-12-03T18:13:34.113Z')).toBe('3 Dec 2026, 18:13 UTC');
    expect(readableUtc('not a time')).toBe('');
  });

  it('gives a day that sorts, for file names', () => {
    expect(sortableDay(utcParts(new Date('2026-03-09T23:59:00Z')))).toBe('2026-03-09');
  });

  it('reads the browser’s own zone for the sidebar', () => {
    const date = new Date(2026, 5, 1, 9, 30);
    expect(readableTime(browserParts(date))).toBe('1 Jun 2026, 09:30');
  });
});
