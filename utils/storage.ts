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
import type { TrackerState } from './tracker/types';

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
