/**
 * The working context of one tracker step and the transitions every part of
 * it shares: starting a streak, leaving the sitting phases, adding time to
 * the history.
 */
import { COLD_COUNTS_AFTER_MINUTES, COLD_MIN_GAP_MINUTES } from '../content/relief-timers';
import type { Settings } from '../settings';
import { MINUTE, localDayKey, splitByLocalDay } from '../time';
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
  if (s.idle === 'active') {
    s.phase = 'tracking';
    s.awaySince = null;
  } else {
    s.phase = 'away';
    s.awaySince = at;
  }
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

/** Adds sitting time up to `upTo` to the history, split at local midnights. */
export function account(c: Ctx, upTo: number): void {
  const { s } = c;
  if (s.phase !== 'tracking' || s.accountedUntil === null || s.sittingSince === null) return;
  const from = Math.max(s.accountedUntil, s.sittingSince);
  if (upTo <= from) return;
  for (const [day, ms] of splitByLocalDay(from, upTo)) {
    c.fx.push({ type: 'history', day, add: { sittingMs: ms } });
  }
  s.accountedUntil = upTo;
  c.fx.push({ type: 'longestStreak', day: localDayKey(upTo), ms: upTo - s.sittingSince });
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
