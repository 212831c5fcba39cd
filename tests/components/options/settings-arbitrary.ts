import fc from 'fast-check';
import { LIMITS, type DayHours, type NumberField, type Settings } from '@/utils/settings';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

const whole = (field: NumberField) => {
  const [min, max] = LIMITS[field];
  return fc.integer({ min, max });
};

/** A day: on with end after start, or off with any two times. */
const day: fc.Arbitrary<DayHours> = fc.oneof(
  fc
    .integer({ min: 0, max: 23 * 60 + 58 })
    .chain((start) =>
      fc
        .integer({ min: start + 1, max: 23 * 60 + 59 })
        .map((end) => ({ enabled: true, start: clock(start), end: clock(end) })),
    ),
  fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }))
    .map(([a, b]) => ({ enabled: false, start: clock(a), end: clock(b) })),
);

/** Any settings the schema accepts (the nudge rule kept by construction). */
export const validSettings: fc.Arbitrary<Settings> = fc
  .record({
    nudgeEnabled: fc.boolean(),
    nudgeIntervalMinutes: whole('nudgeIntervalMinutes'),
    breakIntervalMinutes: whole('breakIntervalMinutes'),
    breakMinutes: whole('breakMinutes'),
    snoozeMinutes: whole('snoozeMinutes'),
    repeatIntervalMinutes: whole('repeatIntervalMinutes'),
    repeatCount: whole('repeatCount'),
    naturalBreakMinutes: whole('naturalBreakMinutes'),
    breakAction: fc.constantFrom('notification', 'window'),
    holdWhileFullscreen: fc.boolean(),
    holdWhileAudible: fc.boolean(),
    holdMaxMinutes: whole('holdMaxMinutes'),
    audibleCountsAsSitting: fc.boolean(),
    badgeStyle: fc.constantFrom('quiet', 'countdown'),
    activeHoursEnabled: fc.boolean(),
    activeDays: fc.array(day, { minLength: 7, maxLength: 7 }),
    dailyBreakGoal: whole('dailyBreakGoal'),
  })
  .map((s) =>
    s.nudgeEnabled && s.nudgeIntervalMinutes >= s.breakIntervalMinutes
      ? s.breakIntervalMinutes > 1
        ? { ...s, nudgeIntervalMinutes: s.breakIntervalMinutes - 1 }
        : { ...s, nudgeEnabled: false }
      : s,
  );
