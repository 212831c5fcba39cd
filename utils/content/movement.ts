/**
 * Movement ideas for a movement break (1 to 60 minutes). Plain everyday
 * movement in line with the seed article's advice: get up, move your body,
 * change position, stretch. No exercise regimen, no medical claims.
 */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export type MovementIdeaId =
  'stand' | 'walk' | 'stretch' | 'water' | 'loosen' | 'standing-task' | 'sit-differently';

export interface MovementIdea {
  readonly id: MovementIdeaId;
  readonly title: Text;
  readonly line: Text;
}

export const MOVEMENT_IDEAS: readonly MovementIdea[] = deepFreeze<MovementIdea[]>([
  {
    id: 'stand',
    title: 'movement.stand.title',
    line: 'movement.stand.line',
  },
  {
    id: 'walk',
    title: 'movement.walk.title',
    line: 'movement.walk.line',
  },
  {
    id: 'stretch',
    title: 'movement.stretch.title',
    line: 'movement.stretch.line',
  },
  {
    id: 'water',
    title: 'movement.water.title',
    line: 'movement.water.line',
  },
  {
    id: 'loosen',
    title: 'movement.loosen.title',
    line: 'movement.loosen.line',
  },
  {
    id: 'standing-task',
    title: 'movement.standing-task.title',
    line: 'movement.standing-task.line',
  },
  {
    id: 'sit-differently',
    title: 'movement.sit-differently.title',
    line: 'movement.sit-differently.line',
  },
]);

/**
 * Deterministic pick: the same seed always gives the same idea. Any number is
 * accepted (negative, fractional, huge); NaN and infinities give the first idea.
 */
export function movementIdea(seed: number): MovementIdea {
  const n = MOVEMENT_IDEAS.length;
  const whole = Number.isFinite(seed) ? Math.floor(seed) : 0;
  const idea = MOVEMENT_IDEAS[((whole % n) + n) % n];
  if (!idea) throw new Error('MOVEMENT_IDEAS is empty');
  return idea;
}
