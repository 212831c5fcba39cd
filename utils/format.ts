/**
 * Durations and clock times in the reader's language, for the pages and the
 * worker's notifications alike (no DOM here; `navigator` exists in both). Intl does the grammar
 * (Arabic has six plural forms; the catalogue's plurals stop at three), the
 * catalogue only supplies the sentence around the number. Formatters are
 * cached: the pages reformat every second while a timer runs.
 */
import { HOUR, MINUTE, SECOND, localDayKey, nextLocalMidnight } from './time';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

const unit = (locale: string, name: 'minute' | 'hour') =>
  cached(
    `unit:${locale}:${name}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }),
  );

/**
 * "34 minutes", "1 hour, 20 minutes", "ساعة و20 دقيقة". Whole minutes,
 * rounded down, so a duration never reads longer than it is.
 */
export function formatDuration(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(locale, 'minute').format(rest);
  const parts = [unit(locale, 'hour').format(hours)];
  if (rest > 0) parts.push(unit(locale, 'minute').format(rest));
  return cached(
    `list:${locale}`,
    () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }),
  ).format(parts);
}

/**
 * The hour cycle the reader is used to (24-hour in most of the world) comes
 * from the browser's own language, which may be more specific than our
 * catalogue ("en-GB" reading our English text).
 */
function hourCycle(): Intl.DateTimeFormatOptions['hourCycle'] {
  try {
    return new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions()
      .hourCycle;
  } catch {
    return undefined;
  }
}

const clock = (locale: string, withWeekday: boolean) =>
  cached(
    `clock:${locale}:${withWeekday}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: hourCycle(),
        ...(withWeekday ? { weekday: 'long' } : {}),
      }),
  );

/** "14:30" or "2:30 PM"; with the weekday when `at` is not on the same local day as `now`. */
export function formatClock(at: number, now: number, locale: string): string {
  return clock(locale, localDayKey(at) !== localDayKey(now)).format(at);
}

/** True when `at` is the midnight that starts the day after `now` ("until tomorrow"). */
export function isNextMidnight(at: number, now: number): boolean {
  return at === nextLocalMidnight(now);
}

/** A countdown, "14:05" (minutes:seconds), or "1:02:05" past an hour; rounds up. */
export function formatCountdown(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const two = cached(
    `two:${locale}`,
    () => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
  );
  const one = cached(`one:${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false }));
  const h = Math.floor(total / (HOUR / SECOND));
  const m = Math.floor(total / 60) % 60;
  const s = total % 60;
  return h > 0
    ? `${one.format(h)}:${two.format(m)}:${two.format(s)}`
    : `${one.format(m)}:${two.format(s)}`;
}

/** "5 minutes" in the reader's language. */
export function formatMinutes(minutes: number, locale: string): string {
  return unit(locale, 'minute').format(Math.max(0, Math.round(minutes)));
}

/** "7 days", "30 يومًا". */
export function formatDays(n: number, locale: string): string {
  return cached(
    `days:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }),
  ).format(n);
}

/** A plain number in the reader's digits. */
export function formatNumber(n: number, locale: string): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}
