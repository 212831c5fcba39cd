/**
 * Active hours: per-weekday local time ranges. Outside them the tracker is
 * off. Ranges are wall-clock times, so they follow DST and time-zone changes.
 */
import type { Settings } from '../settings';
import {
  atLocalMinute,
  DAY,
  localMidnight,
  localMinuteOfDay,
  localWeekday,
  parseClock,
} from '../time';

export interface ActiveWindow {
  active: boolean;
  /** When `active` changes next (end of this range, or start of the next); null: never. */
  until: number | null;
}

export function activeWindow(settings: Settings, now: number): ActiveWindow {
  if (!settings.activeHoursEnabled) return { active: true, until: null };
  const today = settings.activeDays[localWeekday(now)];
  const minute = localMinuteOfDay(now);
  if (today?.enabled) {
    const start = parseClock(today.start) ?? 0;
    const end = parseClock(today.end) ?? 0;
    if (minute >= start && minute < end) return { active: true, until: atLocalMinute(now, end) };
    if (minute < start) return { active: false, until: atLocalMinute(now, start) };
  }
  // Look ahead a week for the next enabled day (noon avoids DST edges when stepping days).
  const midnight = localMidnight(now);
  for (let i = 1; i <= 7; i++) {
    const dayAt = localMidnight(midnight + i * DAY + 12 * 60 * 60 * 1000);
    const day = settings.activeDays[localWeekday(dayAt)];
    if (day?.enabled)
      return { active: false, until: atLocalMinute(dayAt, parseClock(day.start) ?? 0) };
  }
  return { active: false, until: null };
}
