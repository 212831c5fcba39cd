/**
 * The sitting tracker: one pure function, `step(state, event, settings, now)`.
 *
 *                 idle ≥ threshold / lock            active again
 *   ┌──────────┐ ──────────────────────────▶ ┌──────┐ ─────────────▶ tracking
 *   │ tracking │                             │ away │  (away ≥ threshold: natural
 *   └──────────┘ ◀─── done / break ends ──── └──────┘   break, new streak)
 *     │  ▲   │
 *     │  │   └─ take break ──▶ onBreak ── done, time up ─▶ tracking (new streak)
 *     │  │                        └──── snooze, skip ────▶ tracking (same streak)
 *     │  └── resume, pause over ── paused ◀── pause (from any phase)
 *     └── outside active hours ──▶ offHours ── hours start ─▶ tracking (new streak)
 *
 * Rules that hold everywhere:
 * - Time is an argument. Nothing here reads the clock or touches the browser;
 *   effects say what the background must do.
 * - Reminders only in `tracking`: never while away, on a break, paused or
 *   outside active hours. Each reminder names the moment it is for (`dueAt`),
 *   and that moment then moves past `now`, so none fires twice and missed ones
 *   never come in a burst.
 * - A wake-up that comes at least the natural-break threshold late means the
 *   computer slept, the browser was closed or the clock jumped forward: that
 *   gap is a natural break, not a pile of stale reminders.
 * - The clock going backwards shifts every stored moment back with it, so no
 *   duration is ever negative.
 * - While tracking a wake-up is always scheduled, so a gap is always noticed.
 */
import { nextTipId } from '../content/tips';
import type { Settings } from '../settings';
import { DAY, MINUTE } from '../time';
import { activeWindow } from './active-hours';
import {
  account,
  addHistory,
  beginStreak,
  coldAfter,
  endRelief,
  enterActive,
  goOffHours,
  isPresent,
  type Ctx,
} from './context';
import { onCommand, onSettings } from './events';
import { nextTick, schedule } from './schedule';
import type { StepResult, TrackerEvent, TrackerState } from './types';

export { badgeOf, nextWake } from './schedule';

const TIMESTAMPS = [
  'sittingSince',
  'awaySince',
  'nextNudgeAt',
  'nextBreakAt',
  'breakCountFrom',
  'heldSince',
  'breakEndsAt',
  'lastColdStartedAt',
  'accountedUntil',
  'wakeAt',
  'lastStepAt',
  'seenAt',
] as const;

export function step(
  state: TrackerState,
  event: TrackerEvent,
  settings: Settings,
  now: number,
): StepResult {
  const c: Ctx = { s: structuredClone(state), fx: [], settings, now };
  rebaseIfClockWentBack(c, event);
  const idleBefore = c.s.idle;
  Object.assign(c.s, event.seen); // idle, audible, fullscreen
  fillGaps(c);
  reconcile(c, event, idleBefore);
  settle(c);
  let refused: StepResult['refused'];
  if (event.type === 'settings') onSettings(c);
  else if (event.type === 'command') refused = onCommand(c, event.command);
  settle(c);
  // Sitting time is added up to now only when the user just showed they are
  // here; otherwise the last threshold stays open, since an idle change may
  // yet say the user left at its start.
  const shown = event.type === 'command' || (event.type === 'idle' && event.seen.idle === 'active');
  account(c, shown ? now : now - settings.naturalBreakMinutes * MINUTE);
  schedule(c);
  c.s.lastStepAt = now;
  return refused ? { state: c.s, effects: c.fx, refused } : { state: c.s, effects: c.fx };
}

/**
 * Makes the phase agree with what the browser says now. The time since the
 * last step counts as watched only when the browser ran all along (no fresh
 * start) and the wake-up planned for it was not missed by a threshold (a
 * sleep or a jump of the clock): then no idle change in between means the
 * user stayed. Otherwise the user was last seen at `seenAt`, and a gap of at
 * least the threshold since then is a natural break.
 */
function reconcile(c: Ctx, event: TrackerEvent, idleBefore: TrackerState['idle']): void {
  const { s, now, settings } = c;
  const threshold = settings.naturalBreakMinutes * MINUTE;
  const here = isPresent(s, settings);
  const missed = s.wakeAt !== null && now - s.wakeAt >= threshold;
  const watched = !(event.type === 'start' && event.fresh) && !missed;
  if (s.phase === 'tracking') {
    // A state stored before seenAt existed: take the user as seen now.
    const seenAt = s.seenAt ?? now; // never after now: the clock going back shifted it
    if (!watched && now - seenAt >= threshold) {
      account(c, seenAt);
      if (here) naturalBreak(c);
      else goAway(c, seenAt);
      return;
    }
    if (here) {
      s.seenAt = now;
      return;
    }
    // Gone: since input stopped (an idle change comes a threshold after the
    // last input), since the lock, or since the user was last seen (the sound
    // that kept them "sitting" has stopped, or nothing was watched).
    let since = seenAt;
    if (watched && idleBefore === 'active') {
      since = s.idle === 'locked' ? now : Math.max(now - threshold, s.sittingSince ?? now);
    }
    account(c, since);
    goAway(c, since);
  } else if (s.phase === 'away' && here) {
    if (now - (s.awaySince ?? now) >= threshold) naturalBreak(c);
    else {
      s.phase = 'tracking'; // a short pause (reading, thinking) is still sitting
      s.awaySince = null;
      s.seenAt = now;
    }
  } else if (here) {
    s.seenAt = now;
  }
}

function goAway(c: Ctx, since: number): void {
  c.s.phase = 'away';
  c.s.awaySince = Math.max(since, c.s.sittingSince ?? since);
}

function naturalBreak(c: Ctx): void {
  addHistory(c, { naturalBreaks: 1 });
  c.fx.push({ type: 'clearNotification', kind: 'break' });
  beginStreak(c, c.now);
}

/**
 * The wall clock went back (a manual change, a time sync). Chrome keeps
 * alarms on its own schedule, so a wake-up that arrives "before" the last
 * step came at its scheduled moment: shift every stored moment back so that
 * moment is now. Any other event is taken to come right after the last step.
 */
function rebaseIfClockWentBack(c: Ctx, event: TrackerEvent): void {
  const last = c.s.lastStepAt;
  if (last === null) return;
  // A wake-up never comes before its moment: one that the wall clock puts
  // earlier shows the clock went back, even by less than the time since the last step.
  const expected = event.type === 'wake' ? Math.max(event.scheduledFor, last) : last;
  if (c.now >= expected) return;
  const shift = c.now - expected;
  // A broken stored moment far ahead shifts everything out of range, and
  // fillGaps then starts afresh.
  for (const key of TIMESTAMPS) {
    const value = c.s[key];
    if (value !== null) c.s[key] = value + shift;
  }
  // A pause of so many minutes lasts that long in real time; one until
  // tomorrow keeps its wall-clock moment.
  if (c.s.pauseTimed && c.s.pausedUntil !== null) c.s.pausedUntil += shift;
  if (c.s.relief) {
    c.s.relief.startedAt += shift; // the state is a copy already
    c.s.relief.endsAt += shift;
  }
}

/**
 * Makes a state consistent whatever storage gave back: the repair replaces
 * bad fields one by one, which can leave a phase without the moments it runs
 * on (a break with no end, a streak with no next break). Also starts the
 * first streak of a fresh install.
 */
function fillGaps(c: Ctx): void {
  const { s, now, settings } = c;
  // A moment more than a year from now is a broken value, not a plan.
  const absurd = (t: number | null) => t !== null && Math.abs(t - now) > 366 * DAY;
  for (const key of [...TIMESTAMPS, 'pausedUntil', 'offHoursUntil'] as const) {
    if (absurd(s[key])) s[key] = null;
  }
  if (s.relief && (absurd(s.relief.startedAt) || absurd(s.relief.endsAt))) s.relief = null;
  const sitting = s.phase === 'tracking' || s.phase === 'away';
  if (sitting && s.sittingSince === null) return beginStreak(c, now);
  if (sitting) {
    const since = s.sittingSince ?? now;
    s.breakCountFrom ??= since;
    s.accountedUntil ??= now;
    if (s.nextBreakAt === null && s.breakReminders === 0 && !s.snoozed) {
      s.nextBreakAt = s.breakCountFrom + settings.breakIntervalMinutes * MINUTE;
    }
    s.nextNudgeAt ??= nextTick(since, settings.nudgeIntervalMinutes * MINUTE, now);
  }
  if (s.phase === 'away') s.awaySince ??= now;
  if (s.phase === 'onBreak') s.breakEndsAt ??= now + settings.breakMinutes * MINUTE;
}

/** Applies everything that has fallen due by `now`, in order. */
function settle(c: Ctx): void {
  const { s, now, settings } = c;
  if (s.relief && now >= s.relief.endsAt) {
    const { timer, startedAt, endsAt } = s.relief;
    const nextColdAt = timer === 'cold' ? coldAfter(startedAt) : null;
    // After a long gap the "time is up" notice would be stale: drop it quietly.
    if (now - endsAt < settings.naturalBreakMinutes * MINUTE) {
      c.fx.push({ type: 'notify', kind: 'relief', timer, nextColdAt });
    }
    endRelief(c);
  }
  if (s.phase === 'paused') {
    if (s.pausedUntil !== null && now >= s.pausedUntil) enterActive(c);
    else return;
  }
  const window = activeWindow(settings, now);
  if (s.phase === 'offHours') {
    if (window.active) enterActive(c);
    else {
      s.offHoursUntil = window.until;
      return;
    }
  } else if (!window.active) {
    goOffHours(c, window.until);
    return;
  }
  if (s.phase === 'onBreak' && s.breakEndsAt !== null && now >= s.breakEndsAt) {
    // "Time is up", unless learned long after (a sleep): then it would be stale.
    if (now - s.breakEndsAt < settings.naturalBreakMinutes * MINUTE) {
      c.fx.push({ type: 'notify', kind: 'breakOver' });
    }
    account(c, now);
    addHistory(c, { breaksTaken: 1 });
    beginStreak(c, now);
  }
  if (s.phase === 'tracking') remind(c);
}

function remind(c: Ctx): void {
  const { s, now, settings } = c;
  const breakDue = s.nextBreakAt !== null && now >= s.nextBreakAt;
  const nudgeDue = settings.nudgeEnabled && s.nextNudgeAt !== null && now >= s.nextNudgeAt;
  if (!breakDue && !nudgeDue) {
    s.heldSince = null;
    return;
  }
  const hold =
    (settings.holdWhileFullscreen && s.fullscreen) || (settings.holdWhileAudible && s.audible);
  if (hold) {
    s.heldSince ??= now;
    if (now < s.heldSince + settings.holdMaxMinutes * MINUTE) return;
  }
  s.heldSince = null;
  if (breakDue && s.nextBreakAt !== null) {
    c.fx.push({
      type: 'notify',
      kind: 'break',
      dueAt: s.nextBreakAt,
      repeat: s.breakReminders,
      sittingMinutes: Math.floor(Math.max(0, now - (s.sittingSince ?? now)) / MINUTE),
      via: settings.breakAction,
    });
    s.breakReminders += 1;
    s.snoozed = false;
    s.nextBreakAt =
      s.breakReminders <= settings.repeatCount
        ? now + settings.repeatIntervalMinutes * MINUTE
        : null;
  } else if (nudgeDue && s.nextNudgeAt !== null && s.breakReminders === 0) {
    const tipId = nextTipId(s.lastTipId ?? undefined);
    c.fx.push({ type: 'notify', kind: 'nudge', dueAt: s.nextNudgeAt, tipId });
    s.lastTipId = tipId;
    addHistory(c, { nudges: 1 });
  }
  if (nudgeDue && s.nextNudgeAt !== null) {
    // Past nudges are dropped, not replayed: move to the first one still ahead.
    const interval = settings.nudgeIntervalMinutes * MINUTE;
    s.nextNudgeAt = nextTick(s.nextNudgeAt, interval, now);
  }
}
