/**
 * Three starting points, from few reminders to many. A preset sets only the
 * rhythm (how often, how long, how insistent); the user's other choices
 * (break window, badge, active hours, fullscreen and sound rules) stay.
 * Standard is the defaults, taken from DEFAULT_SETTINGS so the two never drift.
 */
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type PresetId = 'gentle' | 'standard' | 'frequent';

/** The fields a preset sets. */
export const PRESET_FIELDS = [
  'nudgeEnabled',
  'nudgeIntervalMinutes',
  'breakIntervalMinutes',
  'breakMinutes',
  'snoozeMinutes',
  'repeatIntervalMinutes',
  'repeatCount',
  'dailyBreakGoal',
] as const satisfies readonly (keyof Settings)[];

export type PresetValues = Pick<Settings, (typeof PRESET_FIELDS)[number]>;

export interface Preset {
  id: PresetId;
  values: Readonly<PresetValues>;
}

const standard = Object.fromEntries(
  PRESET_FIELDS.map((key) => [key, DEFAULT_SETTINGS[key]]),
) as unknown as PresetValues;

export const PRESETS: readonly Preset[] = Object.freeze([
  {
    id: 'gentle',
    values: {
      nudgeEnabled: true,
      nudgeIntervalMinutes: 30,
      breakIntervalMinutes: 60,
      breakMinutes: 5,
      snoozeMinutes: 15,
      repeatIntervalMinutes: 15,
      repeatCount: 2,
      dailyBreakGoal: 4,
    },
  },
  { id: 'standard', values: standard },
  {
    id: 'frequent',
    values: {
      nudgeEnabled: true,
      nudgeIntervalMinutes: 15,
      breakIntervalMinutes: 30,
      breakMinutes: 3,
      snoozeMinutes: 5,
      repeatIntervalMinutes: 5,
      repeatCount: 5,
      dailyBreakGoal: 10,
    },
  },
]);

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown preset ${id}`);
  return preset;
}

/** The settings with a preset's rhythm; everything else unchanged. */
export function applyPreset(settings: Settings, preset: Preset): Settings {
  return { ...structuredClone(settings), ...preset.values };
}

/** The preset whose rhythm the settings follow exactly, if any. */
export function matchingPreset(settings: Settings): PresetId | undefined {
  return PRESETS.find((p) => PRESET_FIELDS.every((key) => settings[key] === p.values[key]))?.id;
}
