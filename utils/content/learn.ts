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
    text: {
      en: 'Frequent back spasms can point to a nerve problem.',
      ar: 'قد يدلّ تكرار التشنّجات في الظهر على مشكلة في الأعصاب.',
    },
  },
  {
    id: 'nerve-see-doctor',
    source: 'general',
    text: {
      en: 'See a doctor about tingling or numbness that does not go away.',
      ar: 'راجع الطبيب إذا استمر الوخز أو الخدر ولم يزُل.',
    },
  },
]);

export const CAUSES: readonly Cause[] = deepFreeze<Cause[]>([
  {
    id: 'weak-muscles',
    title: { en: 'Weak back muscles', ar: 'ضعف عضلات الظهر' },
    line: {
      en: 'When the muscles and tendons of the back are weak, any extra strain affects them more easily.',
      ar: 'عندما تكون عضلات الظهر وأوتاره ضعيفة، تتأثر بسهولة بأي إجهاد زائد.',
    },
  },
  {
    id: 'movements',
    title: { en: 'Wrong movements and posture', ar: 'الحركات والوضعيات الخاطئة' },
    line: {
      en: 'Sudden movements, sitting or sleeping in a bad position, and carrying heavy things the wrong way.',
      ar: 'الحركات المفاجئة، والجلوس أو النوم بطريقة خاطئة، وحمل الأشياء الثقيلة بشكل غير صحيح.',
    },
  },
  {
    id: 'medicines',
    title: { en: 'Some medicines', ar: 'بعض الأدوية' },
    line: {
      en: 'Some medicines, such as those for anaemia, diabetes or cancer, can cause pain, inflammation and weakness in the bones and joints.',
      ar: 'بعض الأدوية، مثل أدوية فقر الدم والسكري والسرطان، قد تسبّب ألمًا والتهابًا وضعفًا في العظام والمفاصل.',
    },
    notes: [
      {
        id: 'medicines-ask-doctor',
        source: 'general',
        text: {
          en: 'Do not stop or change a prescribed medicine on your own: ask your doctor.',
          ar: 'لا توقف دواءً وصفه لك الطبيب ولا تغيّره من تلقاء نفسك، بل اسأل طبيبك.',
        },
      },
    ],
  },
  {
    id: 'nerves',
    title: { en: 'Nerve problems', ar: 'مشكلات الأعصاب' },
    line: {
      en: 'Back spasms that keep coming back can be a sign of a nerve problem.',
      ar: 'قد يدلّ تكرار التشنّجات في الظهر على مشكلة في الأعصاب.',
    },
  },
]);

export const SYMPTOMS: readonly Symptom[] = deepFreeze<Symptom[]>([
  {
    id: 'pain',
    title: { en: 'Severe back pain', ar: 'ألم شديد في الظهر' },
    line: {
      en: 'The pain can spread up to the neck and come with a headache.',
      ar: 'قد يمتدّ الألم إلى الرقبة ويصاحبه صداع.',
    },
  },
  {
    id: 'stiffness',
    title: { en: 'Hard to move', ar: 'صعوبة في الحركة' },
    line: {
      en: 'Moving is difficult, and you may stay bent over to avoid more pain.',
      ar: 'تصعب الحركة، وقد تضطر إلى البقاء منحنيًا تجنّبًا لمزيد من الألم.',
    },
  },
  {
    id: 'tingling',
    title: { en: 'Tingling and numbness', ar: 'وخز وخدر' },
    line: {
      en: 'You may feel tingling in your back, sometimes with numbness in the same area.',
      ar: 'قد تشعر بوخز في الظهر، يصاحبه أحيانًا خدر في المنطقة نفسها.',
    },
    notes: NERVE_NOTES,
  },
]);
