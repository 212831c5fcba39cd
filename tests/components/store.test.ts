import { describe, expect, it } from 'vitest';
import { createStore } from '@/components/store';
import { defaultSettings } from '@/utils/settings';
import { initialState } from '@/utils/tracker/state';
import { fakeBackend } from '../helpers/fake-backend';

const onBreak = { ...initialState(), phase: 'onBreak' as const, breakEndsAt: 9_000 };

describe('the pages’ store', () => {
  it('keeps a change that storage reports while the first load is on its way', async () => {
    const backend = fakeBackend();
    const store = createStore(backend, () => 5_000);
    const starting = store.start();
    // The load has read; the background writes before its answer arrives.
    backend.emit({ tracker: onBreak });
    backend.emit({ settings: { ...defaultSettings(), breakMinutes: 9 } });
    await starting;
    expect(store.snapshot.value?.tracker).toEqual(onBreak);
    expect(store.snapshot.value?.settings.breakMinutes).toBe(9);
    expect(store.view.value?.status).toBe('onBreak');
  });

  it('applies later changes as they come, and none once stopped', async () => {
    const backend = fakeBackend();
    const store = createStore(backend, () => 5_000);
    const stop = await store.start();
    backend.emit({ tracker: onBreak });
    expect(store.snapshot.value?.tracker.phase).toBe('onBreak');
    stop();
    backend.emit({ tracker: initialState() });
    expect(store.snapshot.value?.tracker.phase).toBe('onBreak');
  });
});
