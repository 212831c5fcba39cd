/**
 * "My back hurts" relief routine.
 *
 * Source: /work/shared/seed/back-cramps.md (the project's seed article on back
 * muscle cramps). The wording here is our own, but every number (15 min cold,
 * at least 2 h between cold compresses, 10 min warm, 10 min massage, 10 min warm
 * towel) must match the article. Do not add treatments the article lacks.
 *
 * `lines` are the article's; `cautions` and `notes` say where each comes from
 * (Source). Safety advice the article lacks is 'general' and is shown
 * labelled as general guidance.
 */
import { deepFreeze } from './freeze';
import { RELIEF_TIMERS, type ReliefTimer } from './relief-timers';
import type { Note, Text } from './types';

export { COLD_MIN_GAP_MINUTES, RELIEF_TIMER_IDS, RELIEF_TIMERS } from './relief-timers';
export type { ReliefTimer, ReliefTimerId } from './relief-timers';

export type ReliefStepId = 'rest' | 'cold' | 'warm' | 'massage';

export interface ReliefStep {
  readonly id: ReliefStepId;
  readonly title: Text;
  readonly lines: readonly Text[];
  /** Timers in the order they are used. */
  readonly timers: readonly ReliefTimer[];
  /** Warnings, shown after the lines under "Caution:". */
  readonly cautions: readonly Note[];
  /** Further advice, shown after the cautions. */
  readonly notes: readonly Note[];
}

export const RELIEF_STEPS: readonly ReliefStep[] = deepFreeze<ReliefStep[]>([
  {
    id: 'rest',
    title: 'relief.rest.title',
    lines: ['relief.rest.lines.1', 'relief.rest.lines.2', 'relief.rest.lines.3'],
    timers: [],
    cautions: [],
    notes: [
      {
        id: 'no-long-bed-rest',
        source: 'general',
        text: 'relief.rest.notes.no-long-bed-rest',
      },
    ],
  },
  {
    id: 'cold',
    title: 'relief.cold.title',
    lines: [
      'relief.cold.lines.1',
      'relief.cold.lines.2',
      'relief.cold.lines.3',
      'relief.cold.lines.4',
    ],
    timers: [RELIEF_TIMERS.cold],
    cautions: [
      {
        id: 'cold-not-on-skin',
        source: 'general',
        text: 'relief.cold.cautions.cold-not-on-skin',
      },
    ],
    notes: [],
  },
  {
    id: 'warm',
    title: 'relief.warm.title',
    lines: [
      'relief.warm.lines.1',
      'relief.warm.lines.2',
      'relief.warm.lines.3',
      'relief.warm.lines.4',
      'relief.warm.lines.5',
    ],
    timers: [RELIEF_TIMERS.warm],
    cautions: [
      {
        id: 'warm-no-hot-water',
        source: 'article',
        text: 'relief.warm.cautions.warm-no-hot-water',
      },
    ],
    notes: [],
  },
  {
    id: 'massage',
    title: 'relief.massage.title',
    lines: [
      'relief.massage.lines.1',
      'relief.massage.lines.2',
      'relief.massage.lines.3',
      'relief.massage.lines.4',
    ],
    timers: [RELIEF_TIMERS.massage, RELIEF_TIMERS.towel],
    cautions: [
      {
        // The article warns against hot water once, for all the warm steps.
        id: 'towel-no-hot-water',
        source: 'article',
        text: 'relief.massage.cautions.towel-no-hot-water',
      },
    ],
    notes: [],
  },
]);
