/**
 * storage.sync's write quota in real Chromium: an arrow key held on the
 * welcome page's preset cards (each move is a choice) must not use it up,
 * so a save in the options page right after still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings-core';
import { launchExtension, openExtensionPage, type Launched } from './helpers';

const poll = { timeout: 15_000, interval: 100 };

describe('a burst of preset changes in Chromium', () => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('160 arrow-key moves write a few times, and the options page still saves', async () => {
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { syncWrites: number };
      g.syncWrites = 0;
      chrome.storage.onChanged.addListener((_: unknown, area: string) => {
        if (area === 'sync') g.syncWrites += 1;
      });
    });
    const welcome = await openExtensionPage(ext, 'welcome.html');
    await welcome.page.getByRole('radio', { name: 'Standard' }).focus();
    for (let i = 0; i < 160; i++) await welcome.page.keyboard.press('ArrowDown');
    // 160 moves from Standard through three cards end on Frequent.
    await expect
      .poll(
        () =>
          welcome.page
            .getByRole('region', { name: 'Pick a starting point' })
            .getByRole('status')
            .textContent(),
        poll,
      )
      .toBe('Saved: Frequent.');
    expect(await welcome.page.getByRole('radio', { name: 'Frequent' }).isChecked()).toBe(true);
    const writes = await ext.worker.evaluate(
      () => (globalThis as unknown as { syncWrites: number }).syncWrites,
    );
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(20);

    const options = await openExtensionPage(ext, 'options.html');
    await options.page.getByRole('checkbox', { name: 'Remind me to shift position' }).uncheck();
    await expect
      .poll(
        () =>
          ext.worker.evaluate(
            async () =>
              ((await chrome.storage.sync.get('settings')).settings as Settings | undefined)
                ?.nudgeEnabled,
          ),
        poll,
      )
      .toBe(false);
    expect(await options.page.locator('.save-status').textContent()).toBe('All changes saved.');
    expect(await options.page.getByRole('alert').count()).toBe(0);
    expect(welcome.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    await welcome.page.close();
    await options.page.close();
  });
});
