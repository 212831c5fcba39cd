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
    title: { en: 'Keep active', ar: 'حافظ على نشاطك' },
    line: {
      en: 'Regular exercise such as swimming, resistance work and stretching can help relax your muscles and keep your joints supple, making cramps less likely.',
      ar: 'ممارسة الرياضة بانتظام، كالسباحة وتمارين المقاومة والإطالة، قد تساعد على إرخاء العضلات والحفاظ على مرونة المفاصل، فتقلّ فرص التشنّجات.',
    },
    // Regular exercise is planned for another time of day; a nudge asks only for a new position
    // in the chair.
    nudge: false,
  },
  {
    id: 'lifting',
    title: { en: 'Lift with care', ar: 'ارفع الأشياء بعناية' },
    line: {
      en: 'Carrying things the wrong way and sudden movements are among the most common causes of back pain, so lift with care and avoid sudden moves.',
      ar: 'حمل الأشياء بطريقة خاطئة والحركات المفاجئة من أكثر أسباب آلام الظهر شيوعًا، لذا ارفع الأشياء بعناية وتجنّب الحركات المفاجئة.',
    },
    // About lifting and carrying, which a seated reader is not doing when the nudge comes.
    nudge: false,
  },
  {
    id: 'position',
    title: { en: 'Change position', ar: 'غيّر وضعيتك' },
    line: {
      en: 'Staying in one position for a long time can bring on cramps, so move around and change position from time to time.',
      ar: 'البقاء في وضعية واحدة مدة طويلة قد يسبّب التشنّجات، فحرّك جسمك وغيّر وضعيتك من حين لآخر.',
    },
    // The article's reason for changing position from time to time: what the nudge asks for.
    nudge: true,
  },
  {
    id: 'aircon',
    title: { en: 'Mind the air conditioner', ar: 'احذر هواء المكيّف' },
    line: {
      en: 'Keep out of the direct stream of cold air from air conditioners; it can bring on cramps.',
      ar: 'ابتعد عن تيار الهواء البارد المباشر من المكيّفات، فقد يسبّب التشنّجات.',
    },
    // A seated reader can act on it while shifting position: turn or move the chair out of the
    // cold stream.
    nudge: true,
  },
  {
    id: 'hotcold',
    title: { en: 'Avoid sudden chills', ar: 'تجنّب البرد المفاجئ' },
    line: {
      en: 'Do not go straight from a hot place out into the cold, especially right after a bath.',
      ar: 'لا تخرج إلى البرد مباشرة بعد وجودك في مكان حارّ، ولا سيما بعد الاستحمام.',
    },
    // About going out into the cold after a bath; nothing to do at the desk.
    nudge: false,
  },
  {
    id: 'food',
    title: { en: 'Eat well', ar: 'اهتمّ بغذائك' },
    line: {
      en: 'Eating well helps keep your bones and joints strong. Have fruit every day for the vitamins and nutrients your body needs.',
      ar: 'الغذاء الجيد يساعد على تقوية العظام والمفاصل. وتناول الفاكهة كل يوم لما فيها من فيتامينات وعناصر غذائية يحتاجها جسمك.',
    },
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
