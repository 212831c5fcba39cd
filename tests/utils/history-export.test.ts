import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDay, goalStreak, type DayStats, type History } from '@/utils/history';
import {
  CSV_HEADER,
  exportFileName,
  historyCsv,
  historyJson,
  lastDayKeys,
} from '@/utils/history-export';
import { MINUTE, localDayKey, shiftDayKey } from '@/utils/time';

const day = (stats: Partial<DayStats>): DayStats => ({ ...emptyDay(), ...stats });

/** A history where each listed day took that many breaks. */
const breaks = (counts: Record<string, number>): History =>
  Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, day({ breaksTaken: n })]));

describe('shiftDayKey', () => {
  it.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-12-31', 1, '2026-01-01'],
    // The Sunday clocks go forward in Berlin (the test zone) is an ordinary day here.
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-10-26', -2, '2026-10-24'],
    ['2026-11-25', 0, '2026-11-25'],
    // Years 0 to 99 are years 0 to 99, not 1900 to 1999.
    ['0050-06-15', 1, '0050-06-16'],
    ['0099-12-31', 1, '0100-01-01'],
    ['0100-01-01', -1, '0099-12-31'],
    ['0004-03-01', -1, '0004-02-29'],
    ['0000-03-01', -1, '0000-02-29'],
    ['0001-01-01', -1, '0000-12-31'],
    ['9999-12-31', -365, '9998-12-31'],
  ])('%s shifted by %i is %s', (key, offset, expected) => {
    expect(shiftDayKey(key, offset)).toBe(expected);
  });

  it('rejects what is not a day key', () => {
    expect(() => shiftDayKey('2026-1-1', 1)).toThrow(/day key/);
  });

  it('agrees with the local calendar and undoes itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.integer({ min: -800, max: 800 }),
        (at, offset) => {
          const key = localDayKey(at);
          const shifted = shiftDayKey(key, offset);
          expect(shiftDayKey(shifted, -offset)).toBe(key);
          // Local noon of the key's day, moved by whole calendar days.
          const [y, m, d] = key.split('-').map(Number) as [number, number, number];
          expect(shifted).toBe(localDayKey(new Date(y, m - 1, d + offset, 12).getTime()));
        },
      ),
    );
  });
});

describe('lastDayKeys', () => {
  it('gives the days ending today, oldest first', () => {
    expect(lastDayKeys('2026-03-02', 4)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it.each([7, 30])('gives %i distinct consecutive days', (n) => {
    const keys = lastDayKeys('2026-01-03', n);
    expect(keys).toHaveLength(n);
    expect(new Set(keys).size).toBe(n);
    expect(keys.at(-1)).toBe('2026-01-03');
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('goalStreak', () => {
  const today = '2026-11-25';

  it.each<[string, Record<string, number>, number]>([
    ['no history', {}, 0],
    ['today met, days before too', { '2026-11-23': 6, '2026-11-24': 7, '2026-11-25': 6 }, 3],
    ['today not met yet: counts up to yesterday', { '2026-11-24': 6, '2026-11-25': 2 }, 1],
    ['today not recorded yet', { '2026-11-23': 6, '2026-11-24': 9 }, 2],
    ['a missed day breaks the run', { '2026-11-22': 6, '2026-11-23': 5, '2026-11-24': 6 }, 1],
    ['a gap in the history breaks the run', { '2026-11-22': 6, '2026-11-24': 6 }, 1],
    ['yesterday missed, today met', { '2026-11-23': 6, '2026-11-25': 6 }, 1],
    ['neither today nor yesterday', { '2026-11-23': 8 }, 0],
    ['old days only', { '2026-10-31': 6, '2026-11-01': 6, '2026-11-02': 6 }, 0],
  ])('%s', (_, counts, expected) => {
    expect(goalStreak(breaks(counts), 6, today)).toBe(expected);
  });

  it('follows the calendar across a month and year end', () => {
    const counts = { '2025-12-30': 3, '2025-12-31': 3, '2026-01-01': 3, '2026-01-02': 3 };
    expect(goalStreak(breaks(counts), 3, '2026-01-02')).toBe(4);
  });

  it('ends even with a goal every day meets', () => {
    expect(goalStreak(breaks({ '2026-11-24': 0, '2026-11-25': 0 }), 0, today)).toBe(2);
  });

  it('never exceeds the number of recorded days, and met days extend it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (counts, goal) => {
          // counts[i] is the day i days before today.
          const history: History = {};
          counts.forEach((n, i) => (history[shiftDayKey(today, -i)] = day({ breaksTaken: n })));
          const streak = goalStreak(history, goal, today);
          const metFrom = (start: number) => {
            let n = 0;
            while ((counts[start + n] ?? -1) >= goal) n += 1;
            return n;
          };
          expect(streak).toBe((counts[0] ?? 0) >= goal ? metFrom(0) : metFrom(1));
          expect(streak).toBeLessThanOrEqual(counts.length);
        },
      ),
    );
  });
});

describe('export', () => {
  const history: History = {
    '2026-11-25': day({
      breaksTaken: 2,
      naturalBreaks: 1,
      snoozes: 3,
      skips: 0,
      nudges: 4,
      sittingMs: 95 * MINUTE + 59_000,
      longestStreakMs: 41 * MINUTE,
    }),
    '2026-11-24': day({ breaksTaken: 6, sittingMs: 300 * MINUTE, longestStreakMs: 50 * MINUTE }),
  };

  it('writes CSV oldest first with a header and whole minutes', () => {
    expect(historyCsv(history)).toBe(
      [
        'date,breaks_taken,natural_breaks,snoozes,skips,nudges,sitting_minutes,longest_streak_minutes',
        '2026-11-24,6,0,0,0,0,300,50',
        '2026-11-25,2,1,3,0,4,95,41',
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header for an empty history', () => {
    expect(historyCsv({})).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });

  it('gives every CSV row as many cells as the header', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc
            .date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
            .map((d) => localDayKey(d.getTime())),
          fc.record({
            breaksTaken: fc.nat(50),
            naturalBreaks: fc.nat(50),
            snoozes: fc.nat(50),
            skips: fc.nat(50),
            nudges: fc.nat(50),
            sittingMs: fc.nat(86_400_000),
            longestStreakMs: fc.nat(86_400_000),
          }),
        ),
        (h) => {
          const lines = historyCsv(h).split('\r\n');
          expect(lines.pop()).toBe('');
          expect(lines).toHaveLength(Object.keys(h).length + 1);
          for (const line of lines) expect(line.split(',')).toHaveLength(CSV_HEADER.length);
        },
      ),
    );
  });

  it('writes JSON with every counter as stored, days in order', () => {
    const parsed = JSON.parse(historyJson(history)) as {
      format: string;
      version: number;
      days: History;
    };
    expect(parsed.format).toBe('posture-break-history');
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.days)).toEqual(['2026-11-24', '2026-11-25']);
    expect(parsed.days).toEqual(history);
    expect(historyJson(history).endsWith('}\n')).toBe(true);
  });

  it('leaves out keys that are not days', () => {
    const odd = { ...history, junk: day({ breaksTaken: 1 }) };
    expect(historyCsv(odd)).toBe(historyCsv(history));
    expect(historyJson(odd)).toBe(historyJson(history));
  });

  it('names the files after the day', () => {
    expect(exportFileName('csv', '2026-11-25')).toBe('posture-break-history-2026-11-25.csv');
    expect(exportFileName('json', '2026-11-25')).toBe('posture-break-history-2026-11-25.json');
  });
});
