/**
 * The interface catalogues (locales/<code>.json, every language) against
 * English and the code: the same keys and placeholders in each, every key the
 * code names exists, every key in them is used somewhere, and the store
 * listing's name and description fit Chrome's limits in every language.
 *
 * A use is a string literal in the source that spells a whole key
 * ('popup.tips.today'), or __MSG_key__ in the manifest, HTML or CSS. Keys the
 * code builds at run time (`badge.${kind}`) cannot be seen that way, so each
 * such template is listed in DYNAMIC below with every key it can make; a new
 * template in the code, or a listed one that is gone, fails the test until
 * the list is updated.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PRESETS } from '@/utils/presets';
import { INTERFACE_LOCALES } from '../../helpers/i18n';
import { BOOLEAN_FIELDS, CHOICES, DEFAULT_SETTINGS, LIMITS } from '@/utils/settings';

const ROOT = resolve(__dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const SOURCE_FILES = ['wxt.config.ts'];
const SOURCE_EXT = /\.(ts|tsx|html|css)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

const catalogue = (locale: string) =>
  flatten(JSON.parse(readFileSync(join(ROOT, 'locales', `${locale}.json`), 'utf8')) as Tree);
const en = catalogue('en');
const OTHERS = INTERFACE_LOCALES.filter((code) => code !== 'en');

/** Chrome Web Store limits: name 45 characters, short description 132. */
const STORE_LIMITS = { extName: 45, extDescription: 132 } as const;
/** First segments that hold nested keys ('popup', 'options', ...). */
const GROUPS = new Set([...en.keys()].filter((k) => k.includes('.')).map((k) => k.split('.')[0]));

function sources(): { file: string; text: string }[] {
  const files = [...SOURCE_FILES];
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (SOURCE_EXT.test(entry)) files.push(join(dir, entry));
    }
  }
  return files.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

const settingKeys = Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'activeDays');

/**
 * Every key template in the code, written with * for the part filled in at
 * run time, and the keys it can produce. Listed by hand on purpose: where a
 * typed list exists, a test below checks the hand list against it.
 */
const DYNAMIC: Record<string, readonly string[]> = {
  // entrypoints/background/badge.ts: the badge kinds other than 'countdown',
  // which has its own key with the minutes (utils/tracker/schedule.ts, Badge).
  'badge.*': ['tracking', 'due', 'onBreak', 'away', 'paused', 'offHours'],
  // The preset picker (options and welcome) and the "preset applied" notice.
  'options.presets.*.name': ['gentle', 'standard', 'frequent'],
  'options.presets.*.about': ['gentle', 'standard', 'frequent'],
  'options.presets.*.use': ['gentle', 'standard', 'frequent'],
  // components/options/NumberField.tsx: one per number setting.
  'options.fields.*.hint': Object.keys(LIMITS),
  // NumberField labels and settings-file.ts names every setting but activeDays.
  'options.fields.*.label': settingKeys,
  // components/options/SettingsTransfer.tsx: how a changed choice is shown.
  'options.values.*': CHOICES.breakAction,
  'options.fields.badgeStyle.*': CHOICES.badgeStyle,
  'options.fields.activeHoursEnabled.*': ['scheduled', 'always'],
  // components/options/SectionNav.tsx: the settings' groups (Advanced has its own summary key).
  'options.nav.*': ['rhythm', 'when', 'appearance', 'backup'],
};

const expand = (template: string, part: string) => template.replace('*', part);

/** What the code names: whole keys, __MSG_ names and key templates, each with where. */
function uses() {
  const keys = new Map<string, string>();
  const templates = new Map<string, string>();
  const messages = new Map<string, string>();
  for (const { file, text } of sources()) {
    for (const m of text.matchAll(/(['"`])([A-Za-z]\w*(?:\.\w+)*)\1/g)) {
      if (m[2]) keys.set(m[2], file);
    }
    for (const m of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
      const template = (m[1] ?? '').replace(/\$\{[^}]*\}/g, '*');
      if (/^\w+(\.(\w+|\*))+$/.test(template) && GROUPS.has(template.split('.')[0])) {
        templates.set(template, file);
      }
    }
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) if (m[1]) messages.set(m[1], file);
  }
  return { keys, templates, messages };
}

describe.each(INTERFACE_LOCALES)('interface catalogue %s', (code) => {
  const other = catalogue(code);

  it('has the same keys as English', () => {
    expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
  });

  it('uses the same $n placeholders as English', () => {
    const slots = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();
    const differ = [...en].filter(([key, text]) => {
      const found = other.get(key);
      return found !== undefined && slots(text).join() !== slots(found).join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('has no empty or untrimmed text', () => {
    for (const [key, text] of other) expect(text.trim(), key).toBe(text);
    for (const [key, text] of other) expect(text.length, key).toBeGreaterThan(0);
  });

  it("names itself: its locale is a tag Intl knows, with the file's language", () => {
    const tag = other.get('locale') ?? '';
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(tag.replace('-', '_')).toBe(code);
    expect(other.get('dir')).toBe(code === 'ar' ? 'rtl' : 'ltr');
  });

  it.each(Object.entries(STORE_LIMITS))('store listing: %s within %i characters', (key, limit) => {
    const text = other.get(key) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect([...text].length, text).toBeLessThanOrEqual(limit);
  });
});

describe('interface catalogues', () => {
  it('are ten languages or more, every one translated', () => {
    expect(INTERFACE_LOCALES.length).toBeGreaterThanOrEqual(10);
    for (const code of OTHERS) {
      expect(catalogue(code).get('popup.tabs.relief'), code).not.toBe(en.get('popup.tabs.relief'));
    }
  });

  it('hold every key the code names', () => {
    const { keys, templates, messages } = uses();
    const missing: string[] = [];
    for (const [key, file] of keys) {
      if (GROUPS.has(key.split('.')[0]) && key.includes('.') && !en.has(key)) {
        missing.push(`${key} (${file})`);
      }
    }
    for (const [name, file] of messages) {
      if (!en.has(name)) missing.push(`__MSG_${name}__ (${file})`);
    }
    for (const [template, parts] of Object.entries(DYNAMIC)) {
      for (const part of parts) {
        if (!en.has(expand(template, part))) missing.push(`${expand(template, part)} (DYNAMIC)`);
      }
    }
    expect(missing).toEqual([]);
    expect(templates.size).toBeGreaterThan(0);
  });

  it('list every key template the code builds, and only those', () => {
    const { templates } = uses();
    const found = [...templates.keys()].sort();
    expect(found, 'a key template is not in DYNAMIC').toEqual(Object.keys(DYNAMIC).sort());
  });

  it('DYNAMIC follows the typed lists it mirrors', () => {
    const presetIds = PRESETS.map((p) => p.id);
    expect(DYNAMIC['options.presets.*.name']).toEqual(presetIds);
    expect(DYNAMIC['options.presets.*.about']).toEqual(presetIds);
    expect(DYNAMIC['options.presets.*.use']).toEqual(presetIds);
    expect([...(DYNAMIC['options.fields.*.label'] ?? [])].sort()).toEqual(
      [...Object.keys(LIMITS), ...BOOLEAN_FIELDS, ...Object.keys(CHOICES)].sort(),
    );
  });

  it('have no key that the code does not use', () => {
    const { keys, messages } = uses();
    const used = new Set<string>([...keys.keys(), ...messages.keys()]);
    for (const [template, parts] of Object.entries(DYNAMIC)) {
      for (const part of parts) used.add(expand(template, part));
    }
    const unused = [...en.keys()].filter((key) => !used.has(key));
    expect(unused, `unused keys in ${relative(ROOT, join(ROOT, 'locales'))}`).toEqual([]);
  });
});
