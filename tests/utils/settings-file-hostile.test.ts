/**
 * Fuzzing what was tried by hand against the settings file: prototype keys,
 * deep nesting in every field, huge and non-finite numbers, long strings,
 * control and bidi characters, byte-order marks and the byte-size edge.
 * Files are built as text (JSON.stringify cannot write `__proto__` as a key,
 * a number that overflows, a repeated key or a stray BOM). Whatever the file,
 * parsing never throws, finishes quickly, accepts only valid settings, and
 * every message is plain text: no raw control or bidi character, isolation
 * marks paired.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings, type Settings } from '@/utils/settings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from '@/utils/settings-file';
import { validSettings } from '../components/options/settings-arbitrary';
import { useLocale } from '../helpers/i18n';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const current = defaultSettings();
const SETTING_KEYS = Object.keys(current);

/** Characters that act instead of showing: what an error message must never carry raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066\u2067\ufeff]/u;
const nasty = fc.constantFrom(
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u061C',
  '\u0000',
  '\n',
  '\u0085',
  '\u2028',
  '\uFEFF',
  '\uD83D',
  '😀',
  'e\u0301',
  'ق',
);
const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join('')),
  fc.integer({ min: 100, max: 20_000 }).map((n) => 'k'.repeat(n)),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
);

/** Numbers as JSON text, including ones JSON.stringify would never write. */
const numberText = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '1e-400', '-0', '9007199254740993', '1.5', '0.0', '5e0'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(JSON.stringify(n))),
  fc.integer().map(String),
);

const deep = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`);

const jsonText = (v: unknown) => JSON.stringify(v) ?? 'null';
const key = (k: string) => JSON.stringify(k);
const object = (entries: [string, string][]) =>
  `{${entries.map(([k, v]) => `${key(k)}:${v}`).join(',')}}`;

/** Any value, as text: deep, numeric, stringy, or some random JSON. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  deep,
  numberText,
  hostileString.map(jsonText),
  fc.jsonValue({ maxDepth: 3 }).map(jsonText),
  fc.constantFrom('true', 'false', 'null', '[]', '{}'),
  fc
    .array(fc.tuple(hostileString, fc.constantFrom('1', '"x"', 'null')), { maxLength: 4 })
    .map(object),
);

/** A day: good, or with fields swapped for hostile values and hostile keys added. */
const dayText = fc
  .record({
    enabled: fc.oneof(fc.constantFrom('true', 'false'), hostileValue),
    start: fc.oneof(fc.constant('"09:00"'), hostileValue),
    end: fc.oneof(fc.constant('"17:00"'), hostileValue),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 2 }),
  })
  .map(({ enabled, start, end, extra }) =>
    object([['enabled', enabled], ['start', start], ['end', end], ...extra]),
  );

const settingsText = fc
  .record({
    base: validSettings,
    replaced: fc.array(fc.tuple(fc.constantFrom(...SETTING_KEYS), hostileValue), {
      maxLength: 3,
    }),
    days: fc.option(fc.array(fc.oneof(dayText, hostileValue), { minLength: 0, maxLength: 8 })),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 3 }),
    repeat: fc.option(fc.tuple(fc.constantFrom(...SETTING_KEYS), hostileValue)),
  })
  .map(({ base, replaced, days, extra, repeat }) => {
    const entries = new Map<string, string>(Object.entries(base).map(([k, v]) => [k, jsonText(v)]));
    for (const [k, v] of replaced) entries.set(k, v);
    if (days) entries.set('activeDays', `[${days.join(',')}]`);
    const list = [...entries, ...extra];
    if (repeat) list.push(repeat);
    return object(list);
  });

const fileText = fc
  .record({
    app: fc.oneof(fc.constant('"posture-break"'), hostileValue),
    kind: fc.oneof(fc.constant('"settings"'), hostileValue),
    version: fc.oneof(fc.constant('1'), hostileValue),
    settings: fc.oneof(settingsText, hostileValue),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 2 }),
    boms: fc.integer({ min: 0, max: 2 }),
    pad: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MAX_SETTINGS_FILE_BYTES })),
  })
  .map(({ app, kind, version, settings, extra, boms, pad }) => {
    const body = object([
      ['app', app],
      ['kind', kind],
      ['version', version],
      ['settings', settings],
      ...extra,
    ]);
    return '\uFEFF'.repeat(boms) + body + ' '.repeat(pad);
  });

/** Ample for one parse of at most 100 KB, even on a loaded machine. */
const PARSE_BUDGET_MS = 1_000;

function check(text: string, base: Settings = current) {
  const started = performance.now();
  const result = parseSettingsFile(text, base);
  expect(performance.now() - started).toBeLessThan(PARSE_BUDGET_MS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (result.ok) {
    const valid = validateSettings(result.settings);
    expect(valid.ok).toBe(true);
    expect(Object.keys(result.settings).sort()).toEqual([...SETTING_KEYS].sort());
    expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(13);
    for (const message of result.errors) {
      expect(typeof message).toBe('string');
      expect(message).not.toMatch(ACTIVE);
      expect(message.isWellFormed()).toBe(true);
      // Every isolate opened is closed, in order.
      let depth = 0;
      for (const ch of message) {
        if (ch === '\u2068') depth++;
        if (ch === '\u2069') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(message.length).toBeLessThan(600);
      expect(message).not.toMatch(/Invalid (key|type|length)|Expected|undefined|\[object/);
    }
  }
  return result;
}

describe('hostile settings files', () => {
  it.each(['en', 'ar'] as const)(
    'in %s: never throws, never accepts an invalid value, every message plain',
    async (lang) => {
      await useLocale(lang);
      fc.assert(
        fc.property(fileText, (text) => {
          check(text);
        }),
        { numRuns: RUNS },
      );
    },
    // FC_RUNS may ask for thousands of files.
    RUNS * 30 + 5_000,
  );

  it('prototype keys at every level are plain unknown keys, and pollute nothing', () => {
    for (const proto of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"app":"posture-break","kind":"settings","version":1,${key(proto)}:{"polluted":1},"settings":{${key(proto)}:{"polluted":1},"activeDays":[${Array(
        7,
      )
        .fill(`{"enabled":false,"start":"09:00","end":"17:00",${key(proto)}:{"polluted":1}}`)
        .join(',')}]}}`;
      const result = check(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toHaveLength(9);
    }
  });

  it.each(SETTING_KEYS.concat('app', 'kind', 'settings'))(
    'nesting as deep as the size allows in %s: answered, no stack overflow',
    (field) => {
      const depth = 45_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const envelope = { app: 'posture-break', kind: 'settings', version: 1, settings: current };
      const text = ['app', 'kind', 'settings'].includes(field)
        ? JSON.stringify(envelope).replace(
            field === 'settings' ? /"settings":\{.*\}\}$/ : new RegExp(`"${field}":"[a-z-]+"`),
            `"${field}":${nested}${field === 'settings' ? '}' : ''}`,
          )
        : JSON.stringify(envelope).replace(
            new RegExp(`"${field}":(\\[.*?\\]\\]?|[^,}]+)(?=,"|\\})`),
            `"${field}":${nested}`,
          );
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_SETTINGS_FILE_BYTES);
      expect(text).toContain(nested);
      expect(check(text).ok).toBe(false);
    },
  );

  it('the byte-size edge: exactly 100 KB is read, one byte more is not, a wide letter counted in bytes', () => {
    const body = JSON.stringify({
      app: 'posture-break',
      kind: 'settings',
      version: 1,
      settings: current,
    });
    const at = (bytes: number, tail = '') =>
      body + ' '.repeat(bytes - new TextEncoder().encode(body + tail).length) + tail;
    expect(check(at(MAX_SETTINGS_FILE_BYTES)).ok).toBe(true);
    expect(check(at(MAX_SETTINGS_FILE_BYTES + 1)).ok).toBe(false);
    // 100 KB in characters, but 'ق' is two bytes: one byte over.
    const wide = at(MAX_SETTINGS_FILE_BYTES).slice(0, -1) + 'ق';
    expect(wide.length).toBe(MAX_SETTINGS_FILE_BYTES);
    expect(check(wide).ok).toBe(false);
    // A byte-order mark counts too (three bytes in UTF-8) and is still accepted below the limit.
    expect(check('\uFEFF' + at(MAX_SETTINGS_FILE_BYTES - 3)).ok).toBe(true);
    expect(check('\uFEFF\uFEFF' + body).ok).toBe(false);
  });
});
