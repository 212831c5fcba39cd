/** Daily history: counters per local day, kept for 400 days. */
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

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTERS = Object.keys(emptyDay()) as (keyof DayStats)[];

/** History from storage: malformed days or counters are dropped to zero, one by one. */
export function repairHistory(stored: unknown): History {
  const out: History = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  for (const [day, value] of Object.entries(stored)) {
    if (!DAY_KEY.test(day) || typeof value !== 'object' || value === null) continue;
    const stats = emptyDay();
    for (const c of COUNTERS) {
      const n = (value as Record<string, unknown>)[c];
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0) stats[c] = n;
    }
    out[day] = stats;
  }
  return out;
}

/** Applies the tracker's history effects and keeps only the newest HISTORY_DAYS days. */
export function applyHistoryEffects(history: History, effects: readonly Effect[]): History {
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
  const days = Object.keys(next).sort();
  for (const old of days.slice(0, Math.max(0, days.length - HISTORY_DAYS))) delete next[old];
  return next;
}
