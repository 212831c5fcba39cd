import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  matchingPreset,
  PRESET_FIELDS,
  presetById,
  PRESETS,
  type PresetId,
} from '@/utils/presets';
import { DEFAULT_SETTINGS, defaultSettings, validateSettings } from '@/utils/settings';
import { validSettings } from '../components/options/settings-arbitrary';

describe('presets', () => {
  it('are gentle, standard and frequent, in that order, with unique ids', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['gentle', 'standard', 'frequent']);
  });

  it('each sets exactly the rhythm fields', () => {
    for (const preset of PRESETS)
      expect(Object.keys(preset.values).sort()).toEqual([...PRESET_FIELDS].sort());
  });

  it('standard is the defaults', () => {
    expect(applyPreset(defaultSettings(), presetById('standard'))).toEqual(defaultSettings());
    expect(matchingPreset(defaultSettings())).toBe('standard');
  });

  it('go from fewer reminders to more', () => {
    const [gentle, standard, frequent] = PRESETS.map((p) => p.values);
    expect(gentle!.breakIntervalMinutes).toBeGreaterThan(standard!.breakIntervalMinutes);
    expect(standard!.breakIntervalMinutes).toBeGreaterThan(frequent!.breakIntervalMinutes);
    expect(gentle!.nudgeIntervalMinutes).toBeGreaterThan(frequent!.nudgeIntervalMinutes);
    expect(gentle!.dailyBreakGoal).toBeLessThan(frequent!.dailyBreakGoal);
  });

  it.each(['gentle', 'standard', 'frequent'] as PresetId[])(
    '%s applied to any valid settings gives valid settings that match it, the rest unchanged',
    (id) => {
      fc.assert(
        fc.property(validSettings, (settings) => {
          const out = applyPreset(settings, presetById(id));
          expect(validateSettings(out).ok).toBe(true);
          expect(matchingPreset(out)).toBe(id);
          for (const key of Object.keys(settings) as (keyof typeof settings)[])
            if (!(PRESET_FIELDS as readonly string[]).includes(key))
              expect(out[key]).toEqual(settings[key]);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('do not touch the settings they are applied to', () => {
    const before = defaultSettings();
    applyPreset(before, presetById('frequent'));
    expect(before).toEqual(defaultSettings());
    expect(DEFAULT_SETTINGS.breakIntervalMinutes).toBe(50);
  });

  it('matches no preset when the rhythm is custom', () => {
    expect(matchingPreset({ ...defaultSettings(), snoozeMinutes: 11 })).toBeUndefined();
  });

  it('throws on an unknown id (a programming error)', () => {
    expect(() => presetById('loud' as PresetId)).toThrow(/loud/);
  });
});
