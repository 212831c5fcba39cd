/**
 * Facts about the platform the background relies on, checked in the real
 * browser with only our four permissions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Launched } from './helpers';
import { newProfileDir } from '../../scripts/lib/chromium.mjs';

describe('platform facts', () => {
  let ext: Launched;
  const profileDir = newProfileDir();
  beforeAll(async () => {
    ext = await launchExtension({ profileDir });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('finds audible tabs and the focused window state without the tabs permission', async () => {
    const result = await ext.worker.evaluate(async () => {
      const audible = await chrome.tabs.query({ audible: true });
      const win = await chrome.windows.getLastFocused();
      return {
        audible: audible.length,
        state: win.state,
        permissions: (await chrome.permissions.getAll()).permissions,
      };
    });
    expect(result.audible).toBe(0);
    expect(['normal', 'maximized', 'fullscreen', 'minimized']).toContain(result.state);
    expect(result.permissions?.sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
  });

  it('opens the welcome page on first install', async () => {
    const welcome = ext.url('welcome.html');
    for (let i = 0; i < 50 && !ext.context.pages().some((p) => p.url() === welcome); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(ext.context.pages().map((p) => p.url())).toContain(welcome);
  });

  it('rebuilds the wake-up alarm and the badge title at start', async () => {
    // Read once the start has settled: while a run is under way the alarm is
    // its 30-second retry (entrypoints/background/runner.ts), not yet the wake-up.
    const state = await ext.worker.evaluate(async () => {
      const read = async () => ({
        alarm: await chrome.alarms.get('wake'),
        wakeAt: (await chrome.storage.local.get('tracker')).tracker?.wakeAt,
      });
      for (let i = 0; i < 50; i++) {
        const { alarm, wakeAt } = await read();
        if (alarm && alarm.scheduledTime === wakeAt) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return {
        alarm: await chrome.alarms.get('wake'),
        tracker: (await chrome.storage.local.get('tracker')).tracker,
        title: await chrome.action.getTitle({}),
      };
    });
    expect(state.alarm?.scheduledTime).toBe(state.tracker.wakeAt);
    expect(state.title).toMatch(/Posture Break/);
  });

  it('does not open the welcome page again when the browser restarts', async () => {
    await ext.close({ keepProfile: true });
    ext = await launchExtension({ profileDir });
    await new Promise((r) => setTimeout(r, 1500));
    expect(ext.context.pages().map((p) => p.url())).not.toContain(ext.url('welcome.html'));
  });
});
