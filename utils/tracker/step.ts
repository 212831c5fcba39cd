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
import { COLD_MIN_GAP_MINUTES, RELIEF_TIMERS } from '../content/relief-timers';
import { nextTipId } from '../content/tips';
import type { Settings } from '../settings';
import { DAY, MINUTE, localDayKey, nextLocalMidnight, splitByLocalDay } from '../time';
import { activeWindow } from './active-hours';
import type { Badge, Command, Effect, StepResult, TrackerEvent, TrackerState } from './types';

type Ctx = { s: TrackerState; fx: Effect[]; settings: Settings; now: number };

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
] as const;

export function step(
  state: TrackerState,
  event: TrackerEvent,
  settings: Settings,
  now: number,
): StepResult {
  const c: Ctx = { s: structuredClone(state), fx: [], settings, now };
  rebaseIfClockWentBack(c, event);
  if (event.type === 'start' || event.type === 'wake' || event.type === 'fullscreen') {
    c.s.fullscreen = event.fullscreen;
  }
  if (event.type === 'start') c.s.idle = event.idle;
  fillGaps(c);
  noticeGap(c);
  settle(c);
  let refused: StepResult['refused'];
  if (event.type === 'idle') onIdle(c, event.idle, event.audible);
  else if (event.type === 'settings') onSettings(c);
  else if (event.type === 'command') refused = onCommand(c, event.command);
  settle(c);
  // Sitting time is added up to now only when the user just showed they are
  // here; otherwise the last threshold stays open, since an idle event may yet
  // say the user left at its start.
  const present = event.type === 'command' || (event.type === 'idle' && event.idle === 'active');
  account(c, present ? now : now - settings.naturalBreakMinutes * MINUTE);
  schedule(c);
  c.s.lastStepAt = now;
  return refused ? { state: c.s, effects: c.fx, refused } : { state: c.s, effects: c.fx };
}

/**
 * The wall clock went back (a manual change, a time sync). Chrome keeps
 * alarms on its own schedule, so a wake-up that arrives "before" the last
 * step came at its scheduled moment: shift every stored moment back so that
 * moment is now. Any other event is taken to come right after the last step.
 */
function rebaseIfClockWentBack(c: Ctx, event: TrackerEvent): void {
  const last = c.s.lastStepAt;
  if (last === null || c.now >= last) return;
  const expected = event.type === 'wake' && c.s.wakeAt !== null ? Math.max(c.s.wakeAt, last) : last;
  const shift = c.now - expected;
  // More than a month back is no clock adjustment but a broken stored value:
  // forget the moments (fillGaps starts afresh) rather than shift them.
  const broken = shift < -31 * DAY;
  for (const key of TIMESTAMPS) {
    const value = c.s[key];
    if (value !== null) c.s[key] = broken ? null : value + shift;
  }
  if (broken) {
    c.s.relief = null;
    if (c.s.phase === 'paused') c.s.pausedUntil = null;
    return;
  }
  if (c.s.relief) {
    c.s.relief = {
      ...c.s.relief,
      startedAt: c.s.relief.startedAt + shift,
      endsAt: c.s.relief.endsAt + shift,
    };
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

/** A wake-up missed by at least the threshold: the user was not sitting here in between. */
function noticeGap(c: Ctx): void {
  const { s, now } = c;
  const threshold = c.settings.naturalBreakMinutes * MINUTE;
  if (s.phase !== 'tracking' || s.wakeAt === null || now - s.wakeAt < threshold) return;
  account(c, Math.max(s.wakeAt, s.accountedUntil ?? s.wakeAt));
  addHistory(c, { naturalBreaks: 1 });
  c.fx.push({ type: 'clearNotification', kind: 'break' });
  beginStreak(c, now);
}

function beginStreak(c: Ctx, at: number): void {
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
function enterActive(c: Ctx): void {
  const window = activeWindow(c.settings, c.now);
  if (window.active) {
    c.s.pausedUntil = null;
    c.s.offHoursUntil = null;
    beginStreak(c, c.now);
  } else {
    goOffHours(c, window.until);
  }
}

function leaveSitting(c: Ctx): void {
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

function goOffHours(c: Ctx, until: number | null): void {
  leaveSitting(c);
  c.s.phase = 'offHours';
  c.s.pausedUntil = null;
  c.s.offHoursUntil = until;
}

/** Applies everything that has fallen due by `now`, in order. */
function settle(c: Ctx): void {
  const { s, now, settings } = c;
  if (s.relief && now >= s.relief.endsAt) {
    const { timer, startedAt, endsAt } = s.relief;
    const nextColdAt = timer === 'cold' ? startedAt + COLD_MIN_GAP_MINUTES * MINUTE : null;
    // After a long gap the "time is up" notice would be stale: drop it quietly.
    if (now - endsAt < settings.naturalBreakMinutes * MINUTE) {
      c.fx.push({ type: 'notify', kind: 'relief', timer, nextColdAt });
    }
    s.relief = null;
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
  if (settings.holdWhileFullscreen && s.fullscreen) {
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

function onIdle(c: Ctx, idle: TrackerState['idle'], audible: boolean): void {
  const { s, now, settings } = c;
  const wasIdle = s.idle;
  s.idle = idle;
  const threshold = settings.naturalBreakMinutes * MINUTE;
  if (s.phase === 'tracking' && idle !== 'active') {
    if (idle === 'idle' && audible && settings.audibleCountsAsSitting) {
      s.idle = wasIdle; // watching or listening still counts as sitting
      return;
    }
    // The idle event arrives once input has stopped for the threshold: the break began then.
    const since = idle === 'idle' ? Math.max(now - threshold, s.sittingSince ?? now) : now;
    account(c, since);
    s.phase = 'away';
    s.awaySince = since;
  } else if (s.phase === 'away' && idle === 'active') {
    const awayMs = now - (s.awaySince ?? now);
    if (awayMs >= threshold) {
      addHistory(c, { naturalBreaks: 1 });
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      beginStreak(c, now);
    } else {
      s.phase = 'tracking';
      s.awaySince = null; // a short pause (reading, thinking) is still sitting
    }
  }
}

function onSettings(c: Ctx): void {
  const { s, now, settings } = c;
  if (s.phase !== 'tracking' && s.phase !== 'away') return;
  const since = s.sittingSince ?? now;
  if (s.breakReminders === 0 && !s.snoozed) {
    s.nextBreakAt = (s.breakCountFrom ?? since) + settings.breakIntervalMinutes * MINUTE;
  } else if (s.breakReminders > settings.repeatCount) {
    s.nextBreakAt = null;
  }
  s.nextNudgeAt = nextTick(since, settings.nudgeIntervalMinutes * MINUTE, now);
}

function onCommand(c: Ctx, command: Command): StepResult['refused'] {
  const { s, now, settings } = c;
  const sitting = s.phase === 'tracking' || s.phase === 'away';
  switch (command.type) {
    case 'takeBreak':
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      account(c, now);
      s.phase = 'onBreak';
      s.breakEndsAt = now + settings.breakMinutes * MINUTE;
      s.heldSince = null;
      c.fx.push({ type: 'clearNotification', kind: 'break' }, { type: 'openBreakWindow' });
      return undefined;
    case 'done':
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      // Done after the break already ended on time (the window's button raced
      // the alarm): that break was counted once; nothing more to do.
      if (sitting && s.breakReminders === 0 && s.heldSince === null) return undefined;
      account(c, now);
      addHistory(c, { breaksTaken: 1 });
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      beginStreak(c, now);
      return undefined;
    case 'snooze':
    case 'skip': {
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      if (s.phase === 'onBreak') {
        s.phase = 'tracking';
        s.breakEndsAt = null;
        s.accountedUntil = now; // time spent in the break window is not sitting
      }
      const snooze = command.type === 'snooze';
      addHistory(c, snooze ? { snoozes: 1 } : { skips: 1 });
      s.nextBreakAt =
        now + (snooze ? settings.snoozeMinutes : settings.breakIntervalMinutes) * MINUTE;
      if (!snooze) s.breakCountFrom = now;
      s.breakReminders = 0;
      s.snoozed = snooze;
      s.heldSince = null;
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      return undefined;
    }
    case 'pause':
      if (s.phase !== 'paused') leaveSitting(c);
      s.phase = 'paused';
      s.offHoursUntil = null;
      s.pausedUntil =
        command.length === 'indefinite'
          ? null
          : command.length === 'tomorrow'
            ? nextLocalMidnight(now)
            : now + command.length.minutes * MINUTE;
      return undefined;
    case 'resume':
      if (s.phase !== 'paused') return 'notApplicable';
      enterActive(c);
      return undefined;
    case 'togglePause':
      return onCommand(
        c,
        s.phase === 'paused' ? { type: 'resume' } : { type: 'pause', length: 'indefinite' },
      );
    case 'testReminder':
      c.fx.push({ type: 'notify', kind: 'test' });
      return undefined;
    case 'startRelief': {
      const cold = command.timer === 'cold';
      const allowedAt = (s.lastColdStartedAt ?? -Infinity) + COLD_MIN_GAP_MINUTES * MINUTE;
      if (cold && now < allowedAt && !command.confirmEarly) return 'coldTooSoon';
      s.relief = {
        timer: command.timer,
        startedAt: now,
        endsAt: now + RELIEF_TIMERS[command.timer].minutes * MINUTE,
      };
      if (cold) s.lastColdStartedAt = now;
      return undefined;
    }
    case 'cancelRelief':
      if (!s.relief) return 'notApplicable';
      s.relief = null;
      return undefined;
  }
}

/** Adds sitting time up to `upTo` to the history, split at local midnights. */
function account(c: Ctx, upTo: number): void {
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

function addHistory(
  c: Ctx,
  add: Partial<Record<'breaksTaken' | 'naturalBreaks' | 'snoozes' | 'skips' | 'nudges', number>>,
): void {
  c.fx.push({ type: 'history', day: localDayKey(c.now), add });
}

/**
 * The first moment after `now` on a grid of `every` starting at `from`.
 * Anchored to stored moments, so a restarted worker asks for the same times.
 */
function nextTick(from: number, every: number, now: number): number {
  return from + Math.max(1, Math.floor((now - from) / every) + 1) * every;
}

/** The one wake-up: the earliest moment anything is due. */
export function nextWake(s: TrackerState, settings: Settings, now: number): number | null {
  const times: (number | null)[] = [s.relief?.endsAt ?? null];
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
      // Reminders used up: still wake now and then, so a sleep or closed lid is noticed.
      if (s.nextBreakAt === null && s.sittingSince !== null) {
        times.push(nextTick(s.sittingSince, settings.repeatIntervalMinutes * MINUTE, now));
      }
      break;
    }
    case 'away':
      times.push(activeWindow(settings, now).until);
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
  switch (s.phase) {
    case 'tracking':
      if (s.breakReminders > 0 || s.heldSince !== null) return { kind: 'due' };
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

function schedule(c: Ctx): void {
  const at = nextWake(c.s, c.settings, c.now);
  c.s.wakeAt = at;
  c.fx.push({ type: 'schedule', at }, { type: 'badge', badge: badgeOf(c.s, c.settings, c.now) });
}
