import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOLEAN_FIELDS,
  CHOICES,
  DEFAULT_SETTINGS,
  FIELD_SCHEMAS,
  LIMITS,
  defaultSettings,
  repairSettings,
  validateSettings,
  type Settings,
} from '@/utils/settings';
import * as v from 'valibot';
import { useLocale } from '../helpers/i18n';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });

  it.each([
    ['breakIntervalMinutes', 0, 'Enter a whole number from 1 to 240.'],
    ['breakIntervalMinutes', 241, 'Enter a whole number from 1 to 240.'],
    ['breakMinutes', 61, 'Enter a whole number from 1 to 60.'],
    ['snoozeMinutes', 121, 'Enter a whole number from 1 to 120.'],
    ['snoozeMinutes', 2.5, 'Enter a whole number from 1 to 120.'],
    ['nudgeIntervalMinutes', Number.NaN, 'Enter a number.'],
    ['repeatCount', -1, 'Enter a whole number from 0 to 10.'],
  ] as const)('%s = %s: "%s"', (field, value, message) => {
    const result = validateSettings({ ...defaultSettings(), [field]: value });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toBe(message);
  });

  it('wants the nudge to come more often than the break, unless nudges are off', () => {
    const result = validateSettings({ ...defaultSettings(), nudgeIntervalMinutes: 50 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.nudgeIntervalMinutes).toMatch(
      /time between position nudges must be shorter than the time between movement breaks/,
    );
    expect(
      validateSettings({ ...defaultSettings(), nudgeIntervalMinutes: 50, nudgeEnabled: false }).ok,
    ).toBe(true);
  });

  it('wants a day to end after it starts', () => {
    const days = defaultSettings().activeDays.map((d) => ({ ...d }));
    days[2] = { enabled: true, start: '17:00', end: '09:00' };
    const result = validateSettings({ ...defaultSettings(), activeDays: days });
    expect(result).toEqual({
      ok: false,
      errors: { 'activeDays.2.end': 'The end time must be later than the start time.' },
    });
  });

  it('rejects unknown fields and bad times', () => {
    expect(validateSettings({ ...defaultSettings(), extra: 1 }).ok).toBe(false);
    const days = defaultSettings().activeDays.map((d) => ({ ...d }));
    days[0] = { enabled: true, start: '25:00', end: '26:00' };
    expect(validateSettings({ ...defaultSettings(), activeDays: days }).ok).toBe(false);
  });

  it('speaks Arabic to Arabic users', async () => {
    await useLocale('ar');
    const result = validateSettings({ ...defaultSettings(), breakMinutes: 0 });
    expect(!result.ok && result.errors.breakMinutes).toBe('أدخل عددًا صحيحًا من 1 إلى 60.');
  });
});

describe('repairSettings', () => {
  it('gives the defaults for nothing, garbage and wrong types', () => {
    for (const stored of [null, undefined, 42, 'x', [], { breakMinutes: 'five' }]) {
      expect(repairSettings(stored)).toEqual(defaultSettings());
    }
  });

  it('keeps every valid field and replaces each invalid one on its own', () => {
    const repaired = repairSettings({
      breakIntervalMinutes: 45,
      snoozeMinutes: 999,
      breakAction: 'window',
      badgeStyle: 'loud',
    });
    expect(repaired).toEqual({
      ...defaultSettings(),
      breakIntervalMinutes: 45,
      breakAction: 'window',
    });
  });

  it('repairs active days one by one', () => {
    const days = [...DEFAULT_SETTINGS.activeDays];
    const stored = {
      activeDays: days.map((d, i) =>
        i === 3 ? { enabled: true, start: '18:00', end: '08:00' } : { ...d, start: '08:00' },
      ),
    };
    const repaired = repairSettings(stored).activeDays;
    expect(repaired[3]).toEqual(DEFAULT_SETTINGS.activeDays[3]);
    expect(repaired[1]?.start).toBe('08:00');
  });

  it('resets both intervals when the nudge would not come before the break', () => {
    const repaired = repairSettings({ nudgeIntervalMinutes: 30, breakIntervalMinutes: 25 });
    expect(repaired.nudgeIntervalMinutes).toBe(20);
    expect(repaired.breakIntervalMinutes).toBe(50);
  });

  it('agrees with the valibot schema on every single field (both are built from LIMITS and CHOICES)', () => {
    const values = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('window', 'notification', 'quiet', 'countdown'),
    );
    const fields = [
      ...Object.keys(LIMITS),
      ...Object.keys(CHOICES),
      ...BOOLEAN_FIELDS,
    ] as (keyof Settings)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), values, (field, value) => {
        const schemaSays = v.safeParse(FIELD_SCHEMAS[field], value).success;
        const repaired = repairSettings({
          ...defaultSettings(),
          nudgeEnabled: false,
          [field]: value,
        });
        const kept = Object.is(repaired[field], value);
        expect(kept).toBe(schemaSays);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and always gives settings the schema accepts', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.anything()),
        (a, b) => {
          expect(validateSettings(repairSettings(a)).ok).toBe(true);
          expect(validateSettings(repairSettings(b)).ok).toBe(true);
        },
      ),
    );
  });
});
