/** Prevention tips, from the seed article (/work/shared/seed/back-cramps.md). */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export type TipId = 'exercise' | 'lifting' | 'position' | 'aircon' | 'hotcold' | 'food';

export interface Tip {
  readonly id: TipId;
  readonly title: Text;
  readonly line: Text;
}

export const TIPS: readonly Tip[] = deepFreeze<Tip[]>([
  {
    id: 'exercise',
    title: { en: 'Keep active', ar: 'حافظ على نشاطك' },
    line: {
      en: 'Regular exercise such as swimming, resistance work and stretching relaxes your muscles and keeps your joints supple, so cramps are less likely.',
      ar: 'ممارسة الرياضة بانتظام، كالسباحة وتمارين المقاومة والإطالة، تُرخي العضلات وتحافظ على مرونة المفاصل، فتقلّ فرص التشنّجات.',
    },
  },
  {
    id: 'lifting',
    title: { en: 'Lift with care', ar: 'ارفع الأشياء بعناية' },
    line: {
      en: 'Lift and carry things the right way and avoid sudden movements: they are among the most common causes of back pain.',
      ar: 'ارفع الأشياء واحملها بالطريقة الصحيحة وتجنّب الحركات المفاجئة، فهي من أكثر أسباب آلام الظهر شيوعًا.',
    },
  },
  {
    id: 'position',
    title: { en: 'Change position', ar: 'غيّر وضعيتك' },
    line: {
      en: 'Staying in one position for a long time can bring on cramps, so move around and change position from time to time.',
      ar: 'البقاء في وضعية واحدة مدة طويلة قد يسبّب التشنّجات، فحرّك جسمك وغيّر وضعيتك من حين لآخر.',
    },
  },
  {
    id: 'aircon',
    title: { en: 'Mind the air conditioner', ar: 'احذر هواء المكيّف' },
    line: {
      en: 'Keep out of the direct stream of cold air from air conditioners; it can bring on cramps.',
      ar: 'ابتعد عن تيار الهواء البارد المباشر من المكيّفات، فقد يسبّب التشنّجات.',
    },
  },
  {
    id: 'hotcold',
    title: { en: 'Avoid sudden chills', ar: 'تجنّب البرد المفاجئ' },
    line: {
      en: 'Do not go straight from a hot place out into the cold, especially right after a bath.',
      ar: 'لا تخرج إلى البرد مباشرة بعد وجودك في مكان حارّ، ولا سيما بعد الاستحمام.',
    },
  },
  {
    id: 'food',
    title: { en: 'Eat well', ar: 'اهتمّ بغذائك' },
    line: {
      en: 'Eat well to keep your bones and joints strong, and have fruit every day for the vitamins and nutrients your body needs.',
      ar: 'الغذاء الجيد يقوّي العظام والمفاصل، فتناول الفاكهة كل يوم لما فيها من فيتامينات وعناصر غذائية يحتاجها جسمك.',
    },
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

function tipAt(index: number): Tip {
  const n = TIPS.length;
  const tip = TIPS[((index % n) + n) % n];
  if (!tip) throw new Error('TIPS is empty');
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
 * Next tip for position nudges: the tip after `previous` in TIPS order
 * (wrapping round), or the first tip when there is no previous one.
 * Never returns `previous`.
 */
export function nextTipId(previous: TipId | undefined): TipId {
  const index = previous === undefined ? -1 : TIPS.findIndex((tip) => tip.id === previous);
  return tipAt(index + 1).id;
}
