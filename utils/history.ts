/**
 * Daily history: counters per local day, kept for 400 days by date (not 400
 * entries). A key is a day that exists on the calendar, from 399 days before
 * today to tomorrow (a page or worker whose clock or time zone runs a little
 * ahead); anything else in storage (`9999-99-99`, a far-future day, a day
 * older than the window) is dropped on repair, so it never reaches the
 * charts or an export, and never pushes real days out.
 */
import { isDayKey, shiftDayKey } from './time';
import type { Effect, HistoryCounter } from './tracker/types';

export interface DayStats {
  breaksTaken: number;
  naturalBreaks: number;
  snoozes: number;
  skips: number;
  nudges: number;
  sittingMs: number;
  longestStreakMs: number;
}

/** Keyed by local day 'YYYY-MM-DD'. */
export type History = Record<string, DayStats>;

export const HISTORY_DAYS = 400;

export function emptyDay(): DayStats {
  return {
    breaksTaken: 0,
    naturalBreaks: 0,
    snoozes: 0,
    skips: 0,
    nudges: 0,
    sittingMs: 0,
    longestStreakMs: 0,
  };
}

const COUNTERS = Object.keys(emptyDay()) as (keyof DayStats)[];

/** Whether `key` is a day the history keeps, seen from the local day `todayKey`. */
export function inHistoryWindow(key: string, todayKey: string): boolean {
  if (!isDayKey(key) || !isDayKey(todayKey)) return false;
  // Four-digit keys sort as dates.
  return key >= shiftDayKey(todayKey, -(HISTORY_DAYS - 1)) && key <= shiftDayKey(todayKey, 1);
}

/**
 * History from storage, seen from the local day `todayKey`: days outside the
 * window are dropped, malformed counters reset to zero, one by one.
 */
export function repairHistory(stored: unknown, todayKey: string): History {
  const out: History = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  for (const [day, value] of Object.entries(stored)) {
    if (!inHistoryWindow(day, todayKey) || typeof value !== 'object' || value === null) continue;
    const stats = emptyDay();
    for (const c of COUNTERS) {
      const n = (value as Record<string, unknown>)[c];
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0) stats[c] = n;
    }
    out[day] = stats;
  }
  return out;
}

/**
 * Applies the tracker's history effects and keeps only the days in the window
 * that ends on the local day `todayKey` (an effect for a day outside it is
 * not recorded).
 */
export function applyHistoryEffects(
  history: History,
  effects: readonly Effect[],
  todayKey: string,
): History {
  let changed = false;
  const next: History = { ...history };
  for (const e of effects) {
    if (e.type === 'history') {
      const day = { ...(next[e.day] ?? emptyDay()) };
      for (const [counter, amount] of Object.entries(e.add) as [HistoryCounter, number][]) {
        day[counter] += amount;
      }
      next[e.day] = day;
      changed = true;
    } else if (e.type === 'longestStreak') {
      const day = { ...(next[e.day] ?? emptyDay()) };
      // Never longer than the day's sitting (the clock moving back across
      // midnight can file a streak's earlier part under the other day).
      const ms = Math.min(e.ms, day.sittingMs);
      if (ms > day.longestStreakMs) {
        day.longestStreakMs = ms;
        next[e.day] = day;
        changed = true;
      }
    }
  }
  if (!changed) return history;
  for (const day of Object.keys(next)) if (!inHistoryWindow(day, todayKey)) delete next[day];
  return next;
}

/**
 * Consecutive days with at least `goal` breaks taken, ending today, or
 * yesterday while today's goal is not met yet (the day is not over). A day
 * missing from the history is a day that did not meet the goal.
 */
export function goalStreak(history: History, goal: number, todayKey: string): number {
  const met = (key: string) => {
    const day = history[key];
    return day !== undefined && day.breaksTaken >= goal;
  };
  let key = met(todayKey) ? todayKey : shiftDayKey(todayKey, -1);
  let streak = 0;
  while (met(key)) {
    streak += 1;
    key = shiftDayKey(key, -1);
  }
  return streak;
}
