/** The one wake-up alarm and the badge, both derived from the state. */
import type { Settings } from '../settings';
import { MINUTE } from '../time';
import { activeWindow } from './active-hours';
import { breakReminderOpen, type Ctx } from './context';
import type { Badge, BadgeState, TrackerState } from './types';

/**
 * The longest stretch of a streak without a wake-up. Each wake-up keeps the
 * service worker running about 30 s (Chrome's idle timeout), about 0.8 % of
 * an hour: a 20-minute grid stays within the 5 % budget with default
 * settings, whose nudges already wake on it (see the README).
 */
export const CHECK_IN_MINUTES = 20;

/**
 * The first moment after `now` on a grid of `every` starting at `from`.
 * Anchored to stored moments, so a restarted worker asks for the same times.
 */
export function nextTick(from: number, every: number, now: number): number {
  return from + Math.max(1, Math.floor((now - from) / every) + 1) * every;
}

/**
 * While away, a wake-up now and then asks the browser whether the user is
 * back, in case the idle change that says so never comes (Firefox, woken
 * from suspension, has been seen to miss it, and the user would sit
 * uncounted, unreminded, until the next change). 1, 2, 4, 8 and 16 minutes
 * after the user left, then every CHECK_IN_MINUTES: a short absence is
 * rechecked soon, a night away costs about 30 wake-ups.
 */
export function awayCheckIn(awaySince: number, now: number): number {
  for (let minutes = 1; minutes < CHECK_IN_MINUTES; minutes *= 2) {
    if (awaySince + minutes * MINUTE > now) return awaySince + minutes * MINUTE;
  }
  return nextTick(awaySince, CHECK_IN_MINUTES * MINUTE, now);
}

/** The one wake-up: the earliest moment anything is due. */
export function nextWake(s: TrackerState, settings: Settings, now: number): number | null {
  const times: (number | null)[] = [s.relief?.endsAt ?? null];
  // The countdown badge shows a running relief timer's minutes: one wake-up a minute.
  if (s.relief && settings.badgeStyle === 'countdown') {
    times.push(nextTick(s.relief.startedAt, MINUTE, now));
  }
  switch (s.phase) {
    case 'tracking': {
      times.push(s.nextBreakAt);
      if (settings.nudgeEnabled && s.breakReminders === 0) times.push(s.nextNudgeAt);
      if (s.heldSince !== null) {
        // Re-check the fullscreen window each minute, and give up holding at the limit.
        times.push(
          Math.min(
            nextTick(s.heldSince, MINUTE, now),
            s.heldSince + settings.holdMaxMinutes * MINUTE,
          ),
        );
      }
      const window = activeWindow(settings, now);
      times.push(window.until);
      if (settings.badgeStyle === 'countdown' && s.sittingSince !== null) {
        times.push(nextTick(s.sittingSince, MINUTE, now));
      }
      // Check in at least every CHECK_IN_MINUTES of a streak, reminders used up
      // or not: a sleep that covers a check-in is noticed (its wake-up comes
      // late), and sound that kept an idle user "sitting" is asked about again.
      // On the streak's grid, so with the default 20-minute nudges it costs no
      // extra wake-up.
      if (s.sittingSince !== null) {
        times.push(nextTick(s.sittingSince, CHECK_IN_MINUTES * MINUTE, now));
      }
      break;
    }
    case 'away':
      times.push(activeWindow(settings, now).until);
      if (s.awaySince !== null) times.push(awayCheckIn(s.awaySince, now));
      break;
    case 'onBreak':
      times.push(s.breakEndsAt);
      break;
    case 'paused':
      times.push(s.pausedUntil);
      break;
    case 'offHours':
      times.push(s.offHoursUntil);
      break;
  }
  // Whatever is due by now was settled already (or is held): only later moments count.
  const future = times.filter((t): t is number => t !== null && t > now);
  return future.length ? Math.min(...future) : null;
}

export function badgeOf(s: TrackerState, settings: Settings, now: number): Badge {
  const state = badgeState(s, settings, now);
  if (!s.relief || s.relief.endsAt <= now) return state;
  const { timer, endsAt } = s.relief;
  return { ...state, relief: { timer, endsAt, minutes: Math.ceil((endsAt - now) / MINUTE) } };
}

function badgeState(s: TrackerState, settings: Settings, now: number): BadgeState {
  switch (s.phase) {
    case 'tracking':
      if (breakReminderOpen(s, now)) return { kind: 'due' };
      if (settings.badgeStyle === 'countdown' && s.nextBreakAt !== null) {
        return {
          kind: 'countdown',
          minutes: Math.max(0, Math.ceil((s.nextBreakAt - now) / MINUTE)),
        };
      }
      return { kind: 'tracking' };
    case 'away':
      return { kind: 'away' };
    case 'onBreak':
      return { kind: 'onBreak' };
    case 'paused':
      return { kind: 'paused' };
    case 'offHours':
      return { kind: 'offHours' };
  }
}

export function schedule(c: Ctx): void {
  const at = nextWake(c.s, c.settings, c.now);
  c.s.wakeAt = at;
  c.fx.push({ type: 'schedule', at }, { type: 'badge', badge: badgeOf(c.s, c.settings, c.now) });
}
