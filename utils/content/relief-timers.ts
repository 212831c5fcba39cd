/**
 * The relief routine's timers: how long each lasts and what the notice says
 * when it ends. Kept apart from the routine's text so the background (which
 * runs the timers) loads only this. Numbers must match the seed article
 * (/work/shared/seed/back-cramps.md): cold 15 min, two hours from the start
 * of one to the start of the next; warm 10 min; massage 10 min, then a warm
 * towel 10 min.
 */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export type ReliefTimerId = 'cold' | 'warm' | 'massage' | 'towel';

export interface ReliefTimer {
  readonly id: ReliefTimerId;
  readonly minutes: number;
  /** Shortest time between the starts of two uses (the cold compress). */
  readonly minGapMinutes?: number;
  readonly label: Text;
  readonly doneText: Text;
}

export const COLD_MIN_GAP_MINUTES = 120;

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
    label: { en: 'Cold compress', ar: 'كمّادة باردة' },
    doneText: {
      en: 'Time is up: you can take the cold compress off now.',
      ar: 'انتهى الوقت: يمكنك الآن إزالة الكمّادة الباردة.',
    },
  },
  warm: {
    id: 'warm',
    minutes: 10,
    label: { en: 'Warm compress', ar: 'كمّادة دافئة' },
    doneText: {
      en: 'Time is up: take the towel off and keep out of cold air.',
      ar: 'انتهى الوقت: أزِل المنشفة وابتعد عن الهواء البارد.',
    },
  },
  massage: {
    id: 'massage',
    minutes: 10,
    label: { en: 'Massage', ar: 'تدليك' },
    doneText: {
      en: 'Massage time is up. Now lay a warm towel on the spot.',
      ar: 'انتهى وقت التدليك. ضع الآن منشفة دافئة على موضع الألم.',
    },
  },
  towel: {
    id: 'towel',
    minutes: 10,
    label: { en: 'Warm towel', ar: 'منشفة دافئة' },
    doneText: {
      en: 'Time is up: you can take the towel off now.',
      ar: 'انتهى الوقت: يمكنك الآن إزالة المنشفة.',
    },
  },
});
