/**
 * The user's settings: one valibot schema (types, ranges, cross-field rules
 * and human messages), the defaults, and a field-by-field repair for stored
 * values. Messages come from the catalogue, so each is in the user's language.
 */
import { i18n } from '#i18n';
import * as v from 'valibot';
import { parseClock } from './time';

export type BreakAction = 'notification' | 'window';
export type BadgeStyle = 'quiet' | 'countdown';

export interface DayHours {
  enabled: boolean;
  /** Local wall time 'HH:MM'. */
  start: string;
  /** Local wall time 'HH:MM', later than start. */
  end: string;
}

export interface Settings {
  nudgeEnabled: boolean;
  nudgeIntervalMinutes: number;
  breakIntervalMinutes: number;
  breakMinutes: number;
  snoozeMinutes: number;
  repeatIntervalMinutes: number;
  repeatCount: number;
  naturalBreakMinutes: number;
  breakAction: BreakAction;
  holdWhileFullscreen: boolean;
  holdMaxMinutes: number;
  audibleCountsAsSitting: boolean;
  badgeStyle: BadgeStyle;
  activeHoursEnabled: boolean;
  /** Index 0 = Sunday … 6 = Saturday (as Date#getDay). */
  activeDays: DayHours[];
  dailyBreakGoal: number;
}

/** Inclusive [min, max] of every number setting. */
export const LIMITS = {
  nudgeIntervalMinutes: [1, 240],
  breakIntervalMinutes: [1, 240],
  breakMinutes: [1, 60],
  snoozeMinutes: [1, 120],
  repeatIntervalMinutes: [1, 240],
  repeatCount: [0, 10],
  naturalBreakMinutes: [1, 60],
  holdMaxMinutes: [1, 60],
  dailyBreakGoal: [1, 48],
} as const satisfies Partial<Record<keyof Settings, readonly [number, number]>>;

export type NumberField = keyof typeof LIMITS;

const workday: DayHours = { enabled: true, start: '09:00', end: '17:00' };
const weekend: DayHours = { enabled: false, start: '09:00', end: '17:00' };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  nudgeEnabled: true,
  nudgeIntervalMinutes: 20,
  breakIntervalMinutes: 50,
  breakMinutes: 5,
  snoozeMinutes: 10,
  repeatIntervalMinutes: 10,
  repeatCount: 3,
  naturalBreakMinutes: 5,
  breakAction: 'notification',
  holdWhileFullscreen: true,
  holdMaxMinutes: 15,
  audibleCountsAsSitting: true,
  badgeStyle: 'quiet',
  activeHoursEnabled: false,
  activeDays: [weekend, workday, workday, workday, workday, workday, weekend],
  dailyBreakGoal: 6,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, activeDays: [...DEFAULT_SETTINGS.activeDays] });
}

const wholeNumberIn = (field: NumberField) => {
  const [min, max] = LIMITS[field];
  const message = () => i18n.t('settings.errors.range', [String(min), String(max)]);
  return v.pipe(
    v.number(() => i18n.t('settings.errors.number')),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};

const clock = v.pipe(
  v.string(() => i18n.t('settings.errors.time')),
  v.check(
    (s) => parseClock(s) !== undefined,
    () => i18n.t('settings.errors.time'),
  ),
);

const dayHoursSchema = v.pipe(
  v.object({ enabled: v.boolean(), start: clock, end: clock }),
  v.forward(
    v.check(
      (d) => !d.enabled || (parseClock(d.end) ?? 0) > (parseClock(d.start) ?? 0),
      () => i18n.t('settings.errors.endBeforeStart'),
    ),
    ['end'],
  ),
);

/** Each field on its own: used to validate one input and to repair stored data. */
export const FIELD_SCHEMAS = {
  nudgeEnabled: v.boolean(),
  nudgeIntervalMinutes: wholeNumberIn('nudgeIntervalMinutes'),
  breakIntervalMinutes: wholeNumberIn('breakIntervalMinutes'),
  breakMinutes: wholeNumberIn('breakMinutes'),
  snoozeMinutes: wholeNumberIn('snoozeMinutes'),
  repeatIntervalMinutes: wholeNumberIn('repeatIntervalMinutes'),
  repeatCount: wholeNumberIn('repeatCount'),
  naturalBreakMinutes: wholeNumberIn('naturalBreakMinutes'),
  breakAction: v.picklist(['notification', 'window']),
  holdWhileFullscreen: v.boolean(),
  holdMaxMinutes: wholeNumberIn('holdMaxMinutes'),
  audibleCountsAsSitting: v.boolean(),
  badgeStyle: v.picklist(['quiet', 'countdown']),
  activeHoursEnabled: v.boolean(),
  activeDays: v.pipe(v.array(dayHoursSchema), v.length(7)),
  dailyBreakGoal: wholeNumberIn('dailyBreakGoal'),
} satisfies Record<keyof Settings, v.GenericSchema>;

const nudgeShorterThanBreak = (
  s: Pick<Settings, 'nudgeEnabled' | 'nudgeIntervalMinutes' | 'breakIntervalMinutes'>,
) => !s.nudgeEnabled || s.nudgeIntervalMinutes < s.breakIntervalMinutes;

export const SettingsSchema = v.pipe(
  v.strictObject(FIELD_SCHEMAS),
  v.forward(
    v.partialCheck(
      [['nudgeEnabled'], ['nudgeIntervalMinutes'], ['breakIntervalMinutes']],
      nudgeShorterThanBreak,
      () => i18n.t('settings.errors.nudgeNotShorter'),
    ),
    ['nudgeIntervalMinutes'],
  ),
);

export type SettingsErrors = Record<string, string>;

export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

/**
 * Validates a whole settings object. Errors are keyed by dotted path
 * ('breakMinutes', 'activeDays.2.end'), one message per path.
 */
export function validateSettings(input: unknown): SettingsValidation {
  const result = v.safeParse(SettingsSchema, input);
  if (result.success) return { ok: true, settings: result.output as Settings };
  const errors: SettingsErrors = {};
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? '';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Settings from whatever storage holds: every field that is missing or invalid
 * falls back to its default on its own, days one by one, and a broken
 * cross-field rule resets the fields it involves. Never throws.
 */
export function repairSettings(stored: unknown): Settings {
  const src = isRecord(stored) ? stored : {};
  const out = defaultSettings();
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof Settings)[]) {
    if (key === 'activeDays') continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[key], src[key]);
    if (parsed.success) target[key] = parsed.output;
  }
  if (Array.isArray(src.activeDays)) {
    out.activeDays = out.activeDays.map((fallback, i) => {
      const parsed = v.safeParse(
        dayHoursSchema,
        src.activeDays && (src.activeDays as unknown[])[i],
      );
      return parsed.success ? parsed.output : fallback;
    });
  }
  if (!nudgeShorterThanBreak(out)) {
    out.nudgeIntervalMinutes = DEFAULT_SETTINGS.nudgeIntervalMinutes;
    out.breakIntervalMinutes = DEFAULT_SETTINGS.breakIntervalMinutes;
  }
  return out;
}
