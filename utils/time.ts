/**
 * Units and local-calendar helpers. Nothing here reads the clock: every
 * function takes the moment it works on. Local dates come from the runtime's
 * time zone (tests pin TZ in vitest.config.ts).
 *
 * Dates are never built with `new Date(y, m, d)` or `Date.UTC(y, m, d)`: both
 * read a year from 0 to 99 as 1900 to 1999. `setFullYear` takes the year as
 * given, so every year works, and day keys always have four digits.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/** Four digits from year 0 to 9999; outside that, a sign and six digits (never a day key). */
const padYear = (year: number) =>
  year >= 0 && year <= 9999
    ? String(year).padStart(4, '0')
    : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;

/**
 * The moment of a local wall time, any year. Noon first, so the day is right
 * even where midnight is skipped by a DST change, then the time itself (with
 * the same overflow and DST rules as the Date constructor).
 */
function localTime(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month, day);
  d.setHours(hours, minutes, 0, 0);
  return d.getTime();
}

/** 'YYYY-MM-DD' of the local day that contains `at`. */
export function localDayKey(at: number): string {
  const d = new Date(at);
  return `${padYear(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first moment of the next local day (midnight, whatever the DST shift). */
export function nextLocalMidnight(at: number): number {
  const d = new Date(at);
  return localTime(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

/** The first moment of the local day that contains `at`. */
export function localMidnight(at: number): number {
  const d = new Date(at);
  return localTime(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Local weekday, 0 = Sunday … 6 = Saturday. */
export function localWeekday(at: number): number {
  return new Date(at).getDay();
}

/** Minutes since local midnight. */
export function localMinuteOfDay(at: number): number {
  const d = new Date(at);
  return d.getHours() * 60 + d.getMinutes();
}

/** The moment of a given local wall time on the local day that contains `dayAt`. */
export function atLocalMinute(dayAt: number, minuteOfDay: number): number {
  const d = new Date(dayAt);
  return localTime(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
  );
}

/** 'HH:MM' → minutes since midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Splits [from, to) at local midnights: one [dayKey, ms] per local day touched. */
export function splitByLocalDay(from: number, to: number): Array<[string, number]> {
  const parts: Array<[string, number]> = [];
  let start = from;
  while (start < to) {
    const end = Math.min(to, nextLocalMidnight(start));
    parts.push([localDayKey(start), end - start]);
    start = end;
  }
  return parts;
}

/** Whole minutes in a duration, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE));
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `key` is 'YYYY-MM-DD' and a date that exists ('2026-02-30' does not). */
export function isDayKey(key: string): boolean {
  const m = DAY_KEY.exec(key);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The calendar day `offset` days from a 'YYYY-MM-DD' key (negative: earlier).
 * Pure calendar arithmetic, in UTC, so no time zone is involved.
 */
export function shiftDayKey(key: string, offset: number): string {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`Not a day key: ${key}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offset);
  return `${padYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
