/**
 * Durations and clock times in the user's language. Intl knows Arabic's six
 * plural forms, which the i18n catalogue cannot express.
 */
import { MINUTE } from './time';

export function formatMinutes(locale: string, minutes: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(Math.max(0, Math.round(minutes)));
}

export function formatDuration(locale: string, ms: number): string {
  const total = Math.max(0, Math.floor(ms / MINUTE));
  if (total < 60) return formatMinutes(locale, total);
  const hours = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
  }).format(Math.floor(total / 60));
  const rest = total % 60;
  return rest === 0
    ? hours
    : new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format([
        hours,
        formatMinutes(locale, rest),
      ]);
}

export function formatClock(locale: string, at: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}
