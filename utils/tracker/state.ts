/** The tracker's initial state and the repair of whatever storage holds. */
import * as v from 'valibot';
import { RELIEF_TIMERS, type ReliefTimerId } from '../content/relief';
import { TIPS, type TipId } from '../content/tips';
import type { TrackerState } from './types';

export function initialState(): TrackerState {
  return {
    version: 1,
    phase: 'tracking',
    sittingSince: null,
    awaySince: null,
    nextNudgeAt: null,
    nextBreakAt: null,
    breakReminders: 0,
    snoozed: false,
    heldSince: null,
    breakEndsAt: null,
    pausedUntil: null,
    offHoursUntil: null,
    idle: 'active',
    fullscreen: false,
    lastTipId: null,
    relief: null,
    lastColdStartedAt: null,
    accountedUntil: null,
    wakeAt: null,
    lastStepAt: null,
  };
}

const time = v.nullable(v.pipe(v.number(), v.finite()));
const FIELDS = {
  version: v.literal(1),
  phase: v.picklist(['tracking', 'away', 'onBreak', 'paused', 'offHours']),
  sittingSince: time,
  awaySince: time,
  nextNudgeAt: time,
  nextBreakAt: time,
  breakReminders: v.pipe(v.number(), v.integer(), v.minValue(0)),
  snoozed: v.boolean(),
  heldSince: time,
  breakEndsAt: time,
  pausedUntil: time,
  offHoursUntil: time,
  idle: v.picklist(['active', 'idle', 'locked']),
  fullscreen: v.boolean(),
  lastTipId: v.nullable(v.picklist(TIPS.map((t) => t.id) as [TipId, ...TipId[]])),
  relief: v.nullable(
    v.object({
      timer: v.picklist(Object.keys(RELIEF_TIMERS) as [ReliefTimerId, ...ReliefTimerId[]]),
      startedAt: v.pipe(v.number(), v.finite()),
      endsAt: v.pipe(v.number(), v.finite()),
    }),
  ),
  lastColdStartedAt: time,
  accountedUntil: time,
  wakeAt: time,
  lastStepAt: time,
} satisfies Record<keyof TrackerState, v.GenericSchema>;

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
    const parsed = v.safeParse(FIELDS[key], src[key]);
    if (parsed.success) target[key] = parsed.output;
  }
  return out;
}
