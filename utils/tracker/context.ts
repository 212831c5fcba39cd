/**
 * The working context of one tracker step and the transitions every part of
 * it shares: starting a streak, leaving the sitting phases, adding time to
 * the history.
 */
import { COLD_COUNTS_AFTER_MINUTES, COLD_MIN_GAP_MINUTES } from '../content/relief-timers';
import type { Settings } from '../settings';
import { MINUTE, localDayKey, localMidnight, splitByLocalDay } from '../time';
import { activeWindow } from './active-hours';
import type { Effect, TrackerState } from './types';

export type Ctx = { s: TrackerState; fx: Effect[]; settings: Settings; now: number };

export function beginStreak(c: Ctx, at: number): void {
  const { s, settings } = c;
  s.sittingSince = at;
  s.accountedUntil = at;
  s.nextNudgeAt = at + settings.nudgeIntervalMinutes * MINUTE;
  s.nextBreakAt = at + settings.breakIntervalMinutes * MINUTE;
  s.breakCountFrom = at;
  s.breakReminders = 0;
  s.snoozed = false;
  s.heldSince = null;
  s.breakEndsAt = null;
  if (isPresent(s, settings)) {
    s.phase = 'tracking';
    s.awaySince = null;
    s.seenAt = at;
  } else {
    s.phase = 'away';
    s.awaySince = at;
  }
}

/** The browser's last word says the user is here: input, or (when that counts) a tab playing sound. */
export function isPresent(s: TrackerState, settings: Settings): boolean {
  return s.idle === 'active' || (s.idle === 'idle' && s.audible && settings.audibleCountsAsSitting);
}

/** Leaves paused/offHours/onBreak for whatever the hours allow, with a fresh streak. */
export function enterActive(c: Ctx): void {
  const window = activeWindow(c.settings, c.now);
  if (window.active) {
    c.s.pausedUntil = null;
    c.s.offHoursUntil = null;
    beginStreak(c, c.now);
  } else {
    goOffHours(c, window.until);
  }
}

export function leaveSitting(c: Ctx): void {
  account(c, c.now);
  c.s.sittingSince = null;
  c.s.awaySince = null;
  c.s.nextNudgeAt = null;
  c.s.nextBreakAt = null;
  c.s.breakCountFrom = null;
  c.s.breakReminders = 0;
  c.s.snoozed = false;
  c.s.heldSince = null;
  c.s.breakEndsAt = null;
  c.fx.push(
    { type: 'clearNotification', kind: 'break' },
    { type: 'clearNotification', kind: 'nudge' },
  );
}

export function goOffHours(c: Ctx, until: number | null): void {
  leaveSitting(c);
  c.s.phase = 'offHours';
  c.s.pausedUntil = null;
  c.s.offHoursUntil = until;
}

/**
 * Adds sitting time up to `upTo` to the history, split at local midnights.
 * Each day's longest streak counts only that day's part of the streak, so it
 * is never longer than the day's sitting time.
 */
export function account(c: Ctx, upTo: number): void {
  const { s } = c;
  if (s.phase !== 'tracking' || s.accountedUntil === null || s.sittingSince === null) return;
  const from = Math.max(s.accountedUntil, s.sittingSince);
  if (upTo <= from) return;
  let start = from;
  for (const [day, ms] of splitByLocalDay(from, upTo)) {
    const end = start + ms;
    c.fx.push(
      { type: 'history', day, add: { sittingMs: ms } },
      { type: 'longestStreak', day, ms: end - Math.max(s.sittingSince, localMidnight(start)) },
    );
    start = end;
  }
  s.accountedUntil = upTo;
}

export function addHistory(
  c: Ctx,
  add: Partial<Record<'breaksTaken' | 'naturalBreaks' | 'snoozes' | 'skips' | 'nudges', number>>,
): void {
  c.fx.push({ type: 'history', day: localDayKey(c.now), add });
}

/**
 * A movement-break reminder is open: one was shown and not yet dealt with, or
 * one fell due and is held (fullscreen). A held *nudge* is not a break: only
 * this makes the popup and badge say "break due", and only this lets Snooze,
 * Skip or Done act on a break that was never started.
 */
export function breakReminderOpen(s: TrackerState, now: number): boolean {
  return (
    s.breakReminders > 0 || (s.heldSince !== null && s.nextBreakAt !== null && now >= s.nextBreakAt)
  );
}

/**
 * Ends the running relief timer at `now` (ran out, cancelled or replaced). A
 * cold compress counts for the two-hour spacing only once it has run
 * COLD_COUNTS_AFTER_MINUTES; a mistaken start cancelled at once does not.
 */
export function endRelief(c: Ctx): void {
  const run = c.s.relief;
  if (!run) return;
  const ranMs = Math.min(c.now, run.endsAt) - run.startedAt;
  if (run.timer === 'cold' && ranMs >= COLD_COUNTS_AFTER_MINUTES * MINUTE) {
    c.s.lastColdStartedAt = run.startedAt;
  }
  c.s.relief = null;
}

/** The earliest start of the next cold compress after one started at `startedAt`. */
export function coldAfter(startedAt: number): number {
  return startedAt + COLD_MIN_GAP_MINUTES * MINUTE;
}

/** When the next cold compress is allowed, or null when it is allowed now. */
export function coldAllowedAt(lastColdStartedAt: number | null, now: number): number | null {
  return lastColdStartedAt !== null && now < coldAfter(lastColdStartedAt)
    ? coldAfter(lastColdStartedAt)
    : null;
}
