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

/** The snapshot from raw values, as the storage items' fallbacks and repairs make it. */
export function snapshotOf(raw: RawRead, todayKey = localDayKey(Date.now())): Snapshot {
  const tracker = raw.tracker ?? null;
  return {
    tracker: tracker === null ? initialState() : repairState(tracker),
    settings: repairSettings(raw.settings ?? null),
    history: repairHistory(raw.history ?? {}, todayKey),
  };
}

/**
 * `backend`, with its first load answered by the early read when there is
 * one. Changes that storage reports from now on are held until that first
 * load has resolved and applied on top of it in order (each carries a whole
 * value), so nothing written between the early read and the page's watcher
 * is lost; after that, changes pass straight through.
 */
export function withEarlyRead(backend: Backend, early = takeEarlyRead()): Backend {
  if (!early) return backend;
  let held: Partial<Snapshot>[] | null = [];
  let watcher: ((change: Partial<Snapshot>) => void) | null = null;
  backend.watch((change) => {
    if (held) held.push(change);
    else watcher?.(change);
  });
  let first: Promise<Snapshot> | null = early.then(
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
