/**
 * Numbers, day counts and day labels for the history panel, in the reader's
 * language. Intl does the grammar (Arabic plurals, digits, month names); the
 * catalogue only supplies the sentence around a number.
 */
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export { formatDays } from '@/utils/format';

/** Local noon of a 'YYYY-MM-DD' day: far from any daylight-saving shift at midnight. */
export function dayKeyToDate(key: string): Date {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`Not a day key: ${key}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

export type DayLabelStyle = 'weekday' | 'short' | 'full';

const OPTIONS: Record<DayLabelStyle, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short' },
  short: { day: 'numeric', month: 'short' },
  full: { weekday: 'long', day: 'numeric', month: 'long' },
};

export function formatDay(key: string, style: DayLabelStyle, locale: string): string {
  return new Intl.DateTimeFormat(locale, OPTIONS[style]).format(dayKeyToDate(key));
}
