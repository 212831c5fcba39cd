/**
 * Fuzzing what was tried by hand against the settings file (the files:
 * tests/helpers/hostile-files.ts). Whatever the file,
 * parsing never throws, finishes quickly, accepts only valid settings, and
 * every message is plain text: no raw control or bidi character, isolation
 * marks paired.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings, type Settings } from '@/utils/settings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from '@/utils/settings-file';
import { ACTIVE, fileText, key } from '../helpers/hostile-files';
import { useLocale } from '../helpers/i18n';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const current = defaultSettings();
const SETTING_KEYS = Object.keys(current);

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
