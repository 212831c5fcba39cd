/**
 * The settings schema (valibot): types, ranges, the cross-field rules and
 * human messages, from the catalogue so each is in the user's language. The
 * shape, limits and defaults live in settings-core.ts, which the service
 * worker loads without this schema.
 */
import { i18n } from '#i18n';
import * as v from 'valibot';
import {
  CHOICES,
  LIMITS,
  nudgeShorterThanBreak,
  type NumberField,
  type Settings,
} from './settings-core';
import { parseClock } from './time';

export * from './settings-core';

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
  breakAction: v.picklist(CHOICES.breakAction),
  holdWhileFullscreen: v.boolean(),
  holdWhileAudible: v.boolean(),
  holdMaxMinutes: wholeNumberIn('holdMaxMinutes'),
  audibleCountsAsSitting: v.boolean(),
  badgeStyle: v.picklist(CHOICES.badgeStyle),
  activeHoursEnabled: v.boolean(),
  activeDays: v.pipe(v.array(dayHoursSchema), v.length(7)),
  dailyBreakGoal: wholeNumberIn('dailyBreakGoal'),
} satisfies Record<keyof Settings, v.GenericSchema>;

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
