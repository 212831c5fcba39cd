/**
 * The tracker's data: its state (stored as JSON in storage.local), the events
 * it reacts to, the commands pages and shortcuts send, and the effects it asks
 * the background to carry out. Plain data only, so every piece round-trips
 * through JSON and a restarted worker rebuilds everything from storage.
 */
import type { ReliefTimerId } from '../content/relief-timers';
import type { TipId } from '../content/tips';

export type Phase =
  /** At the computer (or reading): the sitting streak counts. */
  | 'tracking'
  /** No input, or the screen locked, since `awaySince`. */
  | 'away'
  /** A movement break is under way until `breakEndsAt`. */
  | 'onBreak'
  /** Reminders off until `pausedUntil` (null: until resumed). */
  | 'paused'
  /** Outside the active hours until `offHoursUntil`. */
  | 'offHours';

export type IdleState = 'active' | 'idle' | 'locked';

export interface ReliefRun {
  timer: ReliefTimerId;
  startedAt: number;
  endsAt: number;
}

export interface TrackerState {
  version: 1;
  phase: Phase;
  /** Start of the current sitting streak (tracking and away phases). */
  sittingSince: number | null;
  /** When the user went idle or locked the screen (away phase). */
  awaySince: number | null;
  /** Next position nudge (tracking). */
  nextNudgeAt: number | null;
  /** Next movement-break reminder: the first, a repeat, or after a snooze (tracking). */
  nextBreakAt: number | null;
  /** The movement-break interval counts from here (streak start, or the last skip). */
  breakCountFrom: number | null;
  /** Break reminders shown since the streak began or the user last acted. */
  breakReminders: number;
  /** True after Snooze, until the snoozed reminder is shown. */
  snoozed: boolean;
  /** A reminder is due but held because the focused window is fullscreen. */
  heldSince: number | null;
  breakEndsAt: number | null;
  pausedUntil: number | null;
  /** A pause of so many minutes (real time), not one until a wall-clock moment. */
  pauseTimed: boolean;
  offHoursUntil: number | null;
  /** What the browser said at the last step: idle state, a tab playing sound, fullscreen. */
  idle: IdleState;
  audible: boolean;
  fullscreen: boolean;
  /** The last moment the user was seen at the computer (input, or sound that counts as sitting). */
  seenAt: number | null;
  lastTipId: TipId | null;
  relief: ReliefRun | null;
  lastColdStartedAt: number | null;
  /** Up to when sitting time has been added to the day's history. */
  accountedUntil: number | null;
  /** The wake-up the background was asked for; a wake far past it means a gap (sleep, closed browser). */
  wakeAt: number | null;
  /** Last moment the tracker ran; detects the clock going backwards. */
  lastStepAt: number | null;
}

export type PauseLength = { minutes: number } | 'tomorrow' | 'indefinite';

export type Command =
  | { type: 'takeBreak' }
  | { type: 'done' }
  /** Ends a running break before its time: not counted as a break taken (a skip). */
  | { type: 'endBreak' }
  /** Brings the break window back (a break running or due). */
  | { type: 'showBreakWindow' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'togglePause' }
  | { type: 'testReminder' }
  | { type: 'startRelief'; timer: ReliefTimerId; confirmEarly?: boolean }
  | { type: 'cancelRelief' };

/** What the browser says at the moment of an event; every event carries it. */
export interface Observation {
  /** `idle.queryState(threshold)`, or the state an idle change reports. */
  idle: IdleState;
  /** A tab is playing sound. */
  audible: boolean;
  /** The focused window is fullscreen. */
  fullscreen: boolean;
}

export type TrackerEvent = (
  | {
      /**
       * Worker start, browser start-up, install or update: reconcile everything.
       * `fresh`: the browser (or the extension) started anew since the last step,
       * so nothing was watched in between.
       */
      type: 'start';
      fresh: boolean;
    }
  /** The wake-up alarm fired; `scheduledFor` is the wall time it was set for. */
  | { type: 'wake'; scheduledFor: number }
  /** idle.onStateChanged (the new state is `seen.idle`). */
  | { type: 'idle' }
  | { type: 'fullscreen' }
  /** Settings changed (the new ones come as step's argument). */
  | { type: 'settings' }
  | { type: 'command'; command: Command }
) & { seen: Observation };

export type HistoryCounter =
  'breaksTaken' | 'naturalBreaks' | 'snoozes' | 'skips' | 'nudges' | 'sittingMs';

export type NotificationKind = 'nudge' | 'break' | 'breakOver' | 'test' | 'relief';

export type Effect =
  /** Set the single wake-up alarm (null: clear it). */
  | { type: 'schedule'; at: number | null }
  /** A position nudge, with the tip it carries; `dueAt` names the moment it is for. */
  | { type: 'notify'; kind: 'nudge'; dueAt: number; tipId: TipId }
  /** A movement-break reminder; `repeat` 0 is the first. */
  | {
      type: 'notify';
      kind: 'break';
      dueAt: number;
      repeat: number;
      sittingMinutes: number;
      /** A notification, or the break window itself (the user's setting). */
      via: 'notification' | 'window';
    }
  | { type: 'notify'; kind: 'test' }
  /** A break ran its full length (the background says so unless the break window has focus). */
  | { type: 'notify'; kind: 'breakOver' }
  /** A relief timer finished; `nextColdAt` for the cold compress. */
  | { type: 'notify'; kind: 'relief'; timer: ReliefTimerId; nextColdAt: number | null }
  | { type: 'clearNotification'; kind: NotificationKind }
  | { type: 'openBreakWindow' }
  /** Add to a local day's history. */
  | { type: 'history'; day: string; add: Partial<Record<HistoryCounter, number>> }
  /** Raise a day's longest streak to at least this. */
  | { type: 'longestStreak'; day: string; ms: number }
  /** What the toolbar badge shows; the background turns it into text, colour and title. */
  | { type: 'badge'; badge: Badge };

/** A relief timer running, for the tooltip (and the countdown badge's number). */
export interface BadgeRelief {
  timer: ReliefTimerId;
  endsAt: number;
  /** Whole minutes left, rounded up. */
  minutes: number;
}

export type Badge = BadgeState & { relief?: BadgeRelief };

export type BadgeState =
  | { kind: 'tracking' }
  | { kind: 'countdown'; minutes: number }
  | { kind: 'due' }
  | { kind: 'onBreak' }
  | { kind: 'away' }
  | { kind: 'paused' }
  | { kind: 'offHours' };

export interface StepResult {
  state: TrackerState;
  effects: Effect[];
  /** Set when a command was refused (nothing changed); a short reason code. */
  refused?: 'coldTooSoon' | 'notApplicable';
}
