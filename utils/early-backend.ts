/**
 * A page's backend whose first load takes the early read (utils/early-read.ts)
 * when the page's HTML started one.
 */
import type { Backend, Snapshot } from './backend';
import { type RawRead, takeEarlyRead } from './early-read';
import { repairHistory } from './history';
import { repairSettings } from './settings-core';
import { localDayKey } from './time';
import { initialState, repairState } from './tracker/state';

const trackerOf = (raw: unknown) => (raw == null ? initialState() : repairState(raw));
const settingsOf = (raw: unknown) => repairSettings(raw ?? null);
const historyOf = (raw: unknown, todayKey: string) => repairHistory(raw ?? {}, todayKey);

/** What the status card shows from: the tracker and the settings. */
export type StatusSnapshot = Pick<Snapshot, 'tracker' | 'settings'>;

/** The tracker and the settings from raw values (the early read's `status`), repaired as in a load. */
export function statusOf(raw: RawRead): StatusSnapshot {
  return { tracker: trackerOf(raw.tracker), settings: settingsOf(raw.settings) };
}

/** The snapshot from raw values, as the storage items' fallbacks and repairs make it. */
export function snapshotOf(raw: RawRead, todayKey = localDayKey(Date.now())): Snapshot {
  return { ...statusOf(raw), history: historyOf(raw.history, todayKey) };
}

/** A raw storage change as the snapshot part the backend's watcher reports for it. */
export function changeOf(raw: RawRead, todayKey = localDayKey(Date.now())): Partial<Snapshot> {
  const change: Partial<Snapshot> = {};
  if ('tracker' in raw) change.tracker = trackerOf(raw.tracker);
  if ('settings' in raw) change.settings = settingsOf(raw.settings);
  if ('history' in raw) change.history = historyOf(raw.history, todayKey);
  return change;
}

/**
 * `backend`, with its first load answered by the early read when there is
 * one, and its changes from the early script's listener, which has listened
 * since before that read (so no change falls between the read and this
 * code): watching hands over what it heard so far, then each change. As with
 * every backend, a change reported while the first load is on its way goes
 * on top of what that load gives (the store does so).
 */
export function withEarlyRead(backend: Backend, early = takeEarlyRead()): Backend {
  if (!early) return backend;
  let first: Promise<Snapshot> | null = early.read.then(
    (raw) => snapshotOf(raw),
    () => backend.load(),
  );
  return {
    ...backend,
    load() {
      const answer = first ?? backend.load();
      first = null;
      return answer;
    },
    watch: (onChange) => early.listen((raw) => onChange(changeOf(raw))),
  };
}
