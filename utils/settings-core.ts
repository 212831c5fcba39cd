/**
 * The settings' shape, ranges, choices and defaults, and the repair of stored
 * values. No schema library here: the service worker loads this file and its
 * bundle has a size budget. The valibot schema in settings.ts is built from
 * the same LIMITS and CHOICES, and a test checks both agree on every field.
 */
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
  holdWhileAudible: boolean;
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

/** The allowed values of every choice setting. */
export const CHOICES = {
  breakAction: ['notification', 'window'],
  badgeStyle: ['quiet', 'countdown'],
} as const satisfies Partial<Record<keyof Settings, readonly string[]>>;

export const BOOLEAN_FIELDS = [
  'nudgeEnabled',
  'holdWhileFullscreen',
  'holdWhileAudible',
  'audibleCountsAsSitting',
  'activeHoursEnabled',
] as const satisfies readonly (keyof Settings)[];

/** The one cross-field rule: nudges must come more often than breaks (or be off). */
export function nudgeShorterThanBreak(
  s: Pick<Settings, 'nudgeEnabled' | 'nudgeIntervalMinutes' | 'breakIntervalMinutes'>,
): boolean {
  return !s.nudgeEnabled || s.nudgeIntervalMinutes < s.breakIntervalMinutes;
}

/** A day's range is valid when it is off, or both times parse and end is later. */
export function dayHoursValid(d: unknown): d is DayHours {
  if (typeof d !== 'object' || d === null) return false;
  const { enabled, start, end } = d as Record<string, unknown>;
  if (typeof enabled !== 'boolean' || typeof start !== 'string' || typeof end !== 'string')
    return false;
  const from = parseClock(start);
  const to = parseClock(end);
  return from !== undefined && to !== undefined && (!enabled || to > from);
}

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
  holdWhileAudible: false,
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
  for (const [key, [min, max]] of Object.entries(LIMITS)) {
    const n = src[key];
    if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) target[key] = n;
  }
  for (const [key, allowed] of Object.entries(CHOICES)) {
    if ((allowed as readonly unknown[]).includes(src[key])) target[key] = src[key];
  }
  for (const key of BOOLEAN_FIELDS) {
    if (typeof src[key] === 'boolean') target[key] = src[key];
  }
  if (Array.isArray(src.activeDays) && src.activeDays.length === 7) {
    const days = src.activeDays as unknown[];
    out.activeDays = out.activeDays.map((fallback, i) => {
      const day = days[i];
      return dayHoursValid(day)
        ? { enabled: day.enabled, start: day.start, end: day.end }
        : fallback;
    });
  }
  if (!nudgeShorterThanBreak(out)) {
    out.nudgeIntervalMinutes = DEFAULT_SETTINGS.nudgeIntervalMinutes;
    out.breakIntervalMinutes = DEFAULT_SETTINGS.breakIntervalMinutes;
  }
  return out;
}
