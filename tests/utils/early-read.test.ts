import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effect } from '@preact/signals';
import { createStore } from '@/components/store';
import { browserBackend, type Snapshot } from '@/utils/backend';
import { snapshotOf, statusOf, withEarlyRead } from '@/utils/early-backend';
import {
  EARLY_KEYS,
  nameShell,
  startEarlyRead,
  takeEarlyRead,
  type EarlyRead,
  type RawRead,
} from '@/utils/early-read';
import { defaultSettings } from '@/utils/settings';
import { historyItem, settingsItem, trackerItem } from '@/utils/storage';
import { initialState } from '@/utils/tracker/state';
import { fakeBackend } from '../helpers/fake-backend';

const tracking = { ...initialState(), phase: 'tracking' as const, sittingSince: 1_000 };

/** An early read that answers `read`; `emit` is storage reporting a raw change. */
function earlyOf(read: Promise<RawRead>, heard: RawRead[] = []) {
  let onChange: ((change: RawRead) => void) | null = null;
  const early: EarlyRead & { emit(change: RawRead): void } = {
    read,
    status: read,
    listen(callback) {
      onChange = callback;
      heard.splice(0).forEach((change) => callback(change));
      return () => (onChange = null);
    },
    emit(change) {
      if (onChange) onChange(change);
      else heard.push(change);
    },
  };
  return early;
}

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
    const early = takeEarlyRead(slot);
    expect(snapshotOf((await early?.read) ?? {})).toEqual(await browserBackend().load());
  });

  it.each(CONTENTS)(
    'with %s, gives the status (tracker, settings) a normal load gives',
    async (_, stored) => {
      await fakeBrowser.storage.local.set(stored.local);
      await fakeBrowser.storage.sync.set(stored.sync);
      const slot = {};
      startEarlyRead(fakeBrowser, slot);
      const { tracker, settings } = await browserBackend().load();
      expect(statusOf(await takeEarlyRead(slot)!.status)).toEqual({ tracker, settings });
    },
  );

  it('answers the status without waiting for the history', async () => {
    await fakeBrowser.storage.local.set({ tracker: tracking, history: { '2026-11-25': {} } });
    let answerHistory = () => {};
    const api = {
      storage: {
        ...fakeBrowser.storage,
        local: {
          get: (keys: string[]) =>
            keys.includes('history')
              ? new Promise<RawRead>((resolve) => {
                  answerHistory = () => void fakeBrowser.storage.local.get(keys).then(resolve);
                })
              : fakeBrowser.storage.local.get(keys),
        },
      },
    };
    const slot = {};
    startEarlyRead(api, slot);
    const early = takeEarlyRead(slot)!;
    let whole: RawRead | null = null;
    void early.read.then((raw) => (whole = raw));
    const status = await early.status;
    expect(status).toEqual({ tracker: tracking });
    expect(status).not.toHaveProperty('history');
    expect(whole).toBeNull();
    answerHistory();
    expect(await early.read).toEqual({ tracker: tracking, history: { '2026-11-25': {} } });
  });

  it('keeps a write stored after the read answered but before the page watched', async () => {
    await fakeBrowser.storage.local.set({ tracker: initialState() });
    const slot = {};
    startEarlyRead(fakeBrowser, slot);
    const early = takeEarlyRead(slot)!;
    await early.read;
    // The background's first step lands while the page's modules still load…
    const onBreak = { ...tracking, phase: 'onBreak' as const, breakEndsAt: 9_000 };
    await fakeBrowser.storage.local.set({ tracker: onBreak });
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), breakMinutes: 9 } });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    // …and the page, built now, starts from what storage holds.
    const store = createStore(withEarlyRead(browserBackend(), early));
    await store.start();
    const first = store.snapshot.value!;
    expect(first).toEqual(await browserBackend().load());
    expect(first.tracker.phase).toBe('onBreak');
    expect(first.settings.breakMinutes).toBe(9);
  });

  it('hands over what it heard, then each change, until stopped', async () => {
    const slot = {};
    startEarlyRead(fakeBrowser, slot);
    const early = takeEarlyRead(slot)!;
    await fakeBrowser.storage.local.set({ tracker: tracking });
    await fakeBrowser.storage.local.remove('history');
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    const changes: RawRead[] = [];
    const stop = early.listen((change) => changes.push(change));
    expect(changes).toHaveLength(2);
    expect(changes[0]).toEqual({ tracker: tracking });
    // Removed: no new value (undefined in browsers, null in the fake).
    expect(Object.keys(changes[1]!)).toEqual(['history']);
    expect(changes[1]!.history ?? null).toBeNull();
    await fakeBrowser.storage.sync.set({ settings: { breakMinutes: 9 } });
    expect(changes[2]).toEqual({ settings: { breakMinutes: 9 } });
    stop();
    await fakeBrowser.storage.local.set({ tracker: initialState() });
    expect(changes).toHaveLength(3);
  });

  it('is taken once', async () => {
    const slot = {};
    expect(takeEarlyRead(slot)).toBeUndefined();
    startEarlyRead(fakeBrowser, slot);
    expect(takeEarlyRead(slot)?.read).toBeInstanceOf(Promise);
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
    const page = withEarlyRead(backend, earlyOf(Promise.resolve(early)));
    expect((await page.load()).tracker.sittingSince).toBe(2_000);
    expect(load).not.toHaveBeenCalled();
    expect((await page.load()).tracker.sittingSince).toBe(1_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps changes heard before the page ran and before the early read answered', async () => {
    const backend = fakeBackend({ tracker: tracking });
    let answer!: (raw: Record<string, unknown>) => void;
    const early = earlyOf(new Promise((resolve) => (answer = resolve)));
    // The background writes while the page's code is still loading…
    early.emit({ tracker: { ...tracking, phase: 'onBreak', breakEndsAt: 9_000 } });
    const store = createStore(withEarlyRead(backend, early));
    const shown: (Snapshot | null)[] = [];
    const stopShowing = effect(() => void shown.push(store.snapshot.value));
    const loading = store.start();
    // …and once more before the early read has answered.
    early.emit({ settings: { ...defaultSettings(), breakMinutes: 9 } });
    answer({ tracker: tracking });
    await loading;
    const first = shown.find((s) => s !== null)!;
    expect(first.tracker.phase).toBe('onBreak');
    expect(first.settings.breakMinutes).toBe(9);
    // Nothing else was shown before that first snapshot, and nothing after it yet.
    expect(shown).toEqual([null, first]);
    // Later changes reach the page, repaired as the backend's own watcher repairs them.
    const seen: Partial<Snapshot>[] = [];
    withEarlyRead(backend, early).watch((change) => seen.push(change));
    early.emit({ history: 'lost', settings: { breakMinutes: -3 } });
    expect(seen).toEqual([{ history: {}, settings: defaultSettings() }]);
    stopShowing();
  });

  it('loads from storage when the early read failed', async () => {
    const backend = fakeBackend({ tracker: tracking });
    const page = withEarlyRead(backend, earlyOf(Promise.reject(new Error('no storage yet'))));
    expect((await page.load()).tracker).toEqual(tracking);
  });

  it('stops passing changes on once the page stops watching', async () => {
    const early = earlyOf(Promise.resolve({}));
    const page = withEarlyRead(fakeBackend(), early);
    const onChange = vi.fn();
    const stop = page.watch(onChange);
    await page.load();
    early.emit({ tracker: tracking });
    stop();
    early.emit({ tracker: initialState() });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('nameShell', () => {
  const message = (key: string) => (key === 'extName' ? 'وقفة الجلسة' : `?${key}`);

  it("names the popup's static header from the catalogue", () => {
    document.body.innerHTML = '<header><h1><span class="shell-name"></span></h1></header>';
    nameShell(document, message);
    expect(document.querySelector('.shell-name')?.textContent).toBe('وقفة الجلسة');
  });

  it('does nothing on a page without the header, or once it is named', () => {
    document.body.innerHTML = '<div id="app"></div>';
    expect(() => nameShell(document, message)).not.toThrow();
    document.body.innerHTML = '<span class="shell-name">Posture Break</span>';
    nameShell(document, message);
    expect(document.querySelector('.shell-name')?.textContent).toBe('Posture Break');
  });
});
