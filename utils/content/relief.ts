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

const HOT_WATER_SWELLING = {
  en: 'it can make your back swell.',
  ar: 'فقد يسبّب تورّم الظهر.',
} as const;

export const RELIEF_STEPS: readonly ReliefStep[] = deepFreeze<ReliefStep[]>([
  {
    id: 'rest',
    title: { en: 'Rest first', ar: 'ابدأ بالراحة' },
    lines: [
      {
        en: 'Give your body the rest it is asking for and keep still until the pain eases.',
        ar: 'امنح جسمك الراحة التي يطلبها، وابقَ ساكنًا حتى يخفّ الألم.',
      },
      {
        en: 'Lie down slowly, stay still for a while and breathe deeply.',
        ar: 'استلقِ ببطء، وابقَ ثابتًا بعض الوقت، وتنفّس بعمق.',
      },
      {
        en: 'Raise your legs on a pillow to take pressure off your spine.',
        ar: 'ارفع ساقيك على وسادة لتخفيف الضغط عن عمودك الفقري.',
      },
    ],
    timers: [],
    cautions: [],
    notes: [
      {
        id: 'no-long-bed-rest',
        source: 'general',
        text: {
          en: 'Long bed rest is not advised: once the worst has passed, gentle movement helps.',
          ar: 'لا يُنصح بملازمة الفراش طويلًا، فبعد أن يزول أشدّ الألم تساعدك الحركة اللطيفة.',
        },
      },
    ],
  },
  {
    id: 'cold',
    title: { en: 'Cold compress, 15 minutes', ar: 'كمّادة باردة لمدة 15 دقيقة' },
    lines: [
      {
        en: 'Lie on your stomach. It is easier if someone at home can help you.',
        ar: 'استلقِ على بطنك، ويُفضَّل أن يساعدك أحدُ مَن في المنزل.',
      },
      {
        en: 'Put a cold compress on the sore spot for 15 minutes. No cold compress at home? Put a few ice cubes in a towel instead.',
        ar: 'ضع كمّادة باردة على موضع الألم لمدة 15 دقيقة. وإن لم تتوفر لديك، فضع بعض مكعبات الثلج في منشفة واستخدمها بدلًا منها.',
      },
      {
        en: 'Cold can help calm the inflammation behind the cramp and help the muscle relax.',
        ar: 'قد تساعد البرودة على تهدئة الالتهاب المسبّب للتشنّج، وعلى ارتخاء العضلة.',
      },
      {
        en: 'Repeat it until bedtime, and the next day too if the pain is still there. Leave at least two hours from the start of one cold compress to the start of the next.',
        ar: 'كرّرها حتى موعد النوم، وفي اليوم التالي أيضًا إن استمر الألم. اترك ساعتين على الأقل من بدء الكمّادة الباردة إلى بدء التالية.',
      },
    ],
    timers: [RELIEF_TIMERS.cold],
    cautions: [
      {
        id: 'cold-not-on-skin',
        source: 'general',
        text: {
          en: 'Wrap the cold compress or the ice in a cloth: never put it straight on bare skin.',
          ar: 'لُفّ الكمّادة الباردة أو الثلج بقطعة قماش، ولا تضعهما مباشرة على الجلد أبدًا.',
        },
      },
    ],
    notes: [],
  },
  {
    id: 'warm',
    title: { en: 'Warm compress, 10 minutes', ar: 'كمّادة دافئة لمدة 10 دقائق' },
    lines: [
      {
        en: 'Switch to warmth only once the pain has eased and the muscle has relaxed.',
        ar: 'لا تنتقل إلى الكمّادات الدافئة إلا بعد أن يخفّ الألم وترتخي العضلة.',
      },
      {
        en: 'Soak a towel in warm water, wring it out well and lay it on the sore spot for 10 minutes.',
        ar: 'انقع منشفة في ماء دافئ واعصرها جيدًا، ثم ضعها على موضع الألم لمدة 10 دقائق.',
      },
      {
        en: 'Warmth can boost blood flow, which warms the muscle and eases the pain.',
        ar: 'قد يُنشّط الدفء الدورة الدموية، فيُدفئ العضلة ويخفّف الألم.',
      },
      {
        en: 'Afterwards, stay out of cold air: it can bring the inflammation back.',
        ar: 'وبعد ذلك تجنّب التعرّض للهواء البارد، فقد يُعيد الالتهاب.',
      },
      {
        en: 'If you can, a warm bath works instead: pour the warm water over the sore spot.',
        ar: 'ويمكنك بدلًا من ذلك، إن استطعت، أن تأخذ حمّامًا دافئًا وتصبّ الماء الدافئ على موضع التشنّج.',
      },
    ],
    timers: [RELIEF_TIMERS.warm],
    cautions: [
      {
        id: 'warm-no-hot-water',
        source: 'article',
        text: {
          en: `Never use hot water: ${HOT_WATER_SWELLING.en}`,
          ar: `لا تستخدم الماء الساخن أبدًا، ${HOT_WATER_SWELLING.ar}`,
        },
      },
    ],
    notes: [],
  },
  {
    id: 'massage',
    title: {
      en: 'Gentle massage, 10 minutes, then a warm towel, 10 minutes',
      ar: 'تدليك لطيف لمدة 10 دقائق، ثم منشفة دافئة لمدة 10 دقائق',
    },
    lines: [
      {
        en: 'Gently massage the sore spot for 10 minutes. Someone at home can do it for you.',
        ar: 'دلّك موضع الألم برفق لمدة 10 دقائق، ويمكن لأحدِ مَن في المنزل أن يقوم بذلك عنك.',
      },
      {
        en: 'A little oil, warmed slightly first, can be used.',
        ar: 'ويمكن استخدام قليل من الزيت بعد تدفئته قليلًا.',
      },
      {
        en: 'Massage can help the muscle relax, ease the spasm and improve blood flow to the area.',
        ar: 'قد يساعد التدليك العضلة على الارتخاء، ويخفّف التشنّج، ويحسّن تدفّق الدم إلى هذه المنطقة.',
      },
      {
        en: 'Then lay a warm towel on the same spot for another 10 minutes.',
        ar: 'ثم ضع منشفة دافئة على الموضع نفسه لمدة 10 دقائق أخرى.',
      },
    ],
    timers: [RELIEF_TIMERS.massage, RELIEF_TIMERS.towel],
    cautions: [
      {
        // The article warns against hot water once, for all the warm steps.
        id: 'towel-no-hot-water',
        source: 'article',
        text: {
          en: `Never use hot water for the towel either: ${HOT_WATER_SWELLING.en}`,
          ar: `ولا تستخدم الماء الساخن للمنشفة أيضًا، ${HOT_WATER_SWELLING.ar}`,
        },
      },
    ],
    notes: [],
  },
]);
