import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CAUSES,
  COLD_MIN_GAP_MINUTES,
  DISCLAIMER,
  LOCALES,
  MOVEMENT_IDEAS,
  NERVE_WARNING,
  RELIEF_STEPS,
  RELIEF_TIMERS,
  SYMPTOMS,
  TIPS,
  movementIdea,
  nextTipId,
  pickLocale,
  tipOfTheDay,
  type Locale,
  type ReliefStep,
  type Text,
  type TipId,
} from '../../../utils/content';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z]/;

/** Every Text in the module, labelled by where it lives. */
function allTexts(): [string, Text][] {
  const out: [string, Text][] = [
    ['DISCLAIMER', DISCLAIMER],
    ['NERVE_WARNING', NERVE_WARNING],
  ];
  for (const step of RELIEF_STEPS) {
    out.push([`step ${step.id} title`, step.title]);
    step.lines.forEach((line, i) => out.push([`step ${step.id} line ${i}`, line]));
    if (step.caution) out.push([`step ${step.id} caution`, step.caution]);
    for (const t of step.timers) {
      out.push([`timer ${t.id} label`, t.label], [`timer ${t.id} doneText`, t.doneText]);
    }
  }
  const lists = { TIPS, CAUSES, SYMPTOMS, MOVEMENT_IDEAS } as const;
  for (const [name, list] of Object.entries(lists)) {
    for (const item of list) {
      out.push([`${name} ${item.id} title`, item.title], [`${name} ${item.id} line`, item.line]);
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
  [step.title, ...step.lines].map((t) => t[locale]).join('\n');

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

  it('cover exactly the supported locales', () => {
    for (const [, text] of texts) expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
  });

  it.each(texts)('%s: non-empty and trimmed in every locale', (_where, text) => {
    for (const locale of LOCALES) {
      const s = text[locale];
      expect(typeof s).toBe('string');
      expect(s.length).toBeGreaterThan(0);
      expect(s).toBe(s.trim());
      expect(s).not.toMatch(/\s{2,}/);
    }
  });

  it.each(texts)('%s: Arabic is Arabic, English has no Arabic letters', (_where, text) => {
    expect(text.ar).toMatch(ARABIC_LETTER);
    expect(text.ar).not.toMatch(LATIN_LETTER);
    expect(text.en).toMatch(LATIN_LETTER);
    expect(text.en).not.toMatch(ARABIC_LETTER);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(RELIEF_STEPS)).toBe(true);
    expect(Object.isFrozen(RELIEF_TIMERS)).toBe(true);
    expect(Object.isFrozen(TIPS[0]?.line)).toBe(true);
    expect(Object.isFrozen(stepById('cold').lines)).toBe(true);
    expect(Object.isFrozen(LOCALES)).toBe(true);
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
    expect(en).toMatch(/lie down slowly/i);
    expect(en).toMatch(/breathe deeply/i);
    expect(en).toMatch(/pillow/i);
    expect(en).toMatch(/spine/i);
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
    const ar = stepText(step, 'ar');
    expect(ar).toMatch(/15/);
    expect(ar).toMatch(/ساعتين/);
    expect(RELIEF_TIMERS.cold.doneText.en).toMatch(/time is up/i);
  });

  it('warm step mentions 10 minutes, cold air, shower, and cautions about hot water', () => {
    const step = stepById('warm');
    const en = stepText(step);
    expect(en).toMatch(/\b10\b/);
    expect(en).toMatch(/cold air/i);
    expect(en).toMatch(/shower/i);
    expect(stepText(step, 'ar')).toMatch(/10/);
    expect(step.caution?.en).toMatch(/hot water/i);
    expect(step.caution?.en).toMatch(/swell/i);
    expect(step.caution?.ar).toMatch(/الساخن/);
  });

  it('massage step mentions both timers (10 min massage, 10 min towel)', () => {
    const step = stepById('massage');
    const en = stepText(step);
    expect(en.match(/\b10 minutes\b/g)).toHaveLength(2);
    expect(en).toMatch(/massage/i);
    expect(en).toMatch(/warm towel/i);
    expect(en).toMatch(/oil/i);
    expect(stepText(step, 'ar').match(/10/g)).toHaveLength(2);
  });

  it('has the disclaimer and the nerve warning', () => {
    expect(DISCLAIMER.en).toMatch(/not medical advice/i);
    expect(NERVE_WARNING.en).toMatch(/tingling/i);
    expect(NERVE_WARNING.en).toMatch(/numbness/i);
    expect(NERVE_WARNING.en).toMatch(/doctor/i);
  });
});

describe('pickLocale', () => {
  it.each([
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['ar_MA', 'ar'],
    ['AR', 'ar'],
    [' ar-eg ', 'ar'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['arn', 'en'],
    ['', 'en'],
    ['de', 'en'],
  ] as const)('%j -> %s', (input, expected) => {
    expect(pickLocale(input)).toBe(expected);
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

describe('nextTipId', () => {
  const tipIds = TIPS.map((t) => t.id);

  it('starts at the first tip and cycles through all tips in order', () => {
    let id: TipId | undefined;
    const seen: TipId[] = [];
    for (let i = 0; i < TIPS.length * 2; i++) {
      id = nextTipId(id);
      seen.push(id);
    }
    expect(seen).toEqual([...tipIds, ...tipIds]);
  });

  it('never returns the previous tip', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...tipIds), { nil: undefined })), (prevs) => {
        for (const prev of prevs) {
          const next = nextTipId(prev);
          expect(next).not.toBe(prev);
          expect(tipIds).toContain(next);
        }
      }),
    );
  });

  it('visits every tip when chained from any starting point', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tipIds), (start) => {
        let id: TipId = start;
        const seen = new Set<TipId>();
        for (let i = 0; i < TIPS.length; i++) {
          const next = nextTipId(id);
          expect(next).not.toBe(id);
          seen.add(next);
          id = next;
        }
        expect(seen.size).toBe(TIPS.length);
      }),
    );
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
      expect(idea.line.en).not.toMatch(/\d/);
      expect(idea.line.en).not.toMatch(/cure|treat|heal|prevent|relieve/i);
    }
  });
});

describe('learn more', () => {
  it('lists the causes and symptoms from the article', () => {
    expect(CAUSES.map((c) => c.id)).toEqual(['weak-muscles', 'movements', 'medicines', 'nerves']);
    expect(SYMPTOMS.map((s) => s.id)).toEqual(['pain', 'stiffness', 'tingling']);
    const medicines = CAUSES.find((c) => c.id === 'medicines')?.line.en ?? '';
    expect(medicines).toMatch(/anaemia/i);
    expect(medicines).toMatch(/diabetes/i);
    expect(medicines).toMatch(/cancer/i);
  });
});
