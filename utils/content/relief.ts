/**
 * "My back hurts" relief routine.
 *
 * Source: /work/shared/seed/back-cramps.md (the project's seed article on back
 * muscle cramps). The wording here is our own, but every number (15 min cold,
 * at least 2 h between cold compresses, 10 min warm, 10 min massage, 10 min warm
 * towel) must match the article. Do not add treatments the article lacks.
 */
import { deepFreeze } from './freeze';
import { RELIEF_TIMERS, type ReliefTimer } from './relief-timers';
import type { Text } from './types';

export { COLD_MIN_GAP_MINUTES, RELIEF_TIMER_IDS, RELIEF_TIMERS } from './relief-timers';
export type { ReliefTimer, ReliefTimerId } from './relief-timers';

export type ReliefStepId = 'rest' | 'cold' | 'warm' | 'massage';

export interface ReliefStep {
  readonly id: ReliefStepId;
  readonly title: Text;
  readonly lines: readonly Text[];
  /** Timers in the order they are used. */
  readonly timers: readonly ReliefTimer[];
  readonly caution?: Text;
}

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
        en: 'Put a cold pack on the sore spot for 15 minutes. No cold pack? Wrap a few ice cubes in a towel.',
        ar: 'ضع كمّادة باردة على موضع الألم لمدة 15 دقيقة. وإن لم تتوفر لديك، فلُفَّ بعض مكعبات الثلج في منشفة واستخدمها بدلًا منها.',
      },
      {
        en: 'Cold calms the inflammation behind the cramp and helps the muscle relax.',
        ar: 'تخفّف البرودة الالتهاب المسبّب للتشنّج، وتساعد العضلة على الارتخاء.',
      },
      {
        en: 'Repeat it until bedtime, leaving at least two hours between compresses, and again the next day if the pain is still there.',
        ar: 'كرّرها حتى موعد النوم بفاصل لا يقلّ عن ساعتين بين كل مرة وأخرى، ويمكنك تكرارها في اليوم التالي إن استمر الألم.',
      },
    ],
    timers: [RELIEF_TIMERS.cold],
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
        en: 'Warmth boosts blood flow, which warms the muscle and eases the pain.',
        ar: 'يُنشّط الدفء الدورة الدموية، فيُدفئ العضلة ويخفّف الألم.',
      },
      {
        en: 'Afterwards, stay out of cold air so the inflammation does not come back.',
        ar: 'وبعد ذلك تجنّب التعرّض للهواء البارد حتى لا يعود الالتهاب.',
      },
      {
        en: 'If you can, a warm shower over the sore spot works instead.',
        ar: 'ويمكنك بدلًا من ذلك، إن استطعت، أن تستحمّ بماء دافئ وتتركه ينساب على موضع التشنّج.',
      },
    ],
    timers: [RELIEF_TIMERS.warm],
    caution: {
      en: 'Never use hot water: it can make your back swell.',
      ar: 'لا تستخدم الماء الساخن أبدًا، فقد يسبّب تورّم الظهر.',
    },
  },
  {
    id: 'massage',
    title: { en: 'Gentle massage, then a warm towel', ar: 'تدليك لطيف ثم منشفة دافئة' },
    lines: [
      {
        en: 'Gently massage the sore spot for 10 minutes. Someone at home can do it for you.',
        ar: 'دلّك موضع الألم برفق لمدة 10 دقائق، ويمكن لأحدِ مَن في المنزل أن يقوم بذلك عنك.',
      },
      {
        en: 'A little oil, warmed slightly first, helps.',
        ar: 'ويفيد استخدام قليل من الزيت بعد تدفئته قليلًا.',
      },
      {
        en: 'Massage helps the muscle relax, eases the spasm and improves blood flow to the area.',
        ar: 'يساعد التدليك العضلة على الارتخاء ويخفّف التشنّج، ويحسّن تدفّق الدم إلى هذه المنطقة.',
      },
      {
        en: 'Then lay a warm towel on the same spot for another 10 minutes.',
        ar: 'ثم ضع منشفة دافئة على الموضع نفسه لمدة 10 دقائق أخرى.',
      },
    ],
    timers: [RELIEF_TIMERS.massage, RELIEF_TIMERS.towel],
  },
]);

export const DISCLAIMER: Text = deepFreeze({
  en: 'General information, not medical advice.',
  ar: 'معلومات عامة، وليست استشارة طبية.',
});

export const NERVE_WARNING: Text = deepFreeze({
  en: 'Frequent spasms, or spasms with tingling or numbness, can point to a nerve problem. Have a doctor look at it.',
  ar: 'قد تدلّ التشنّجات المتكررة، أو المصحوبة بوخز أو خدر، على مشكلة في الأعصاب، فاحرص على مراجعة الطبيب.',
});
