/**
 * Active hours: per-weekday local time ranges. Outside them the tracker is
 * off. Ranges are wall-clock times, so they follow DST and time-zone changes.
 */
import type { Settings } from '../settings';
import {
  atLocalMinute,
  DAY,
  HOUR,
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
    if (minute >= start && minute < end) return { active: true, until: ahead(now, end) };
    if (minute < start) return { active: false, until: ahead(now, start) };
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
 * Today's wall time `minute`, later than `now`: in the repeated fall-back hour
 * the first occurrence may be past already, and the second is the one ahead.
 */
function ahead(now: number, minute: number): number {
  const at = atLocalMinute(now, minute);
  if (at > now) return at;
  const again = at + HOUR;
  return localMinuteOfDay(again) === minute && again > now ? again : now + MINUTE;
}

/** The first minute after `from` (up to `to`) with another UTC offset, or null if none. */
function offsetChange(from: number, to: number): number | null {
  const offset = (t: number) => new Date(t).getTimezoneOffset();
  if (offset(from) === offset(to)) return null;
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offset(mid) === offset(from)) lo = mid;
    else hi = mid;
  }
  return hi;
}
