/**
 * The pages' store: signals over the stored snapshot plus a ticking clock,
 * and actions that go through the Backend. Built by a factory so each page
 * (and each test) gets its own; handed to components through StoreContext.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Backend, Snapshot } from '@/utils/backend';
import type { CommandReply } from '@/utils/messages';
import type { Command } from '@/utils/tracker/types';
import { viewOf, type TrackerView } from '@/utils/tracker/view';

export interface Store {
  snapshot: ReadonlySignal<Snapshot | null>;
  /** The current time, refreshed by `tick` (pages call it from a timer). */
  now: ReadonlySignal<number>;
  view: ReadonlySignal<TrackerView | null>;
  backend: Backend;
  send(command: Command): Promise<CommandReply>;
  tick(at?: number): void;
  /** Loads the snapshot and starts watching storage; returns a stop function. */
  start(): Promise<() => void>;
}

export function createStore(backend: Backend, clock: () => number = Date.now): Store {
  const snapshot = signal<Snapshot | null>(null);
  const now = signal(clock());
  const view = computed(() => {
    const s = snapshot.value;
    return s ? viewOf(s.tracker, s.settings, now.value) : null;
  });
  return {
    snapshot,
    now,
    view,
    backend,
    send: (command) => backend.send(command),
    tick(at = clock()) {
      now.value = at;
    },
    async start() {
      // Changes reported while the load is on its way may be newer than what
      // it read: held, then applied on top of it in order (each carries a
      // whole value), so a write landing meanwhile is never lost.
      let held: Partial<Snapshot>[] | null = [];
      const stop = backend.watch((change) => {
        if (held) held.push(change);
        else if (snapshot.value) snapshot.value = { ...snapshot.value, ...change };
      });
      const loaded = await backend.load();
      snapshot.value = held.reduce<Snapshot>((s, change) => ({ ...s, ...change }), loaded);
      held = null;
      now.value = clock();
      return stop;
    },
  };
}

export const StoreContext = createContext<Store | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}
