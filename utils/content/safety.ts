/**
 * When home care is not enough. The seed article says nothing about this, so
 * the whole block is general guidance (source 'general'), shown under
 * GENERAL_GUIDANCE_LABEL with the relief routine (above its steps) and in
 * "Learn more". It lists warning signs and when to see a doctor; it gives no
 * treatment.
 */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export const GENERAL_GUIDANCE_LABEL: Text = deepFreeze({
  en: 'General guidance, not from the article our steps and tips come from.',
  ar: 'إرشادات عامة، ليست من المقال الذي أُخذت منه خطواتنا ونصائحنا.',
});

/** Shown on every tab with health content. */
export const DISCLAIMER: Text = deepFreeze({
  en: 'General information, not medical advice.',
  ar: 'معلومات عامة، وليست استشارة طبية.',
});

/** The short tag after each general-guidance note in the steps and in "Learn more". */
export const GENERAL_GUIDANCE_TAG: Text = deepFreeze({
  en: 'General guidance',
  ar: 'إرشاد عام',
});

export type HelpGroupId = 'urgent' | 'doctor';

export interface HelpGroup {
  readonly id: HelpGroupId;
  /** The sentence the items complete. */
  readonly intro: Text;
  readonly items: readonly Text[];
}

export interface SafetyBlock {
  readonly id: 'when-to-get-help';
  readonly source: 'general';
  readonly title: Text;
  readonly groups: readonly HelpGroup[];
}

export const WHEN_TO_GET_HELP: SafetyBlock = deepFreeze<SafetyBlock>({
  id: 'when-to-get-help',
  source: 'general',
  title: { en: 'When to get help', ar: 'متى تطلب المساعدة الطبية' },
  groups: [
    {
      id: 'urgent',
      intro: {
        en: 'Get urgent medical help if back pain follows a fall or an accident, or comes with:',
        ar: 'اطلب مساعدة طبية عاجلة إذا بدأ ألم الظهر بعد سقوط أو حادث، أو صاحبه أيٌّ مما يلي:',
      },
      items: [
        {
          en: 'loss of bladder or bowel control, or trouble passing urine',
          ar: 'فقدان التحكم في المثانة أو الأمعاء، أو صعوبة في التبوّل',
        },
        {
          en: 'numbness around the genitals, buttocks or inner thighs',
          ar: 'خدر حول الأعضاء التناسلية أو الأرداف أو باطن الفخذين',
        },
        {
          en: 'new weakness or numbness in one or both legs',
          ar: 'ضعف أو خدر جديد في إحدى الساقين أو كلتيهما',
        },
        { en: 'fever', ar: 'حمّى' },
        { en: 'chest pain', ar: 'ألم في الصدر' },
      ],
    },
    {
      id: 'doctor',
      intro: { en: 'See a doctor if the pain:', ar: 'راجع الطبيب إذا كان الألم:' },
      items: [
        { en: 'is severe', ar: 'شديدًا' },
        { en: 'does not ease after a few days', ar: 'لا يخفّ بعد بضعة أيام' },
        { en: 'keeps getting worse', ar: 'يزداد سوءًا' },
        { en: 'keeps coming back', ar: 'يعود مرة بعد مرة' },
      ],
    },
  ],
});
