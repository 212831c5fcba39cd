/**
 * The settings file people export and import: a small versioned JSON envelope
 * around the Settings object. Import never trusts the file: it is checked
 * whole (size, JSON, envelope, every value through the settings schema)
 * before anything is applied, and every problem is reported at once, in the
 * user's language, named by the label the options page shows for that field.
 *
 * A file may hold only some settings (an older export, or one edited by
 * hand): the missing ones keep their current values. Unknown keys are errors,
 * so a typo never passes silently: in the envelope, among the settings and
 * inside each day of `activeDays`. So is a key given twice in one object
 * (JSON.parse would quietly keep the last one). Whatever the file says is
 * echoed escaped, shortened and isolated (./echo.ts), and nothing here
 * recurses into the file's values, so a value nested thousands deep costs
 * nothing.
 */
import { i18n } from '#i18n';
import {
  BOOLEAN_FIELDS,
  CHOICES,
  FIELD_SCHEMAS,
  LIMITS,
  validateSettings,
  type Settings,
} from './settings';
import { echo } from './echo';
import { firstDuplicateKey } from './json-duplicates';

export const SETTINGS_FILE_APP = 'posture-break';
export const SETTINGS_FILE_KIND = 'settings';
export const SETTINGS_FILE_VERSION = 1;
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;
/** More problems than this are counted, not listed. */
const MAX_LISTED_ERRORS = 12;

export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  kind: typeof SETTINGS_FILE_KIND;
  version: typeof SETTINGS_FILE_VERSION;
  settings: Settings;
}

export type ParsedSettingsFile =
  { ok: true; settings: Settings; changed: (keyof Settings)[] } | { ok: false; errors: string[] };

export function settingsFile(settings: Settings): SettingsFile {
  return {
    app: SETTINGS_FILE_APP,
    kind: SETTINGS_FILE_KIND,
    version: SETTINGS_FILE_VERSION,
    settings,
  };
}

export function settingsFileText(settings: Settings): string {
  return JSON.stringify(settingsFile(settings), null, 2) + '\n';
}

/** 'posture-break-settings-2026-11-25.json' for the local day key given. */
export function settingsFileName(dayKey: string): string {
  return `posture-break-settings-${dayKey}.json`;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const SETTING_KEYS = Object.keys(FIELD_SCHEMAS) as (keyof Settings)[];
/**
 * The message for a file over the size limit (also used before reading a large
 * file at all). The catalogue holds the unit, so Arabic text says كيلوبايت.
 */
export function tooLargeMessage(): string {
  return i18n.t('settingsFile.errors.tooLarge', [String(MAX_SETTINGS_FILE_BYTES / 1024)]);
}

const ENVELOPE_KEYS = ['app', 'kind', 'version', 'settings'];
const DAY_KEYS = ['enabled', 'start', 'end'];

/**
 * Keeps one of our own Latin values (a list of choices) in one piece inside a
 * right-to-left sentence, so its quotes and commas stay where they belong.
 */
const isolate = (text: string) => (i18n.t('dir') === 'rtl' ? `\u2068${text}\u2069` : text);

const fail = (...errors: string[]): ParsedSettingsFile => ({ ok: false, errors });

/**
 * Reads a settings file. `current` fills settings the file leaves out and is
 * what `changed` compares against. Never throws.
 */
export function parseSettingsFile(text: string, current: Settings): ParsedSettingsFile {
  const tooLarge = () => fail(tooLargeMessage());
  // Every character is at least one byte: skip encoding text that is plainly too big.
  if (text.length > MAX_SETTINGS_FILE_BYTES) return tooLarge();
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) return tooLarge();

  let file: unknown;
  try {
    // Editors on Windows may start the file with a byte-order mark.
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(i18n.t('settingsFile.errors.notJson'));
  }
  if (!isRecord(file) || file.app !== SETTINGS_FILE_APP || !('version' in file))
    return fail(i18n.t('settingsFile.errors.notOurs'));
  if (file.kind !== SETTINGS_FILE_KIND) return fail(i18n.t('settingsFile.errors.wrongKind'));
  if (file.version !== SETTINGS_FILE_VERSION) return fail(versionProblem(file.version));
  if (!isRecord(file.settings)) return fail(i18n.t('settingsFile.errors.noSettings'));

  const errors: string[] = [];
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== undefined)
    errors.push(i18n.t('settingsFile.errors.duplicateKey', [echo(duplicate)]));
  for (const key of Object.keys(file))
    if (!ENVELOPE_KEYS.includes(key))
      errors.push(i18n.t('settingsFile.errors.unknownFileKey', [echo(key)]));
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.settings)) {
    if ((SETTING_KEYS as string[]).includes(key)) known[key] = value;
    else errors.push(i18n.t('settingsFile.errors.unknownKey', [echo(key)]));
  }
  if (Array.isArray(known.activeDays))
    known.activeDays.forEach((day: unknown, index) => {
      if (!isRecord(day)) return;
      for (const key of Object.keys(day))
        if (!DAY_KEYS.includes(key))
          errors.push(
            i18n.t('settingsFile.errors.unknownDayKey', [
              settingLabel(`activeDays.${index}`),
              echo(key),
            ]),
          );
    });
  const result = validateSettings({ ...structuredClone(current), ...known });
  if (!result.ok) {
    for (const [path, message] of Object.entries(result.errors))
      errors.push(
        i18n.t('settingsFile.errors.field', [
          settingLabel(path),
          problemAt(path, message, valueAt(known, path)),
        ]),
      );
  }
  if (errors.length > 0 || !result.ok) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > listed.length)
      listed.push(i18n.t('settingsFile.errors.more', [String(errors.length - listed.length)]));
    return { ok: false, errors: listed };
  }
  return {
    ok: true,
    settings: result.settings,
    changed: changedSettings(current, result.settings),
  };
}

/**
 * A version we cannot read: a number or a string as written (escaped and
 * shortened), anything else by its type alone, so a version nested thousands
 * deep is never turned into text.
 */
function versionProblem(version: unknown): string {
  const reads = String(SETTINGS_FILE_VERSION);
  if (typeof version === 'number')
    return i18n.t('settingsFile.errors.version', [echo(String(version), 20), reads]);
  if (typeof version === 'string')
    return i18n.t('settingsFile.errors.version', [echo(JSON.stringify(version), 20), reads]);
  const type =
    version === null
      ? i18n.t('settingsFile.types.null')
      : Array.isArray(version)
        ? i18n.t('settingsFile.types.list')
        : typeof version === 'boolean'
          ? i18n.t('settingsFile.types.boolean')
          : i18n.t('settingsFile.types.object');
  return i18n.t('settingsFile.errors.versionType', [type, reads]);
}

/**
 * What is wrong at a path, in words. Number and time messages come from the
 * settings schema already localized; the schema leaves the rest (types a form
 * cannot produce, only a file can) to us.
 */
function problemAt(path: string, schemaMessage: string, value: unknown): string {
  const [key, , leaf] = path.split('.');
  if (key && key in LIMITS) return schemaMessage;
  if (key === 'activeDays' && (leaf === 'start' || leaf === 'end'))
    // A missing time gets valibot's own (English) message: say what a time looks like.
    return typeof value === 'string' ? schemaMessage : i18n.t('settings.errors.time');
  if ((BOOLEAN_FIELDS as readonly string[]).includes(key ?? ''))
    return i18n.t('settingsFile.errors.boolean');
  const choices = key && key in CHOICES ? CHOICES[key as keyof typeof CHOICES] : undefined;
  if (choices)
    return i18n.t('settingsFile.errors.oneOf', [isolate(choices.map((c) => `"${c}"`).join(', '))]);
  if (key === 'activeDays') return i18n.t('settingsFile.errors.days');
  return schemaMessage;
}

function valueAt(root: unknown, path: string): unknown {
  let at = root;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** Top-level settings whose values differ, in schema order. */
export function changedSettings(before: Settings, after: Settings): (keyof Settings)[] {
  return SETTING_KEYS.filter((key) => !sameData(before[key], after[key]));
}

/** Deep equality for plain JSON data (settings and drafts are nothing else), key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

/** The name of a weekday (0 = Sunday) in the given locale. */
export function weekdayName(locale: string, day: number): string {
  // 7 January 2024 was a Sunday; noon keeps clear of any time-zone edge.
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(
    new Date(2024, 0, 7 + day, 12),
  );
}

/** The label the options page shows for a setting at a dotted path. */
export function settingLabel(path: string): string {
  const [key, index, leaf] = path.split('.');
  switch (key) {
    case 'activeDays': {
      if (index === undefined) return i18n.t('options.fields.activeDays.label');
      const day = weekdayName(i18n.t('locale'), Number(index));
      if (leaf === 'start') return i18n.t('options.fields.activeDays.start', [day]);
      if (leaf === 'end') return i18n.t('options.fields.activeDays.end', [day]);
      return `${i18n.t('options.fields.activeDays.label')}: ${day}`;
    }
    default:
      return (SETTING_KEYS as string[]).includes(key ?? '')
        ? i18n.t(`options.fields.${key as Exclude<keyof Settings, 'activeDays'>}.label`)
        : path;
  }
}
