/** The tracker's initial state and the repair of whatever storage holds. */
import { RELIEF_TIMER_IDS, RELIEF_TIMERS, type ReliefTimerId } from '../content/relief-timers';
import { TIPS, type TipId } from '../content/tips';
import { MINUTE } from '../time';
import type { ReliefRun, TrackerState } from './types';

export function initialState(): TrackerState {
  return {
    version: 1,
    phase: 'tracking',
    sittingSince: null,
    awaySince: null,
    nextNudgeAt: null,
    nextBreakAt: null,
    breakCountFrom: null,
    breakReminders: 0,
    snoozed: false,
    heldSince: null,
    breakEndsAt: null,
    pausedUntil: null,
    pauseTimed: false,
    offHoursUntil: null,
    idle: 'active',
    audible: false,
    fullscreen: false,
    seenAt: null,
    lastTipId: null,
    relief: null,
    lastColdStartedAt: null,
    accountedUntil: null,
    wakeAt: null,
    lastStepAt: null,
  };
}

// Hand-written guards, not valibot: this runs in the service worker on every
// event, and its bundle has a size budget.
type Guard = (x: unknown) => boolean;
const time: Guard = (x) => x === null || (typeof x === 'number' && Number.isFinite(x));
const finite: Guard = (x) => typeof x === 'number' && Number.isFinite(x);
const oneOf =
  (...values: readonly unknown[]): Guard =>
  (x) =>
    values.includes(x);
const TIP_IDS = TIPS.map((t) => t.id);

const FIELDS = {
  version: oneOf(1),
  phase: oneOf('tracking', 'away', 'onBreak', 'paused', 'offHours'),
  sittingSince: time,
  awaySince: time,
  nextNudgeAt: time,
  nextBreakAt: time,
  breakCountFrom: time,
  breakReminders: (x) => Number.isInteger(x) && (x as number) >= 0,
  snoozed: (x) => typeof x === 'boolean',
  heldSince: time,
  breakEndsAt: time,
  pausedUntil: time,
  pauseTimed: (x) => typeof x === 'boolean',
  offHoursUntil: time,
  idle: oneOf('active', 'idle', 'locked'),
  audible: (x) => typeof x === 'boolean',
  fullscreen: (x) => typeof x === 'boolean',
  seenAt: time,
  lastTipId: (x) => x === null || TIP_IDS.includes(x as TipId),
  relief: (x) => x === null || repairRelief(x) !== null,
  lastColdStartedAt: time,
  accountedUntil: time,
  wakeAt: time,
  lastStepAt: time,
} satisfies Record<keyof TrackerState, Guard>;

/**
 * A relief run from storage, rebuilt from its three known fields (anything
 * else stored beside them, however large, is left behind), with its end no
 * later than the timer's own length after its start.
 */
function repairRelief(x: unknown): ReliefRun | null {
  if (typeof x !== 'object' || x === null) return null;
  const { timer, startedAt, endsAt } = x as Record<string, unknown>;
  if (!RELIEF_TIMER_IDS.includes(timer as ReliefTimerId) || !finite(startedAt) || !finite(endsAt))
    return null;
  const id = timer as ReliefTimerId;
  const start = startedAt as number;
  return {
    timer: id,
    startedAt: start,
    endsAt: Math.min(endsAt as number, start + RELIEF_TIMERS[id].minutes * MINUTE),
  };
}

/**
 * State from storage: each field that is missing or malformed falls back to
 * its initial value on its own. The next step re-derives whatever the
 * fallback leaves inconsistent (a tracking phase with no streak start, say).
 */
export function repairState(stored: unknown): TrackerState {
  const out = initialState();
  if (typeof stored !== 'object' || stored === null) return out;
  const src = stored as Record<string, unknown>;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof TrackerState)[]) {
    // Relief is rebuilt below, never cloned: a junk field inside it stays behind.
    if (key !== 'relief' && FIELDS[key](src[key])) target[key] = structuredClone(src[key]);
  }
  out.relief = repairRelief(src.relief);
  return out;
}
