import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserBackend, type Snapshot } from '@/utils/backend';
import { snapshotOf, withEarlyRead } from '@/utils/early-backend';
import { EARLY_KEYS, startEarlyRead, takeEarlyRead } from '@/utils/early-read';
import { defaultSettings } from '@/utils/settings';
import { historyItem, settingsItem, trackerItem } from '@/utils/storage';
import { initialState } from '@/utils/tracker/state';
import { fakeBackend } from '../helpers/fake-backend';

const tracking = { ...initialState(), phase: 'tracking' as const, sittingSince: 1_000 };

/** What storage might hold: nothing, good values, and damaged ones. */
const CONTENTS: [string, Record<'local' | 'sync', Record<string, unknown>>][] = [
  ['nothing stored', { local: {}, sync: {} }],
  [
    'good values',
    {
      local: { tracker: tracking, history: { '2026-11-25': { breaksTaken: 2 } } },
      sync: { settings: { ...defaultSettings(), breakMinutes: 7 } },
    },
  ],
  [
    'damaged values',
    {
      local: { tracker: { phase: 'dancing', sittingSince: 'soon' }, history: 'lost' },
      sync: { settings: { breakMinutes: -3 } },
    },
  ],
];

describe('the early read', () => {
  it('reads the keys the storage items use', () => {
    expect(EARLY_KEYS.local).toEqual(
      [trackerItem, historyItem].map((i) => i.key.replace(/^local:/, '')),
    );
    expect(EARLY_KEYS.sync).toEqual([settingsItem.key.replace(/^sync:/, '')]);
  });

  it.each(CONTENTS)('with %s, gives the snapshot a normal load gives', async (_, stored) => {
    await fakeBrowser.storage.local.set(stored.local);
    await fakeBrowser.storage.sync.set(stored.sync);
    const slot = {};
    startEarlyRead(fakeBrowser, slot);
    const early = await takeEarlyRead(slot);
    expect(snapshotOf(early ?? {})).toEqual(await browserBackend().load());
  });

  it('is taken once', async () => {
    const slot = {};
    expect(takeEarlyRead(slot)).toBeUndefined();
    startEarlyRead(fakeBrowser, slot);
    expect(takeEarlyRead(slot)).toBeInstanceOf(Promise);
    expect(takeEarlyRead(slot)).toBeUndefined();
  });
});

describe('a backend with an early read', () => {
  it('is the backend itself when the page started no early read', () => {
    const backend = fakeBackend();
    expect(withEarlyRead(backend, undefined)).toBe(backend);
  });

  it('answers the first load from the early read, later loads from storage', async () => {
    const backend = fakeBackend({ tracker: tracking });
    const load = vi.spyOn(backend, 'load');
    const early = { tracker: { ...tracking, sittingSince: 2_000 } };
    const page = withEarlyRead(backend, Promise.resolve(early));
    expect((await page.load()).tracker.sittingSince).toBe(2_000);
    expect(load).not.toHaveBeenCalled();
    expect((await page.load()).tracker.sittingSince).toBe(1_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a change stored after the early read but before the page watched', async () => {
    const backend = fakeBackend({ tracker: tracking });
    let answer!: (raw: Record<string, unknown>) => void;
    const page = withEarlyRead(backend, new Promise((resolve) => (answer = resolve)));
    // The background writes while the page's code is still loading…
    backend.emit({ tracker: { ...tracking, phase: 'onBreak', breakEndsAt: 9_000 } });
    const seen: Partial<Snapshot>[] = [];
    page.watch((change) => seen.push(change));
    const loading = page.load();
    // …and once more before the early read has answered.
    backend.emit({ settings: { ...defaultSettings(), breakMinutes: 9 } });
    answer({ tracker: tracking });
    const first = await loading;
    expect(first.tracker.phase).toBe('onBreak');
    expect(first.settings.breakMinutes).toBe(9);
    expect(seen).toEqual([]);
    // Later changes reach the watcher, and stop when it stops.
    backend.emit({ history: { '2026-11-25': { breaksTaken: 1 } } as never });
    expect(seen).toHaveLength(1);
  });

  it('loads from storage when the early read failed', async () => {
    const backend = fakeBackend({ tracker: tracking });
    const page = withEarlyRead(backend, Promise.reject(new Error('no storage yet')));
    expect((await page.load()).tracker).toEqual(tracking);
  });

  it('stops passing changes on once the page stops watching', async () => {
    const backend = fakeBackend();
    const page = withEarlyRead(backend, Promise.resolve({}));
    const onChange = vi.fn();
    const stop = page.watch(onChange);
    await page.load();
    backend.emit({ tracker: tracking });
    stop();
    backend.emit({ tracker: initialState() });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
