/**
 * One storage item per stored thing, each versioned. Settings live in
 * storage.sync (few writes, follow the user); tracker state and history change
 * often and stay in storage.local. Readers always go through the repair
 * functions, so a corrupt or partial value never reaches the tracker.
 */
import { storage } from 'wxt/utils/storage';
import { repairHistory, type History } from './history';
import { repairSettings, type Settings } from './settings-core';
import { initialState, repairState } from './tracker/state';
import type { Effect, TrackerState } from './tracker/types';

/** Effects waiting to be carried out, with the moment their step ran. */
export type Outbox = Readonly<{ at: number; effects: Effect[] }>;

export const settingsItem = storage.defineItem<Settings | null>('sync:settings', {
  fallback: null,
  version: 1,
});

export const trackerItem = storage.defineItem<TrackerState | null>('local:tracker', {
  fallback: null,
  version: 1,
});

export const historyItem = storage.defineItem<History>('local:history', {
  fallback: {},
  version: 1,
});

/**
 * The browser-side effects of the last step still to be carried out (written
 * with the state it came from, emptied once done), so a worker that dies or an
 * effect that fails in between loses no reminder: the next run finishes them.
 */
const NOTHING_LEFT: Outbox = { at: 0, effects: [] };
export const outboxItem = storage.defineItem<Outbox>('local:outbox', { fallback: NOTHING_LEFT });

/** Set once per browser session: its absence at a start means nothing was watched since the last step. */
export const sessionSeenItem = storage.defineItem<boolean>('session:seen', { fallback: false });

/** Set once the welcome page has been shown, so it never opens twice. */
export const welcomedItem = storage.defineItem<boolean>('local:welcomed', {
  fallback: false,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

export async function loadTracker(): Promise<TrackerState> {
  const raw = await trackerItem.getValue();
  return raw === null ? initialState() : repairState(raw);
}

/** The stored history, repaired as seen from the local day `todayKey`. */
export async function loadHistory(todayKey: string): Promise<History> {
  return repairHistory(await historyItem.getValue(), todayKey);
}
