import { vi } from 'vitest';
import type { Backend, Snapshot } from '@/utils/backend';
import type { History } from '@/utils/history';
import { defaultSettings } from '@/utils/settings';
import { initialState } from '@/utils/tracker/state';
import type { TrackerState } from '@/utils/tracker/types';

export interface FakeBackend extends Backend {
  snapshot: Snapshot;
  /** Pushes a storage change to watchers, as the browser would. */
  emit(change: Partial<Snapshot>): void;
  send: ReturnType<typeof vi.fn<Backend['send']>>;
  saveSettings: ReturnType<typeof vi.fn<Backend['saveSettings']>>;
  clearHistory: ReturnType<typeof vi.fn<Backend['clearHistory']>>;
  openOptions: ReturnType<typeof vi.fn<Backend['openOptions']>>;
}

/** A Backend for component tests: in memory, every call recorded. */
export function fakeBackend(
  init: {
    tracker?: Partial<TrackerState>;
    settings?: Partial<ReturnType<typeof defaultSettings>>;
    history?: History;
  } = {},
): FakeBackend {
  const snapshot: Snapshot = {
    tracker: { ...initialState(), ...init.tracker },
    settings: { ...defaultSettings(), ...init.settings },
    history: init.history ?? {},
  };
  const watchers = new Set<(change: Partial<Snapshot>) => void>();
  const backend: FakeBackend = {
    snapshot,
    emit(change) {
      Object.assign(snapshot, change);
      watchers.forEach((w) => w(change));
    },
    load: async () => structuredClone(snapshot),
    watch(cb) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    send: vi.fn<Backend['send']>(async () => ({ ok: true })),
    saveSettings: vi.fn<Backend['saveSettings']>(async (settings) => {
      backend.emit({ settings });
    }),
    clearHistory: vi.fn<Backend['clearHistory']>(async () => {
      backend.emit({ history: {} });
    }),
    openOptions: vi.fn<Backend['openOptions']>(async () => {}),
  };
  return backend;
}
