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

/** The snapshot from raw values, as the storage items' fallbacks and repairs make it. */
export function snapshotOf(raw: RawRead, todayKey = localDayKey(Date.now())): Snapshot {
  return {
    tracker: trackerOf(raw.tracker),
    settings: settingsOf(raw.settings),
    history: historyOf(raw.history, todayKey),
  };
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
 * one, and its changes from the early script's listener (so none falls
 * between that read and this code). Changes are held until the first load
 * has resolved and applied on top of it in order (each carries a whole
 * value); after that, they pass straight through.
 */
export function withEarlyRead(backend: Backend, early = takeEarlyRead()): Backend {
  if (!early) return backend;
  let watcher: ((change: Partial<Snapshot>) => void) | null = null;
  let held: Partial<Snapshot>[] | null = [];
  early.listen((raw) => {
    const change = changeOf(raw);
    if (held) held.push(change);
    else watcher?.(change);
  });
  let first: Promise<Snapshot> | null = early.read.then(
    (raw) => snapshotOf(raw),
    () => backend.load(),
  );
  return {
    ...backend,
    load() {
      if (!first) return backend.load();
      const answer = first.then((snapshot) => {
        const changes = held ?? [];
        held = null;
        return changes.reduce<Snapshot>((s, change) => ({ ...s, ...change }), snapshot);
      });
      first = null;
      return answer;
    },
    watch(onChange) {
      watcher = onChange;
      return () => {
        if (watcher === onChange) watcher = null;
      };
    },
  };
}
