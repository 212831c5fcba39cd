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
    title: { en: 'Stand up', ar: 'انهض من مكانك' },
    line: {
      en: 'Get up out of your chair and stand tall for a while.',
      ar: 'قم من كرسيك وقف مستقيمًا بعض الوقت.',
    },
  },
  {
    id: 'walk',
    title: { en: 'Take a little walk', ar: 'تمشَّ قليلًا' },
    line: {
      en: 'Walk around the room or down the hallway for as long as your break allows.',
      ar: 'تجوّل في الغرفة أو في الممر بقدر ما تسمح به استراحتك.',
    },
  },
  {
    id: 'stretch',
    title: { en: 'Stretch gently', ar: 'إطالة لطيفة' },
    line: {
      en: 'Slowly reach your arms up and stretch, without forcing anything.',
      ar: 'ارفع ذراعيك ببطء وقم بإطالة خفيفة دون أن تُجهد نفسك.',
    },
  },
  {
    id: 'water',
    title: { en: 'Fetch a glass of water', ar: 'أحضر كوبًا من الماء' },
    line: {
      en: 'Walk over and get yourself something to drink.',
      ar: 'امشِ قليلًا وأحضر لنفسك شيئًا تشربه.',
    },
  },
  {
    id: 'loosen',
    title: { en: 'Loosen up', ar: 'حرّك جسمك' },
    line: {
      en: 'Gently move your shoulders, arms and legs after sitting still.',
      ar: 'حرّك كتفيك وذراعيك وساقيك برفق بعد الجلوس طويلًا دون حركة.',
    },
  },
  {
    id: 'standing-task',
    title: { en: 'Do something standing', ar: 'أنجز شيئًا وأنت واقف' },
    line: {
      en: 'Take a phone call or tidy up a little while standing instead of sitting.',
      ar: 'أجرِ مكالمة هاتفية أو رتّب بعض الأشياء وأنت واقف بدلًا من الجلوس.',
    },
  },
  {
    id: 'sit-differently',
    title: { en: 'Sit a new way', ar: 'غيّر جلستك' },
    line: {
      en: 'When you sit back down, change your position a little.',
      ar: 'عندما تعود إلى الجلوس، غيّر وضعيتك قليلًا.',
    },
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
