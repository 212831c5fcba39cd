/**
 * Units and local-calendar helpers. Nothing here reads the clock: every
 * function takes the moment it works on. Local dates come from the runtime's
 * time zone (tests pin TZ in vitest.config.ts).
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the local day that contains `at`. */
export function localDayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first moment of the next local day (midnight, whatever the DST shift). */
export function nextLocalMidnight(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The first moment of the local day that contains `at`. */
export function localMidnight(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
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
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
  ).getTime();
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

/** The calendar day `offset` days from a 'YYYY-MM-DD' key (negative: earlier). */
export function shiftDayKey(key: string, offset: number): string {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`Not a day key: ${key}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offset));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
