/**
 * What the pages and the badge show, derived from stored state and `now`.
 * Pages never schedule anything: they read this and send commands.
 */
import type { Settings } from '../settings';
import { breakReminderOpen, coldAllowedAt } from './context';
import { MINUTE } from '../time';
import type { Phase, ReliefRun, TrackerState } from './types';

export type StatusKind = 'tracking' | 'breakDue' | 'away' | 'onBreak' | 'paused' | 'offHours';

export interface TrackerView {
  status: StatusKind;
  phase: Phase;
  /** Length of the current sitting streak (0 when not sitting). */
  sittingMs: number;
  /** Progress toward the movement break, 0..1. */
  breakProgress: number;
  nextBreakAt: number | null;
  nextNudgeAt: number | null;
  /** The snoozed break reminder comes back then (tracking after Snooze). */
  snoozedUntil: number | null;
  breakEndsAt: number | null;
  /** Paused until (null while paused means until resumed). */
  pausedUntil: number | null;
  offHoursUntil: number | null;
  relief: (ReliefRun & { remainingMs: number }) | null;
  /** Earliest start of the next cold compress, when the last one was under two hours ago. */
  coldAllowedAt: number | null;
}

export function viewOf(state: TrackerState, settings: Settings, now: number): TrackerView {
  const sitting = state.phase === 'tracking' || state.phase === 'away';
  const sittingMs =
    sitting && state.sittingSince !== null ? Math.max(0, now - state.sittingSince) : 0;
  const due = state.phase === 'tracking' && breakReminderOpen(state, now);
  const intervalMs = settings.breakIntervalMinutes * MINUTE;
  return {
    status: due ? 'breakDue' : state.phase,
    phase: state.phase,
    sittingMs,
    breakProgress: Math.min(1, intervalMs > 0 ? sittingMs / intervalMs : 0),
    nextBreakAt: state.phase === 'tracking' ? state.nextBreakAt : null,
    nextNudgeAt: state.phase === 'tracking' && settings.nudgeEnabled ? state.nextNudgeAt : null,
    snoozedUntil: state.phase === 'tracking' && state.snoozed && !due ? state.nextBreakAt : null,
    breakEndsAt: state.phase === 'onBreak' ? state.breakEndsAt : null,
    pausedUntil: state.phase === 'paused' ? state.pausedUntil : null,
    offHoursUntil: state.phase === 'offHours' ? state.offHoursUntil : null,
    relief: state.relief
      ? { ...state.relief, remainingMs: Math.max(0, state.relief.endsAt - now) }
      : null,
    coldAllowedAt: coldAllowedAt(state.lastColdStartedAt, now),
  };
}
