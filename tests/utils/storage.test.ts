/**
 * Every stored item is versioned (version 1 today). When a version 2 comes,
 * add its migration to storage.ts, keep the v1 type beside it, and add a case
 * here that writes a v1 value with its meta and reads it back migrated.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings';
import {
  historyItem,
  loadHistory,
  loadSettings,
  loadTracker,
  settingsItem,
  trackerItem,
} from '@/utils/storage';
import { initialState } from '@/utils/tracker/state';

describe('stored items', () => {
  it('have fallbacks when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await loadTracker()).toEqual(initialState());
    expect(await loadHistory('2026-11-25')).toEqual({});
  });

  it('live where they should: settings in sync, tracker and history in local', async () => {
    await settingsItem.setValue(defaultSettings());
    await trackerItem.setValue(initialState());
    await historyItem.setValue({});
    expect(Object.keys(await fakeBrowser.storage.sync.get())).toContain('settings');
    expect(Object.keys(await fakeBrowser.storage.local.get())).toEqual(
      expect.arrayContaining(['tracker', 'history']),
    );
  });

  it('are at version 1 and read a version-1 value unchanged', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), breakMinutes: 7 },
      settings$: { v: 1 },
    });
    expect((await loadSettings()).breakMinutes).toBe(7);
    await settingsItem.setValue(defaultSettings());
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 1 } });
  });

  it('repair corrupt values field by field instead of dropping them', async () => {
    await fakeBrowser.storage.local.set({
      tracker: { ...initialState(), phase: 'dancing', sittingSince: 1234, breakReminders: -3 },
      history: {
        '2026-11-25': { breaksTaken: 2, nudges: 'many' },
        'not-a-day': { breaksTaken: 1 },
      },
    });
    const tracker = await loadTracker();
    expect(tracker.phase).toBe('tracking');
    expect(tracker.sittingSince).toBe(1234);
    expect(tracker.breakReminders).toBe(0);
    expect(await loadHistory('2026-11-25')).toEqual({
      '2026-11-25': {
        breaksTaken: 2,
        naturalBreaks: 0,
        snoozes: 0,
        skips: 0,
        nudges: 0,
        sittingMs: 0,
        longestStreakMs: 0,
      },
    });
  });
});
