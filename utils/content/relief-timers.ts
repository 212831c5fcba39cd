/**
 * The relief routine's timers: how long each lasts and what the notice says
 * when it ends. Kept apart from the routine's text so the background (which
 * runs the timers) loads only this. Numbers must match the seed article
 * (/work/shared/seed/back-cramps.md): cold 15 min, two hours from the start
 * of one to the start of the next; warm 10 min; massage 10 min, then a warm
 * towel 10 min.
 *
 * A cold compress cancelled early (started by mistake, or taken off after a
 * few seconds) did not chill anything: only one that ran at least a third of
 * its time (5 of 15 minutes) starts the two-hour spacing.
 */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export type ReliefTimerId = 'cold' | 'warm' | 'massage' | 'towel';

export interface ReliefTimer {
  readonly id: ReliefTimerId;
  readonly minutes: number;
  /** Shortest time between the starts of two uses (the cold compress). */
  readonly minGapMinutes?: number;
  /** How long a run must last before it counts for that spacing. */
  readonly countsAfterMinutes?: number;
  readonly label: Text;
  readonly doneText: Text;
}

export const COLD_MIN_GAP_MINUTES = 120;
export const COLD_COUNTS_AFTER_MINUTES = 5;

export const RELIEF_TIMER_IDS: readonly ReliefTimerId[] = Object.freeze([
  'cold',
  'warm',
  'massage',
  'towel',
] as const);

export const RELIEF_TIMERS: Readonly<Record<ReliefTimerId, ReliefTimer>> = deepFreeze({
  cold: {
    id: 'cold',
    minutes: 15,
    minGapMinutes: COLD_MIN_GAP_MINUTES,
    countsAfterMinutes: COLD_COUNTS_AFTER_MINUTES,
    label: 'timers.cold.label',
    doneText: 'timers.cold.done',
  },
  warm: {
    id: 'warm',
    minutes: 10,
    label: 'timers.warm.label',
    doneText: 'timers.warm.done',
  },
  massage: {
    id: 'massage',
    minutes: 10,
    label: 'timers.massage.label',
    doneText: 'timers.massage.done',
  },
  towel: {
    id: 'towel',
    minutes: 10,
    label: 'timers.towel.label',
    doneText: 'timers.towel.done',
  },
});
