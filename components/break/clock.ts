/** The break countdown's text, in the reader's digits. */
import { MINUTE, SECOND } from '@/utils/time';

/** "04:59": minutes and seconds, both two digits, rounded up so 00:00 means done. */
export function formatMinSec(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${two.format(Math.floor(total / 60))}:${two.format(total % 60)}`;
}

/** Whole minutes still to go, rounded up: changes exactly when the clock shows mm:00. */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / MINUTE));
}
