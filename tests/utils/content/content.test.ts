import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CAUSES,
  COLD_MIN_GAP_MINUTES,
  CONTENT_KEYS,
  DISCLAIMER,
  GENERAL_GUIDANCE_LABEL,
  GENERAL_GUIDANCE_TAG,
  MOVEMENT_IDEAS,
  NERVE_NOTES,
  NUDGE_TIPS,
  RELIEF_STEPS,
  RELIEF_TIMERS,
  SYMPTOMS,
  TIPS,
  movementIdea,
  nextTipId,
  tipOfTheDay,
  type ReliefStep,
  type Text,
  type TipId,
  WHEN_TO_GET_HELP,
} from '../../../utils/content';
import { readContentFile, text } from '../../helpers/i18n';

type Locale = 'en' | 'ar';
const LOCALES: readonly Locale[] = ['en', 'ar'];
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z]/;

/** Every Text (content key) the structure names, labelled by where it lives. */
function allTexts(): [string, Text][] {
  const out: [string, Text][] = [
    ['DISCLAIMER', DISCLAIMER],
    ['GENERAL_GUIDANCE_LABEL', GENERAL_GUIDANCE_LABEL],
    ['GENERAL_GUIDANCE_TAG', GENERAL_GUIDANCE_TAG],
    ['WHEN_TO_GET_HELP title', WHEN_TO_GET_HELP.title],
  ];
  for (const group of WHEN_TO_GET_HELP.groups) {
    out.push([`WHEN_TO_GET_HELP ${group.id} intro`, group.intro]);
    group.items.forEach((item, i) => out.push([`WHEN_TO_GET_HELP ${group.id} ${i}`, item]));
  }
  for (const note of NERVE_NOTES) out.push([`NERVE_NOTES ${note.id}`, note.text]);
  for (const step of RELIEF_STEPS) {
    out.push([`step ${step.id} title`, step.title]);
    step.lines.forEach((line, i) => out.push([`step ${step.id} line ${i}`, line]));
    for (const note of [...step.cautions, ...step.notes]) {
      out.push([`step ${step.id} note ${note.id}`, note.text]);
    }
    for (const t of step.timers) {
      out.push([`timer ${t.id} label`, t.label], [`timer ${t.id} doneText`, t.doneText]);
    }
  }
  const lists = { TIPS, CAUSES, SYMPTOMS, MOVEMENT_IDEAS } as const;
  for (const [name, list] of Object.entries(lists)) {
    for (const item of list) {
      out.push([`${name} ${item.id} title`, item.title], [`${name} ${item.id} line`, item.line]);
      for (const note of 'notes' in item ? (item.notes ?? []) : []) {
        // The tingling symptom shows NERVE_NOTES, already listed above.
        if (NERVE_NOTES.includes(note)) continue;
        out.push([`${name} ${item.id} note ${note.id}`, note.text]);
      }
    }
  }
  return out;
}

const stepById = (id: ReliefStep['id']): ReliefStep => {
  const step = RELIEF_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
const stepText = (step: ReliefStep, locale: Locale = 'en'): string =>
  [step.title, ...step.lines].map((t) => text(t, locale)).join('\n');

describe('ids', () => {
  const lists = {
    RELIEF_STEPS,
    TIPS,
    CAUSES,
    SYMPTOMS,
    MOVEMENT_IDEAS,
    timers: RELIEF_STEPS.flatMap((s) => s.timers),
  };
  for (const [name, list] of Object.entries(lists)) {
    it(`are unique within ${name}`, () => {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
    });
  }
});

describe('texts', () => {
  const texts = allTexts();

  it('the structure names every key of the English catalogue once, and no other', () => {
    const named = texts.map(([, key]) => key);
    expect(named.filter((key, i) => named.indexOf(key) !== i)).toEqual([]);
    expect([...named].sort()).toEqual(Object.keys(readContentFile('en')).sort());
    expect([...CONTENT_KEYS].sort()).toEqual([...named].sort());
  });

  it.each(texts)('%s: Arabic is Arabic, English has no Arabic letters', (_where, key) => {
    expect(text(key, 'ar')).toMatch(ARABIC_LETTER);
    expect(text(key, 'ar')).not.toMatch(LATIN_LETTER);
    expect(text(key)).toMatch(LATIN_LETTER);
    expect(text(key)).not.toMatch(ARABIC_LETTER);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(RELIEF_STEPS)).toBe(true);
    expect(Object.isFrozen(RELIEF_TIMERS)).toBe(true);
    expect(Object.isFrozen(TIPS[0])).toBe(true);
    expect(Object.isFrozen(stepById('cold').lines)).toBe(true);
    expect(Object.isFrozen(CONTENT_KEYS)).toBe(true);
  });
});

describe('relief routine', () => {
  it('has the four steps in order, timers in order', () => {
    expect(RELIEF_STEPS.map((s) => s.id)).toEqual(['rest', 'cold', 'warm', 'massage']);
    expect(RELIEF_STEPS.map((s) => s.timers.map((t) => t.id))).toEqual([
      [],
      ['cold'],
      ['warm'],
      ['massage', 'towel'],
    ]);
  });

  it("carries the article's numbers", () => {
    expect(COLD_MIN_GAP_MINUTES).toBe(120);
    expect(RELIEF_TIMERS.cold.minutes).toBe(15);
    expect(RELIEF_TIMERS.cold.minGapMinutes).toBe(120);
    expect(RELIEF_TIMERS.warm.minutes).toBe(10);
    expect(RELIEF_TIMERS.massage.minutes).toBe(10);
    expect(RELIEF_TIMERS.towel.minutes).toBe(10);
    expect(RELIEF_TIMERS.warm.minGapMinutes).toBeUndefined();
    expect(RELIEF_TIMERS.massage.minGapMinutes).toBeUndefined();
    expect(RELIEF_TIMERS.towel.minGapMinutes).toBeUndefined();
  });

  it('RELIEF_TIMERS is derived from the steps', () => {
    const fromSteps = RELIEF_STEPS.flatMap((s) => s.timers);
    expect(Object.keys(RELIEF_TIMERS).sort()).toEqual(fromSteps.map((t) => t.id).sort());
    for (const t of fromSteps) expect(RELIEF_TIMERS[t.id]).toBe(t);
  });

  it('rest step: no timer, covers lying down, breathing and the pillow', () => {
    const step = stepById('rest');
    expect(step.timers).toHaveLength(0);
    const en = stepText(step);
    expect(en).toMatch(/keep still until the pain eases/i);
    expect(en).toMatch(/lie down slowly/i);
    expect(en).toMatch(/breathe deeply/i);
    expect(en).toMatch(/pillow/i);
    expect(en).toMatch(/spine/i);
  });

  it('rest step: advice against long bed rest is a note of general guidance', () => {
    const step = stepById('rest');
    expect(stepText(step)).not.toMatch(/bed rest/i);
    const note = step.notes.find((n) => n.id === 'no-long-bed-rest');
    expect(note?.source).toBe('general');
    expect(text(note?.text)).toMatch(/long bed rest is not advised/i);
    expect(text(note?.text)).toMatch(/gentle movement/i);
    expect(text(note?.text, 'ar')).toMatch(/الفراش/);
    expect(text(note?.text, 'ar')).toMatch(/الحركة اللطيفة/);
  });

  it('cold step mentions 15 minutes and two hours, in both languages', () => {
    const step = stepById('cold');
    const en = stepText(step);
    expect(en).toMatch(/\b15\b/);
    expect(en).toMatch(/two hours|2 hours/i);
    expect(en).toMatch(/stomach/i);
    expect(en).toMatch(/ice/i);
    expect(en).toMatch(/next day/i);
    expect(en).toMatch(/bedtime/i);
    expect(en).not.toMatch(/cold pack/i);
    const ar = stepText(step, 'ar');
    expect(ar).toMatch(/15/);
    expect(ar).toMatch(/ساعتين/);
    expect(text(RELIEF_TIMERS.cold.doneText)).toMatch(/time is up/i);
  });

  it('cold step: cold is never put on bare skin (general guidance)', () => {
    const [caution, ...rest] = stepById('cold').cautions;
    expect(rest).toHaveLength(0);
    expect(caution?.source).toBe('general');
    expect(text(caution?.text)).toMatch(/cold compress or the ice in a cloth/i);
    expect(text(caution?.text)).toMatch(/never .*bare skin/i);
    expect(text(caution?.text, 'ar')).toMatch(/الجلد/);
  });

  it('claims are softened: cold, warmth and massage "can" help', () => {
    expect(stepText(stepById('cold'))).toMatch(/cold can help calm the inflammation/i);
    expect(stepText(stepById('warm'))).toMatch(/warmth can boost blood flow/i);
    expect(stepText(stepById('massage'))).toMatch(/massage can help the muscle relax/i);
    expect(stepText(stepById('cold'), 'ar')).toMatch(/قد تساعد البرودة/);
  });

  it('warm step: 10 minutes, cold air, a warm bath (not a shower), no hot water', () => {
    const step = stepById('warm');
    const en = stepText(step);
    expect(en).toMatch(/\b10\b/);
    expect(en).toMatch(/cold air/i);
    expect(en).toMatch(/warm bath/i);
    expect(en).toMatch(/pour the warm water over the sore spot/i);
    expect(en).not.toMatch(/shower/i);
    const ar = stepText(step, 'ar');
    expect(ar).toMatch(/10/);
    expect(ar).toMatch(/حمّامًا دافئًا/);
    expect(step.cautions.map((c) => [c.id, c.source])).toEqual([['warm-no-hot-water', 'article']]);
    expect(text(step.cautions[0]?.text)).toMatch(/never use hot water/i);
    expect(text(step.cautions[0]?.text)).toMatch(/swell/i);
    expect(text(step.cautions[0]?.text, 'ar')).toMatch(/الساخن/);
  });

  it('massage step: minutes of both timers in its title, like the other steps', () => {
    const step = stepById('massage');
    for (const locale of LOCALES) {
      expect(text(step.title, locale).match(/\b10\b/g)).toHaveLength(2);
    }
    expect(text(step.title)).toMatch(/massage, 10 minutes.*warm towel, 10 minutes/i);
    const en = step.lines.map((l) => text(l)).join('\n');
    expect(en.match(/\b10 minutes\b/g)).toHaveLength(2);
    expect(en).toMatch(/warm towel/i);
    expect(en).toMatch(/oil, warmed slightly first, can be used/i);
    expect(en).not.toMatch(/oil[^.]*helps/i);
    expect(step.lines.map((l) => text(l, 'ar')).join('\n')).toMatch(/يمكن استخدام قليل من الزيت/);
  });

  it('massage step: the warm towel carries the hot-water warning too', () => {
    const caution = stepById('massage').cautions.find((c) => c.id === 'towel-no-hot-water');
    expect(caution?.source).toBe('article');
    expect(text(caution?.text)).toMatch(/hot water/i);
    expect(text(caution?.text)).toMatch(/towel/i);
    expect(text(caution?.text, 'ar')).toMatch(/الساخن/);
    expect(text(caution?.text, 'ar')).toMatch(/للمنشفة/);
  });

  it('every step lists cautions and notes with a source', () => {
    for (const step of RELIEF_STEPS) {
      for (const note of [...step.cautions, ...step.notes]) {
        expect(['article', 'general']).toContain(note.source);
      }
    }
  });

  it('has the disclaimer', () => {
    expect(text(DISCLAIMER)).toMatch(/not medical advice/i);
    expect(text(DISCLAIMER, 'ar')).toMatch(/ليست استشارة طبية/);
  });
});

describe('the two-hour cold-compress rule: one wording, start to start', () => {
  const catalogue = (locale: Locale) =>
    JSON.parse(readFileSync(resolve(__dirname, `../../../locales/${locale}.json`), 'utf8')) as {
      popupRelief: Record<string, string>;
      notify: Record<string, string>;
    };
  const RULE: Record<Locale, RegExp> = {
    en: /at least two hours from the start of one (cold compress )?to the start of the next/,
    ar: /اترك ساعتين على الأقل من بدء (الكمّادة|الكمّادة الباردة) إلى بدء التالية/,
  };
  const NOT_BEFORE: Record<Locale, RegExp> = {
    en: /do not start the next (cold compress|one) before \$1/i,
    ar: /لا تبدأ (الكمّادة الباردة )?التالية قبل \$1/,
  };

  it.each(LOCALES)('%s: the step, the refusal, "allowed from" and the notification', (locale) => {
    const c = catalogue(locale);
    const coldLines = stepText(stepById('cold'), locale);
    expect(coldLines).toMatch(RULE[locale]);
    for (const text of [
      c.popupRelief.coldTooSoon,
      c.popupRelief.coldAllowedFrom,
      c.notify.coldNext,
    ]) {
      expect(text).toMatch(RULE[locale]);
      expect(text).toMatch(NOT_BEFORE[locale]);
    }
    expect(c.popupRelief.coldAllowedFrom).toBe(c.notify.coldNext);
  });
});

describe('when to get help', () => {
  const block = WHEN_TO_GET_HELP;
  const all = (locale: Locale) =>
    [block.title, ...block.groups.flatMap((g) => [g.intro, ...g.items])]
      .map((t) => text(t, locale))
      .join('\n');

  it('is general guidance, with a label saying it is not from the article', () => {
    expect(block.source).toBe('general');
    expect(text(GENERAL_GUIDANCE_LABEL)).toMatch(/general guidance/i);
    expect(text(GENERAL_GUIDANCE_LABEL)).toMatch(/not from the article/i);
    expect(text(GENERAL_GUIDANCE_LABEL, 'ar')).toMatch(/إرشادات عامة/);
    expect(text(GENERAL_GUIDANCE_LABEL, 'ar')).toMatch(/ليست من المقال/);
    expect(text(GENERAL_GUIDANCE_TAG)).toMatch(/general guidance/i);
    expect(text(GENERAL_GUIDANCE_TAG, 'ar')).toMatch(/إرشاد عام/);
  });

  it('has the urgent signs first, then when to see a doctor', () => {
    expect(block.groups.map((g) => g.id)).toEqual(['urgent', 'doctor']);
  });

  it.each([
    [
      'en',
      [
        /urgent medical help/i,
        /bladder or bowel control/,
        /trouble passing urine/,
        /genitals, buttocks or inner thighs/,
        /weakness or numbness in one or both legs/,
        /fever/,
        /chest pain/,
        /fall or an accident/,
        /see a doctor/i,
        /severe/,
        /does not ease after a few days/,
        /keeps getting worse/,
        /keeps coming back/,
      ],
    ],
    [
      'ar',
      [
        /مساعدة طبية عاجلة/,
        /المثانة أو الأمعاء/,
        /التبوّل/,
        /الأعضاء التناسلية/,
        /الأرداف/,
        /الفخذين/,
        /إحدى الساقين أو كلتيهما/,
        /حمّى/,
        /ألم في الصدر/,
        /سقوط أو حادث/,
        /راجع الطبيب/,
        /شديدًا/,
        /بضعة أيام/,
        /يزداد سوءًا/,
        /يعود/,
      ],
    ],
  ] as const)('%s: every sign in the brief', (locale, patterns) => {
    const text = all(locale);
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });

  it('gives no treatment', () => {
    expect(all('en')).not.toMatch(/take|tablet|pill|dose|ibuprofen|paracetamol|apply/i);
  });
});

describe('nerve signs and medicines', () => {
  it("keeps the article's nerve point apart from the advice to see a doctor", () => {
    expect(NERVE_NOTES.map((n) => [n.id, n.source])).toEqual([
      ['nerve-sign', 'article'],
      ['nerve-see-doctor', 'general'],
    ]);
    const [sign, doctor] = NERVE_NOTES;
    expect(text(sign?.text)).toMatch(/frequent back spasms can point to a nerve problem/i);
    expect(text(sign?.text)).not.toMatch(/doctor/i);
    expect(text(doctor?.text)).toMatch(
      /see a doctor about tingling or numbness that does not go away/i,
    );
    expect(text(doctor?.text, 'ar')).toMatch(/راجع الطبيب/);
  });

  it('shows both next to tingling and numbness in "Learn more"', () => {
    const tingling = SYMPTOMS.find((s) => s.id === 'tingling');
    expect(tingling?.notes).toEqual(NERVE_NOTES);
    for (const s of SYMPTOMS.filter((x) => x.id !== 'tingling')) expect(s.notes).toBeUndefined();
  });

  it('medicines: do not stop or change a prescribed medicine alone (general guidance)', () => {
    const medicines = CAUSES.find((c) => c.id === 'medicines');
    expect(text(medicines?.line)).toMatch(/some medicines/i);
    const [note, ...rest] = medicines?.notes ?? [];
    expect(rest).toHaveLength(0);
    expect(note?.source).toBe('general');
    expect(text(note?.text)).toMatch(/do not stop or change a prescribed medicine on your own/i);
    expect(text(note?.text)).toMatch(/ask your doctor/i);
    expect(text(note?.text, 'ar')).toMatch(/لا توقف دواءً/);
  });
});

describe('tipOfTheDay', () => {
  const dayKey = (start: Date, offset: number): string =>
    new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  it('is deterministic', () => {
    expect(tipOfTheDay('2025-03-14')).toBe(tipOfTheDay('2025-03-14'));
    expect(tipOfTheDay('not a date')).toBe(tipOfTheDay('not a date'));
    expect(TIPS).toContain(tipOfTheDay('not a date'));
  });

  it('changes from one day to the next, also across month and year ends', () => {
    expect(tipOfTheDay('2025-01-31').id).not.toBe(tipOfTheDay('2025-02-01').id);
    expect(tipOfTheDay('2024-12-31').id).not.toBe(tipOfTheDay('2025-01-01').id);
    expect(tipOfTheDay('2024-02-29').id).not.toBe(tipOfTheDay('2024-03-01').id);
  });

  it('covers every tip over any TIPS.length consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 40_000 }), (startDay) => {
        const start = new Date(startDay * 86_400_000);
        const ids = new Set(TIPS.map((_, i) => tipOfTheDay(dayKey(start, i)).id));
        expect(ids.size).toBe(TIPS.length);
      }),
    );
  });
});

describe('tips', () => {
  it('lifting: the causes are the subject, the advice follows from them', () => {
    const lifting = TIPS.find((t) => t.id === 'lifting');
    expect(text(lifting?.line)).toMatch(
      /^carrying things the wrong way and sudden movements are among the most common causes of back pain, so lift with care/i,
    );
    expect(text(lifting?.line, 'ar')).toMatch(
      /^حمل الأشياء بطريقة خاطئة والحركات المفاجئة من أكثر أسباب/,
    );
  });

  it('food: the Arabic does not make fruit follow from strong bones', () => {
    const food = TIPS.find((t) => t.id === 'food');
    expect(text(food?.line, 'ar')).not.toMatch(/، فتناول/);
  });

  it('say "stretching" as الإطالة, never تمدّد (which can read as lying down)', () => {
    const texts = [...TIPS, ...MOVEMENT_IDEAS].flatMap((t) => [
      text(t.title, 'ar'),
      text(t.line, 'ar'),
    ]);
    for (const text of texts) expect(text).not.toMatch(/تمد(ّ)?د/);
    expect(text(MOVEMENT_IDEAS.find((m) => m.id === 'stretch')?.title, 'ar')).toMatch(/إطالة/);
  });
});

describe('tips for position nudges', () => {
  const nudgeIds = NUDGE_TIPS.map((t) => t.id);

  it('are the tips a seated person can act on while shifting position', () => {
    expect(nudgeIds).toEqual(['position', 'aircon']);
    expect(nudgeIds).not.toContain('food');
    for (const tip of TIPS) expect(NUDGE_TIPS.includes(tip)).toBe(tip.nudge);
  });

  it('give the reason for each choice beside it in the data', () => {
    const source = readFileSync(resolve(__dirname, '../../../utils/content/tips.ts'), 'utf8');
    const reasons = [...source.matchAll(/(\n +\/\/ .+)+\n +nudge: (true|false),/g)];
    expect(reasons).toHaveLength(TIPS.length);
  });

  it('nextTipId starts at the first fitting tip and cycles through those only', () => {
    let id: TipId | undefined;
    const seen: TipId[] = [];
    for (let i = 0; i < NUDGE_TIPS.length * 2; i++) {
      id = nextTipId(id);
      seen.push(id);
    }
    expect(seen).toEqual([...nudgeIds, ...nudgeIds]);
  });

  it('nextTipId never returns the previous tip, nor one that does not fit, from any tip', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...TIPS.map((t) => t.id)), { nil: undefined })),
        (prevs) => {
          for (const prev of prevs) {
            const next = nextTipId(prev);
            expect(next).not.toBe(prev);
            expect(nudgeIds).toContain(next);
          }
        },
      ),
    );
  });

  it('nextTipId moves on from a stored tip that no longer fits', () => {
    expect(nextTipId('food')).toBe('position');
    expect(nextTipId('exercise')).toBe('position');
    expect(nextTipId('lifting')).toBe('position');
    expect(nextTipId('hotcold')).toBe('position');
    expect(nextTipId('no-such-tip' as TipId)).toBe('position');
  });
});

describe('movement ideas', () => {
  it('has 6 to 8 ideas', () => {
    expect(MOVEMENT_IDEAS.length).toBeGreaterThanOrEqual(6);
    expect(MOVEMENT_IDEAS.length).toBeLessThanOrEqual(8);
  });

  it('movementIdea is a deterministic pick from the list for any number', () => {
    fc.assert(
      fc.property(fc.double(), (seed) => {
        const idea = movementIdea(seed);
        expect(MOVEMENT_IDEAS).toContain(idea);
        expect(movementIdea(seed)).toBe(idea);
      }),
    );
  });

  it('every idea is reachable from consecutive integer seeds', () => {
    const ids = new Set(MOVEMENT_IDEAS.map((_, i) => movementIdea(i + 1000).id));
    expect(ids.size).toBe(MOVEMENT_IDEAS.length);
  });

  it('makes no counts or treatment claims', () => {
    for (const idea of MOVEMENT_IDEAS) {
      expect(text(idea.line)).not.toMatch(/\d/);
      expect(text(idea.line)).not.toMatch(/cure|treat|heal|prevent|relieve/i);
    }
  });
});

describe('learn more', () => {
  it('lists the causes and symptoms from the article', () => {
    expect(CAUSES.map((c) => c.id)).toEqual(['weak-muscles', 'movements', 'medicines', 'nerves']);
    expect(SYMPTOMS.map((s) => s.id)).toEqual(['pain', 'stiffness', 'tingling']);
    const medicines = text(CAUSES.find((c) => c.id === 'medicines')?.line);
    expect(medicines).toMatch(/anaemia/i);
    expect(medicines).toMatch(/diabetes/i);
    expect(medicines).toMatch(/cancer/i);
  });
});
