/**
 * "Learn more": causes and symptoms of back cramps, from the seed article.
 * Titles and lines are the article's; each note says where it comes from.
 */
import { deepFreeze } from './freeze';
import type { Note, Text } from './types';

export type CauseId = 'weak-muscles' | 'movements' | 'medicines' | 'nerves';
export type SymptomId = 'pain' | 'stiffness' | 'tingling';

export interface LearnItem<Id extends string = string> {
  readonly id: Id;
  readonly title: Text;
  readonly line: Text;
  /** Shown right after the line. */
  readonly notes?: readonly Note[];
}

export type Cause = LearnItem<CauseId>;
export type Symptom = LearnItem<SymptomId>;

/**
 * Beside tingling and numbness (and after the relief steps): the article's
 * point about nerves, kept apart from the advice to see a doctor, which the
 * article does not give.
 */
export const NERVE_NOTES: readonly Note[] = deepFreeze<Note[]>([
  {
    id: 'nerve-sign',
    source: 'article',
    text: 'notes.nerve-sign',
  },
  {
    id: 'nerve-see-doctor',
    source: 'general',
    text: 'notes.nerve-see-doctor',
  },
]);

export const CAUSES: readonly Cause[] = deepFreeze<Cause[]>([
  {
    id: 'weak-muscles',
    title: 'causes.weak-muscles.title',
    line: 'causes.weak-muscles.line',
  },
  {
    id: 'movements',
    title: 'causes.movements.title',
    line: 'causes.movements.line',
  },
  {
    id: 'medicines',
    title: 'causes.medicines.title',
    line: 'causes.medicines.line',
    notes: [
      {
        id: 'medicines-ask-doctor',
        source: 'general',
        text: 'causes.medicines.notes.medicines-ask-doctor',
      },
    ],
  },
  {
    id: 'nerves',
    title: 'causes.nerves.title',
    line: 'causes.nerves.line',
  },
]);

export const SYMPTOMS: readonly Symptom[] = deepFreeze<Symptom[]>([
  {
    id: 'pain',
    title: 'symptoms.pain.title',
    line: 'symptoms.pain.line',
  },
  {
    id: 'stiffness',
    title: 'symptoms.stiffness.title',
    line: 'symptoms.stiffness.line',
  },
  {
    id: 'tingling',
    title: 'symptoms.tingling.title',
    line: 'symptoms.tingling.line',
    notes: NERVE_NOTES,
  },
]);
