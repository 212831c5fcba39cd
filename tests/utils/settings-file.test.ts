import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings, type Settings } from '@/utils/settings';
import {
  changedSettings,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  settingLabel,
  settingsFile,
  settingsFileName,
  settingsFileText,
} from '@/utils/settings-file';
import { validSettings } from '../components/options/settings-arbitrary';
import { useLocale } from '../helpers/i18n';

const current = defaultSettings();
const envelope = (settings: unknown, extra: object = {}) =>
  JSON.stringify({ app: 'posture-break', kind: 'settings', version: 1, settings, ...extra });
const errorsOf = (text: string, base: Settings = current) => {
  const result = parseSettingsFile(text, base);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};

describe('settings file: export', () => {
  it('is a versioned envelope around the settings, as readable JSON', () => {
    const text = settingsFileText(current);
    expect(JSON.parse(text)).toEqual({
      app: 'posture-break',
      kind: 'settings',
      version: 1,
      settings: current,
    });
    expect(text).toContain('\n  "settings": {');
    expect(settingsFile(current).version).toBe(1);
  });

  it('names the file after the day', () => {
    expect(settingsFileName('2026-11-25')).toBe('posture-break-settings-2026-11-25.json');
  });

  it('is far below the import limit', () => {
    expect(settingsFileText(current).length).toBeLessThan(MAX_SETTINGS_FILE_BYTES / 20);
  });
});

describe('settings file: refused, with one clear reason', () => {
  it.each([
    ['empty', ''],
    ['not JSON', 'hello'],
    ['cut short', envelope(current).slice(0, 40)],
  ])('%s: not JSON', (_, text) => {
    expect(errorsOf(text)).toEqual([
      'The file is not a settings file: it does not contain valid JSON.',
    ]);
  });

  it('over 100 KB, even when valid JSON (counted in bytes, not characters)', () => {
    const padded = envelope(current).replace('{', '{' + ' '.repeat(MAX_SETTINGS_FILE_BYTES));
    expect(errorsOf(padded)).toEqual([
      'The file is larger than 100 KB, far bigger than any settings file.',
    ]);
    // 40 000 Arabic letters are 80 000 bytes in UTF-8... plus the rest: over.
    const wide = envelope(current, { note: 'ق'.repeat(52_000) });
    expect(wide.length).toBeLessThan(MAX_SETTINGS_FILE_BYTES);
    expect(errorsOf(wide)[0]).toMatch(/larger than 100 KB/);
  });

  it('over 100 KB, in Arabic: the unit is Arabic too', async () => {
    await useLocale('ar');
    const padded = envelope(current).replace('{', '{' + ' '.repeat(MAX_SETTINGS_FILE_BYTES));
    expect(errorsOf(padded)).toEqual([
      'حجم الملف أكبر من 100 كيلوبايت، وهذا أكبر بكثير من أي ملف إعدادات.',
    ]);
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    [
      'another app',
      JSON.stringify({ app: 'stretchly', kind: 'settings', version: 1, settings: {} }),
    ],
    ['no app', JSON.stringify({ kind: 'settings', version: 1, settings: current })],
    ['no version', JSON.stringify({ app: 'posture-break', kind: 'settings', settings: current })],
  ])('%s: not a Posture Break settings file', (_, text) => {
    expect(errorsOf(text)).toEqual(['This is not a Posture Break settings file.']);
  });

  it('another kind of Posture Break file (history)', () => {
    const text = JSON.stringify({ app: 'posture-break', kind: 'history', version: 1, days: {} });
    expect(errorsOf(text)).toEqual(['This Posture Break file does not hold settings.']);
  });

  it.each([
    [2, '2'],
    ['1', '"1"'],
    [0, '0'],
    ['1'.repeat(50), `"${'1'.repeat(19)}…`],
  ])('version %j is unknown', (version, shown) => {
    const text = JSON.stringify({
      app: 'posture-break',
      kind: 'settings',
      version,
      settings: current,
    });
    expect(errorsOf(text)).toEqual([
      `The file uses format version \u2068${shown}\u2069, which this version of Posture Break cannot read (it reads version 1).`,
    ]);
  });

  it('a version too large for a number reads as Infinity', () => {
    expect(errorsOf(envelope(current).replace('"version":1', '"version":1e400'))[0]).toContain(
      'format version \u2068Infinity\u2069,',
    );
  });

  it.each([
    [null, 'empty (null)'],
    [[1], 'a list'],
    [true, 'true or false'],
    [{ major: 1 }, 'an object'],
  ])('version %j is shown by its type', (version, type) => {
    expect(errorsOf(envelope(current, { version }))).toEqual([
      `The file’s format version is ${type}, not a number: this version of Posture Break reads version 1.`,
    ]);
  });

  it('a version nested as deep as the size limit allows: refused by its type, no stack overflow', () => {
    const depth = 49_000;
    const text = envelope(current).replace(
      '"version":1',
      `"version":${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_SETTINGS_FILE_BYTES);
    expect(errorsOf(text)).toEqual([
      'The file’s format version is a list, not a number: this version of Posture Break reads version 1.',
    ]);
  });

  it.each([
    ['missing', undefined],
    ['a list', []],
    ['a string', 'x'],
  ])('settings %s', (_, settings) => {
    expect(errorsOf(envelope(settings))).toEqual(['The file has no settings in it.']);
  });
});

describe('settings file: every invalid value is listed, by the label the page shows', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'out of range',
      { breakMinutes: 0 },
      'Length of a movement break (minutes): Enter a whole number from 1 to 60.',
    ],
    [
      'not whole',
      { repeatCount: 1.5 },
      'Repeat it at most (times): Enter a whole number from 0 to 10.',
    ],
    ['a string for a number', { snoozeMinutes: '10' }, 'Snooze length (minutes): Enter a number.'],
    [
      'nudge not shorter than break',
      { nudgeIntervalMinutes: 60, breakIntervalMinutes: 60 },
      'Time between nudges (minutes): The time between position nudges must be shorter than the time between movement breaks, so that nudges come more often than breaks. Shorten it, or turn nudges off.',
    ],
    [
      'not a boolean',
      { nudgeEnabled: 'yes' },
      'Remind me to shift position: Must be true or false.',
    ],
    [
      'an unknown choice',
      { badgeStyle: 'loud' },
      'What the icon shows: Must be one of: "quiet", "countdown".',
    ],
    [
      'an unknown break action',
      { breakAction: 'email' },
      'Open the break window instead of a notification: Must be one of: "notification", "window".',
    ],
    [
      'six days',
      { activeDays: defaultSettings().activeDays.slice(1) },
      'Active days and hours: Must list seven days, Sunday first, each with enabled, start and end.',
    ],
    [
      'a day that is not a day',
      { activeDays: [...defaultSettings().activeDays.slice(0, 6), 'weekend'] },
      'Active days and hours: Saturday: Must list seven days, Sunday first, each with enabled, start and end.',
    ],
    [
      'end before start',
      {
        activeDays: defaultSettings().activeDays.map((d, i) =>
          i === 1 ? { ...d, end: '08:00' } : d,
        ),
      },
      'Monday end time: The end time must be later than the start time.',
    ],
    [
      'a malformed time',
      {
        activeDays: defaultSettings().activeDays.map((d, i) =>
          i === 3 ? { ...d, start: '9am' } : d,
        ),
      },
      'Wednesday start time: Enter a time as hours and minutes, like 09:30.',
    ],
    ['an unknown setting', { volume: 11 }, '“\u2068volume\u2069” is not a Posture Break setting.'],
    [
      'an unknown key inside a day',
      {
        activeDays: defaultSettings().activeDays.map((d, i) =>
          i === 2 ? { ...d, lunch: '12:00' } : d,
        ),
      },
      'Active days and hours: Tuesday: “\u2068lunch\u2069” is not part of a day (a day has only enabled, start and end).',
    ],
  ])('%s', (_, settings, message) => {
    expect(errorsOf(envelope({ ...current, ...settings }))).toEqual([message]);
  });

  it('lists all problems at once', () => {
    const errors = errorsOf(envelope({ breakMinutes: 0, badgeStyle: 'loud', colour: 'red' }));
    expect(errors).toHaveLength(3);
  });

  it('counts problems past the first twelve instead of listing them all', () => {
    const junk = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`junk${i}`, i]));
    const errors = errorsOf(envelope(junk));
    expect(errors).toHaveLength(13);
    expect(errors[12]).toBe('Other problems not listed: 8.');
  });

  it('speaks the user’s language', async () => {
    await useLocale('ar');
    expect(errorsOf('nope')).toEqual(['هذا ليس ملف إعدادات: لا يحتوي على JSON صالح.']);
    expect(errorsOf(envelope({ breakMinutes: 0 }))).toEqual([
      'مدة استراحة الحركة (بالدقائق): أدخل عددًا صحيحًا من 1 إلى 60.',
    ]);
    // Latin values are isolated, so quotes and commas stay put in a right-to-left line.
    expect(errorsOf(envelope({ badgeStyle: 'loud' }))).toEqual([
      'ما تعرضه الأيقونة: يجب أن تكون القيمة إحدى القيم التالية: \u2068"quiet", "countdown"\u2069.',
    ]);
  });
});

describe('settings file: accepted', () => {
  it('a whole file: its settings, and which ones differ from the current ones', () => {
    const wanted = { ...current, breakIntervalMinutes: 60, badgeStyle: 'countdown' as const };
    expect(parseSettingsFile(settingsFileText(wanted), current)).toEqual({
      ok: true,
      settings: wanted,
      changed: ['breakIntervalMinutes', 'badgeStyle'],
    });
  });

  it('a partial file: what it leaves out keeps its current value', () => {
    const base = { ...current, snoozeMinutes: 25 };
    const result = parseSettingsFile(envelope({ breakMinutes: 8 }), base);
    expect(result).toEqual({
      ok: true,
      settings: { ...base, breakMinutes: 8 },
      changed: ['breakMinutes'],
    });
  });

  it('a partial file is still checked against the current settings (the nudge rule)', () => {
    expect(errorsOf(envelope({ breakIntervalMinutes: 10 }))[0]).toMatch(/^Time between nudges/);
  });

  it('the same settings: nothing changed', () => {
    expect(parseSettingsFile(settingsFileText(current), current)).toMatchObject({
      ok: true,
      changed: [],
    });
  });

  it('a byte-order mark is fine', () => {
    expect(parseSettingsFile('\uFEFF' + settingsFileText(current), current).ok).toBe(true);
  });
});

describe('settings file: properties', () => {
  it('export then import gives back exactly what was exported, whatever was current', () => {
    fc.assert(
      fc.property(validSettings, validSettings, (exported, before) => {
        const result = parseSettingsFile(settingsFileText(exported), before);
        expect(result).toEqual({
          ok: true,
          settings: exported,
          changed: changedSettings(before, exported),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('any text: never throws; accepted only when the result is valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseSettingsFile(text, current);
        if (result.ok) expect(validateSettings(result.settings).ok).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('random settings objects in a good envelope: never throws, never lets an invalid value in', () => {
    const keys = fc.constantFrom(...Object.keys(current), 'extra', '__proto__', 'constructor');
    fc.assert(
      fc.property(
        validSettings,
        fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
        (base, noise) => {
          const result = parseSettingsFile(envelope({ ...base, ...noise }), current);
          if (result.ok) {
            expect(validateSettings(result.settings).ok).toBe(true);
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors)
              expect(e).not.toMatch(/Invalid (key|type|length)|Expected|undefined|\[object/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random JSON anywhere in the file: never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(() => parseSettingsFile(JSON.stringify(value) ?? '', current)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('settingLabel', () => {
  it.each([
    ['breakMinutes', 'Length of a movement break (minutes)'],
    ['activeDays', 'Active days and hours'],
    ['activeDays.0.start', 'Sunday start time'],
    ['activeDays.6.end', 'Saturday end time'],
    ['mystery', 'mystery'],
  ])('%s → %s', (path, label) => {
    expect(settingLabel(path)).toBe(label);
  });
});

describe('settings file: unknown and repeated keys', () => {
  it('an unknown key in the envelope is an error', () => {
    expect(errorsOf(envelope(current, { exportedAt: 'today' }))).toEqual([
      '“\u2068exportedAt\u2069” does not belong in a settings file.',
    ]);
  });

  it.each([
    [
      'among the settings',
      envelope(current).replace('"breakMinutes":5', '"breakMinutes":5,"breakMinutes":60'),
      'breakMinutes',
    ],
    [
      'in the envelope',
      envelope(current).replace('"version":1', '"version":1,"version":1'),
      'version',
    ],
    [
      'inside a day',
      envelope(current).replace('"enabled":false', '"enabled":false,"enabled":true'),
      'enabled',
    ],
    [
      'spelled with an escape',
      envelope(current).replace('"breakMinutes":5', '"breakMinutes":5,"break\\u004dinutes":60'),
      'breakMinutes',
    ],
  ])('a key given twice %s is an error (JSON.parse would keep the last)', (_, text, key) => {
    expect(errorsOf(text)).toContain(
      `“\u2068${key}\u2069” appears twice in the same place in the file: keep only one.`,
    );
  });

  it('equal keys in different objects are fine', () => {
    const text = settingsFileText(current); // seven days, each with enabled, start and end
    expect(parseSettingsFile(text, current).ok).toBe(true);
  });
});

describe('settings file: echoed keys cannot steer the page', () => {
  it.each([
    ['a right-to-left override', 'abc\u202Edef', 'abc\\u202Edef'],
    ['isolates and marks', '\u2066x\u2069\u200F\u061C', '\\u2066x\\u2069\\u200F\\u061C'],
    ['a newline and a NUL', 'a\nb\u0000', 'a\\u000Ab\\u0000'],
    ['a C1 control and DEL', 'a\u0085\u007F', 'a\\u0085\\u007F'],
    ['a line separator and a BOM', '\u2028\uFEFF', '\\u2028\\uFEFF'],
    ['a surrogate with no partner', 'a\uD83Db', 'a\\uD83Db'],
  ])('%s is escaped, in every locale', async (_, key, shown) => {
    for (const lang of ['en', 'ar'] as const) {
      await useLocale(lang);
      const [error] = errorsOf(envelope({ [key]: 1 }));
      expect(error).toContain(`\u2068${shown}\u2069`);
      expect(error!.replace(/^[“«]\u2068|\u2069[”»].*$/gu, '')).toBe(shown);
    }
  });

  it('the Arabic message isolates the key too', async () => {
    await useLocale('ar');
    expect(errorsOf(envelope({ volume: 1 }))).toEqual([
      '«\u2068volume\u2069» ليس من إعدادات استراحة القوام.',
    ]);
  });

  it.each([
    ['emoji (surrogate pairs)', '😀'.repeat(60)],
    ['letters with combining accents', 'e\u0301'.repeat(60)],
    ['a family emoji (joined by ZWJ)', '👨‍👩‍👧'.repeat(30)],
    ['a huge key', 'k'.repeat(90_000)],
  ])('a long key is shortened between characters: %s', (_, key) => {
    const [error] = errorsOf(envelope({ [key]: 1 }));
    const shown = /\u2068(.*)\u2069/su.exec(error!)![1]!;
    expect(shown.endsWith('…')).toBe(true);
    const kept = shown.slice(0, -1);
    expect(key.startsWith(kept)).toBe(true);
    // No lone surrogate, and the cut falls between two whole characters.
    expect(kept.isWellFormed()).toBe(true);
    const graphemes = Array.from(
      // Only the start: each segment V8 hands out carries a fresh copy of its input.
      new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(key.slice(0, 200)),
    );
    expect(graphemes.some((g) => g.index === kept.length)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(40);
  });
});
