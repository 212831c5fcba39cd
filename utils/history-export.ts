/**
 * The daily history as files to take away (CSV for a spreadsheet, JSON with
 * every counter as stored), the run of days ending now, and the goal streak.
 * Pure: "today" comes in as a day key, so nothing here reads the clock, and
 * day arithmetic is calendar arithmetic on the keys (no time zone involved).
 */
import { emptyDay, type DayStats, type History } from './history';
import { isDayKey, shiftDayKey, wholeMinutes } from './time';

/** The `count` day keys that end with `todayKey`, oldest first. */
export function lastDayKeys(todayKey: string, count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftDayKey(todayKey, i - count + 1));
}

const COUNTERS = Object.keys(emptyDay()) as (keyof DayStats)[];

/** Days in date order, each with its counters in one fixed order. */
function sortedDays(history: History): [string, DayStats][] {
  return Object.keys(history)
    .filter(isDayKey)
    .sort()
    .map((key) => {
      const stored = history[key] ?? emptyDay();
      const day = emptyDay();
      for (const c of COUNTERS) day[c] = stored[c];
      return [key, day];
    });
}

export const CSV_HEADER = [
  'date',
  'breaks_taken',
  'natural_breaks',
  'snoozes',
  'skips',
  'nudges',
  'sitting_minutes',
  'longest_streak_minutes',
] as const;

/**
 * One row per day, oldest first, RFC 4180 line ends. Durations are whole
 * minutes, as the history panel shows them; every cell is a date or a number,
 * so nothing needs quoting and no cell can be read as a spreadsheet formula.
 */
export function historyCsv(history: History): string {
  const rows = sortedDays(history).map(([key, d]) =>
    [
      key,
      d.breaksTaken,
      d.naturalBreaks,
      d.snoozes,
      d.skips,
      d.nudges,
      wholeMinutes(d.sittingMs),
      wholeMinutes(d.longestStreakMs),
    ].join(','),
  );
  return [CSV_HEADER.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}

export const JSON_FORMAT = 'posture-break-history';

/** Everything as stored (milliseconds included), days in date order. */
export function historyJson(history: History): string {
  const days = Object.fromEntries(sortedDays(history));
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, days }, null, 2)}\n`;
}

export function exportFileName(kind: 'csv' | 'json', todayKey: string): string {
  return `posture-break-history-${todayKey}.${kind}`;
}
