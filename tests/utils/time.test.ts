import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  atLocalMinute,
  isDayKey,
  localDayKey,
  localMidnight,
  nextLocalMidnight,
  shiftDayKey,
  splitByLocalDay,
} from '@/utils/time';

/** A moment at local wall time in any year (the Date constructor would map 0–99 to 19xx). */
function local(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  d.setHours(hours, minutes, 0, 0);
  return d.getTime();
}

describe('local calendar in every year (tests run in Europe/Berlin)', () => {
  it.each([
    [local(5, 3, 1, 10), '0005-03-01'],
    [local(99, 12, 31, 23, 59), '0099-12-31'],
    [local(100, 1, 1), '0100-01-01'],
    [local(2026, 11, 25, 15), '2026-11-25'],
  ])('localDayKey(%i) is %s, four-digit year', (at, key) => {
    expect(localDayKey(at)).toBe(key);
    expect(isDayKey(key)).toBe(true);
  });

  it.each([5, 42, 99, 100, 1969, 2026, 9999])('midnights in the year %i stay in that year', (y) => {
    const noon = local(y, 6, 15, 12);
    expect(localDayKey(localMidnight(noon))).toBe(`${String(y).padStart(4, '0')}-06-15`);
    expect(localDayKey(nextLocalMidnight(noon))).toBe(`${String(y).padStart(4, '0')}-06-16`);
    expect(nextLocalMidnight(noon) - localMidnight(noon)).toBeGreaterThanOrEqual(23 * HOUR);
    expect(nextLocalMidnight(noon) - localMidnight(noon)).toBeLessThanOrEqual(25 * HOUR);
    expect(localDayKey(atLocalMinute(noon, 9 * 60 + 30))).toBe(localDayKey(noon));
    expect(new Date(atLocalMinute(noon, 9 * 60 + 30)).getHours()).toBe(9);
  });

  it('a day split at midnight in year 50 gives year-50 days', () => {
    const from = local(50, 1, 1, 22);
    expect(splitByLocalDay(from, from + 4 * HOUR).map(([k]) => k)).toEqual([
      '0050-01-01',
      '0050-01-02',
    ]);
  });

  it('any moment from year 3 to 9996: midnights bracket it, and its key shifts like the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: local(3, 1, 1), max: local(9997, 1, 1) }),
        fc.integer({ min: -800, max: 800 }),
        (at, offset) => {
          const start = localMidnight(at);
          const next = nextLocalMidnight(at);
          expect(start).toBeLessThanOrEqual(at);
          expect(next).toBeGreaterThan(at);
          expect(next - start).toBeLessThanOrEqual(DAY + HOUR);
          expect(localDayKey(next)).toBe(shiftDayKey(localDayKey(at), 1));
          const key = localDayKey(at);
          expect(isDayKey(key)).toBe(true);
          const shifted = shiftDayKey(key, offset);
          expect(shiftDayKey(shifted, -offset)).toBe(key);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isDayKey: only dates that exist', () => {
  it.each([
    ['2026-11-25', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['9999-99-99', false],
    ['2026-1-1', false],
    [' 2026-11-25', false],
    ['+002026-11-25', false],
  ])('%s: %s', (key, ok) => {
    expect(isDayKey(key)).toBe(ok);
  });
});
