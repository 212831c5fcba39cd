/**
 * Active hours: per-weekday local time ranges. Outside them the tracker is
 * off. Ranges are wall-clock times, so they follow DST and time-zone changes.
 */
import type { Settings } from '../settings';
import {
  atLocalMinute,
  DAY,
  MINUTE,
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
  const window = rangeWindow(settings, now);
  if (window.until === null) return window;
  // Where the offset changes (DST) before that, the wall clock jumps: a range
  // can start in the skipped hour or begin again in the repeated one. Wake
  // there and look again.
  const shift = offsetChange(now, window.until);
  return shift === null ? window : { active: window.active, until: Math.min(window.until, shift) };
}

function rangeWindow(settings: Settings, now: number): ActiveWindow {
  if (!settings.activeHoursEnabled) return { active: true, until: null };
  const today = settings.activeDays[localWeekday(now)];
  const minute = localMinuteOfDay(now);
  if (today?.enabled) {
    const start = parseClock(today.start) ?? 0;
    const end = parseClock(today.end) ?? 0;
    if (minute >= start && minute < end) return { active: true, until: inWallMinutes(now, end) };
    if (minute < start) return { active: false, until: inWallMinutes(now, start) };
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

/**
 * When today's wall clock shows `minute`, counted in wall minutes from now:
 * right in the repeated fall-back hour too; an offset change on the way is
 * woken for anyway (see offsetChange).
 */
function inWallMinutes(now: number, minute: number): number {
  return now - (now % MINUTE) + (minute - localMinuteOfDay(now)) * MINUTE;
}

/** The first minute after `from` (up to `to`) with another UTC offset, or null if none. */
function offsetChange(from: number, to: number): number | null {
  const offset = (t: number) => new Date(t).getTimezoneOffset();
  const before = offset(from);
  if (before === offset(to)) return null;
  // Bisect: `from` keeps the old offset, `to` has the new one.
  while (to - from > 1) {
    const mid = Math.floor((from + to) / 2);
    if (offset(mid) === before) from = mid;
    else to = mid;
  }
  return to;
}
