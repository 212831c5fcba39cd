/** Prevention tips, from the seed article (/work/shared/seed/back-cramps.md). */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export type TipId = 'exercise' | 'lifting' | 'position' | 'aircon' | 'hotcold' | 'food';

export interface Tip {
  readonly id: TipId;
  readonly title: Text;
  readonly line: Text;
  /**
   * Whether the tip goes with a position nudge. A nudge says "time to shift
   * position" to someone who stays seated, so only a tip they can act on
   * there and then fits. The reason for each choice is the comment beside it
   * (a comment, not a string: it is for editors, and the popup and the
   * service worker would otherwise carry it).
   */
  readonly nudge: boolean;
}

export const TIPS: readonly Tip[] = deepFreeze<Tip[]>([
  {
    id: 'exercise',
    title: 'tips.exercise.title',
    line: 'tips.exercise.line',
    // Regular exercise is planned for another time of day; a nudge asks only for a new position
    // in the chair.
    nudge: false,
  },
  {
    id: 'lifting',
    title: 'tips.lifting.title',
    line: 'tips.lifting.line',
    // About lifting and carrying, which a seated reader is not doing when the nudge comes.
    nudge: false,
  },
  {
    id: 'position',
    title: 'tips.position.title',
    line: 'tips.position.line',
    // The article's reason for changing position from time to time: what the nudge asks for.
    nudge: true,
  },
  {
    id: 'aircon',
    title: 'tips.aircon.title',
    line: 'tips.aircon.line',
    // A seated reader can act on it while shifting position: turn or move the chair out of the
    // cold stream.
    nudge: true,
  },
  {
    id: 'hotcold',
    title: 'tips.hotcold.title',
    line: 'tips.hotcold.line',
    // About going out into the cold after a bath; nothing to do at the desk.
    nudge: false,
  },
  {
    id: 'food',
    title: 'tips.food.title',
    line: 'tips.food.line',
    // About diet, not position: fruit has nothing to do with how you sit.
    nudge: false,
  },
]);

const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 for 'YYYY-MM-DD', or undefined if the key has another shape. */
function dayNumber(localDayKey: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDayKey.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY);
}

/** Small stable string hash (FNV-1a), used only for keys that are not dates. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The tips that go with a position nudge, in TIPS order. */
export const NUDGE_TIPS: readonly Tip[] = Object.freeze(TIPS.filter((tip) => tip.nudge));

function tipAt(index: number, list: readonly Tip[] = TIPS): Tip {
  const n = list.length;
  const tip = list[((index % n) + n) % n];
  if (!tip) throw new Error('no tips');
  return tip;
}

/**
 * Tip for a local calendar day ('YYYY-MM-DD'). Deterministic; consecutive days
 * walk through TIPS in order, so any TIPS.length consecutive days show every tip.
 * A key that is not a date still gets a stable tip.
 */
export function tipOfTheDay(localDayKey: string): Tip {
  return tipAt(dayNumber(localDayKey) ?? hash(localDayKey));
}

/**
 * Next tip for position nudges: the first tip that fits a nudge after
 * `previous` in TIPS order (wrapping round), or the first fitting tip when
 * there is none (or `previous` is unknown). Never returns `previous` while
 * more than one tip fits; a stored tip that no longer fits is moved past.
 */
export function nextTipId(previous: TipId | undefined): TipId {
  const index = previous === undefined ? -1 : TIPS.findIndex((tip) => tip.id === previous);
  if (index < 0) return tipAt(0, NUDGE_TIPS).id;
  const after = TIPS.slice(index + 1).find((tip) => tip.nudge);
  return (after ?? tipAt(0, NUDGE_TIPS)).id;
}
