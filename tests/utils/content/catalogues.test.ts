/**
 * Every content catalogue (utils/content/locales/<code>.json) against the
 * English one: same keys, every string present and trimmed, the same numbers
 * (the article's 15 minutes, two hours, 10 and 10 + 10), the same
 * placeholders, and nothing left in English unless listed below. A new file
 * is picked up by itself; a new language only needs its row in the tables
 * (its script and how it says "two hours"), which the test asks for.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CONTENT_KEYS,
  RELIEF_STEPS,
  contentCodes,
  loadContent,
  readAhead,
  type ContentKey,
} from '@/utils/content';
import { isWorkerKey } from '@/utils/content/worker-keys';
import { WORKER_KEYS } from '@/entrypoints/background/content';
import { CONTENT_LOCALES, contentFor, readContentFile } from '../../helpers/i18n';

const english = readContentFile('en');

/** The letters each language is written in (Latin-script languages need Latin). */
const LATIN = /\p{Script=Latin}/u;
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  de: LATIN,
  es: LATIN,
  fr: LATIN,
  pt_BR: LATIN,
  ru: /\p{Script=Cyrillic}/u,
  zh_CN: /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  hi: /\p{Script=Devanagari}/u,
};

/** "At least two hours from the start of one cold compress to the start of the next." */
const TWO_HOURS: Record<string, RegExp> = {
  en: /\btwo hours\b/,
  ar: /ساعتين/,
  de: /\b(zwei|2) Stunden\b/,
  es: /\b(dos|2) horas\b/,
  fr: /\b(deux|2) heures\b/,
  pt_BR: /\b(duas|2) horas\b/,
  // Russian says it in the genitive after «не меньше»: «двух часов».
  ru: /(два|двух|2) час/,
  zh_CN: /(两|2)\s*(个)?小时/,
  ja: /(2|二)\s*時間/,
  hi: /(दो|2) घंटे/,
};

/**
 * Strings a language may leave as in English (a name, a word it borrows), by
 * key, each with the reason beside it.
 */
const SAME_AS_ENGLISH: Record<string, readonly ContentKey[]> = {
  // "Massage" is the German and the French word too.
  de: ['timers.massage.label'],
  fr: ['timers.massage.label'],
};

const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
const placeholders = (s: string) => (s.match(/\$\d|\{\w+\}|%\w/g) ?? []).sort();

describe('the English content catalogue', () => {
  it('holds exactly the keys the structure names', () => {
    expect(Object.keys(english).sort()).toEqual([...CONTENT_KEYS].sort());
  });

  it("carries the article's numbers: 15 minutes, two hours, 10, and 10 + 10", () => {
    expect(numbers(english['relief.cold.title'] ?? '')).toEqual(['15']);
    expect(english['relief.cold.lines.4']).toMatch(TWO_HOURS.en ?? /$^/);
    expect(numbers(english['relief.warm.title'] ?? '')).toEqual(['10']);
    expect(numbers(english['relief.massage.title'] ?? '')).toEqual(['10', '10']);
  });
});

describe.each(CONTENT_LOCALES)('content catalogue %s', (code) => {
  const file = readContentFile(code);

  it('has an interface catalogue of the same code, so a page can choose it', () => {
    expect(existsSync(resolve(__dirname, `../../../locales/${code}.json`))).toBe(true);
  });

  it('has every key of English, and no other', () => {
    const keys = Object.keys(file);
    expect(CONTENT_KEYS.filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });

  it('has no empty, untrimmed or doubly spaced string', () => {
    for (const [key, value] of Object.entries(file)) {
      expect(typeof value, key).toBe('string');
      expect(value.length, key).toBeGreaterThan(0);
      expect(value, key).toBe(value.trim());
      expect(value, key).not.toMatch(/ {2,}/);
    }
  });

  it('keeps every number and placeholder of the English string', () => {
    for (const key of CONTENT_KEYS) {
      const source = english[key] ?? '';
      const value = file[key] ?? '';
      expect(numbers(value), `${code} ${key}: ${value}`).toEqual(numbers(source));
      expect(placeholders(value), key).toEqual(placeholders(source));
    }
  });

  it('says two hours in the cold-compress rule, and the minutes in the step titles', () => {
    const pattern = TWO_HOURS[code];
    expect(pattern, `add how ${code} says "two hours" to TWO_HOURS`).toBeDefined();
    expect(file['relief.cold.lines.4']).toMatch(pattern ?? /$^/);
    const titles = Object.fromEntries(
      RELIEF_STEPS.map((step) => [step.id, numbers(file[step.title] ?? '')]),
    );
    expect(titles).toEqual({ rest: [], cold: ['15'], warm: ['10'], massage: ['10', '10'] });
  });

  it.runIf(code !== 'en')('is translated: in its own script, nothing left in English', () => {
    const script = SCRIPT[code];
    expect(script, `add the script of ${code} to SCRIPT`).toBeDefined();
    const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
    for (const key of CONTENT_KEYS) {
      const value = file[key] ?? '';
      expect(value, key).toMatch(script ?? /$^/);
      if (!allowed.has(key))
        expect(value, `${code} ${key} is the English text`).not.toBe(english[key]);
    }
  });
});

describe('loading one language', () => {
  const read = (files: Record<string, Record<string, string>>) => async (code: string) => {
    const found = files[code];
    if (!found) throw new Error(`no ${code}`);
    return found;
  };

  it.each([
    ['en', ['en']],
    ['ar', ['ar', 'en']],
    ['ar-EG', ['ar_EG', 'ar', 'en']],
    ['pt-BR', ['pt_BR', 'pt', 'en']],
    ['pt_BR', ['pt_BR', 'pt', 'en']],
    ['zh-CN', ['zh_CN', 'zh', 'en']],
    [' FR ', ['fr', 'en']],
    ['', ['en']],
    ['../x', ['en']],
  ] as const)('%j tries %j', (tag, codes) => {
    expect(contentCodes(tag)).toEqual(codes);
  });

  it('reads only the language in use when its file is complete', async () => {
    const asked: string[] = [];
    const full = Object.fromEntries(CONTENT_KEYS.map((k) => [k, `ar ${k}`]));
    const loaded = await loadContent('ar', CONTENT_KEYS, async (code) => {
      asked.push(code);
      return read({ ar: full })(code);
    });
    expect(asked).toEqual(['ar']);
    expect(loaded.code).toBe('ar');
    expect(loaded.content['disclaimer']).toBe('ar disclaimer');
  });

  it('takes a missing or empty string from English, and a missing file is English', async () => {
    const partial = { disclaimer: 'Informations générales.', 'guidance.tag': ' ' };
    const loaded = await loadContent('fr-CA', CONTENT_KEYS, read({ fr: partial, en: english }));
    expect(loaded.code).toBe('fr');
    expect(loaded.content['disclaimer']).toBe('Informations générales.');
    expect(loaded.content['guidance.tag']).toBe(english['guidance.tag']);
    expect(loaded.content['relief.cold.title']).toBe(english['relief.cold.title']);
    const none = await loadContent('sw', CONTENT_KEYS, read({ en: english }));
    expect(none.code).toBe('en');
    expect(none.content['relief.cold.title']).toBe(english['relief.cold.title']);
  });

  it('reads ahead: the first catalogue is asked for at once and handed to the load, not asked again', async () => {
    const asked: string[] = [];
    const full = Object.fromEntries(CONTENT_KEYS.map((k) => [k, `ar ${k}`]));
    const counted = async (code: string) => {
      asked.push(code);
      return read({ ar: full, en: english })(code);
    };
    const ahead = readAhead('ar-EG', counted);
    expect(asked).toEqual(['ar_EG']); // before any load has begun
    const loaded = await loadContent('ar-EG', CONTENT_KEYS, ahead);
    // ar_EG (read ahead, absent), then ar: nothing is read twice.
    expect(asked).toEqual(['ar_EG', 'ar']);
    expect(loaded).toEqual(await loadContent('ar-EG', CONTENT_KEYS, read({ ar: full })));
    // The early answer is handed out once; asked again, the file is read anew.
    await expect(ahead('ar_EG')).rejects.toThrow('no ar_EG');
    expect(asked).toEqual(['ar_EG', 'ar', 'ar_EG']);
  });

  it('reads ahead: a failed early read is not an unhandled rejection, and the load falls back', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const ahead = readAhead('fr', read({ en: english }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      const loaded = await loadContent('fr', CONTENT_KEYS, ahead);
      expect(loaded.code).toBe('en');
      expect(loaded.content['relief.cold.title']).toBe(english['relief.cold.title']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it("the worker's part of a catalogue is exactly what the worker shows", () => {
    expect(CONTENT_KEYS.filter((key) => isWorkerKey(key)).sort()).toEqual([...WORKER_KEYS].sort());
    expect(WORKER_KEYS.length).toBeGreaterThan(0);
  });

  it('gives every key the structure names, for every interface language', async () => {
    for (const tag of ['en', 'ar', 'de', 'es', 'fr', 'pt-BR', 'ru', 'zh-CN', 'ja', 'hi']) {
      const content = await contentFor(tag);
      for (const key of CONTENT_KEYS) expect(content[key], `${tag} ${key}`).toBeTruthy();
    }
  });
});
