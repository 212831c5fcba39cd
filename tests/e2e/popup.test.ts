import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchExtension,
  openExtensionPage,
  readCatalogue,
  stopWorker,
  workerTargets,
  type Launched,
} from './helpers';

interface StoredTracker {
  phase: string;
  pausedUntil: number | null;
  relief: { timer: string; startedAt: number; endsAt: number } | null;
}

/** The tracker state the background stored, read from the page (never from a stopped worker). */
async function storedTracker(page: Page): Promise<StoredTracker> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return (await g.chrome.storage.local.get('tracker')).tracker as StoredTracker;
  });
}

/** Opens the popup as a tab and waits until the stored state has been read. */
async function openPopup(ext: Launched) {
  const opened = await openExtensionPage(ext, 'popup.html');
  await opened.page.waitForSelector('.status[aria-busy="false"]');
  return opened;
}

/** The relief routine's tab panel (the status card pins a running timer too). */
const routine = (page: Page) => page.getByRole('tabpanel', { name: 'My back hurts' });

/** Minutes and seconds shown by the running relief timer, e.g. "9:58 left" → 598. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await routine(page).getByRole('timer').textContent()) ?? '';
  const match = /^(\d+):(\d{2}) left$/.exec(text);
  if (!match) throw new Error(`unexpected timer text "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describe('popup on the running extension', () => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the tracker state the background stored, and its commands change it', async () => {
    const { page, errors } = await openPopup(ext);
    await expect.poll(async () => (await storedTracker(page))?.phase).toBe('tracking');
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByText('Tracking your sitting time', { exact: true }).waitFor();
    const upcoming = (label: string) =>
      status.locator('.status-next > div', { has: page.locator('dt', { hasText: label }) });
    // The defaults: a movement break 50 minutes into the streak, a nudge every 20.
    await upcoming('Next break')
      .getByText(/^in (49|50) minutes$/)
      .waitFor();
    await upcoming('Next nudge')
      .getByText(/^in (19|20) minutes$/)
      .waitFor();

    await page.getByText('Pause reminders').click();
    await page.getByRole('button', { name: 'Until I resume' }).click();
    await status.getByText('Reminders paused until you resume them', { exact: true }).waitFor();
    expect(await storedTracker(page)).toMatchObject({ phase: 'paused', pausedUntil: null });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Resume reminders');

    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await status.getByText('Tracking your sitting time', { exact: true }).waitFor();
    expect((await storedTracker(page)).phase).toBe('tracking');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a relief timer outlives the popup and the worker; the reopened popup shows the time left', async () => {
    const first = await openPopup(ext);
    await first.page
      .getByRole('button', { name: 'Start timer: Warm compress, 10 minutes' })
      .click();
    await routine(first.page).getByRole('timer').waitFor();
    const stored = await storedTracker(first.page);
    expect(stored.relief).toMatchObject({ timer: 'warm' });
    expect(stored.relief!.endsAt - stored.relief!.startedAt).toBe(10 * 60_000);
    await first.page.close();

    expect(await stopWorker(ext.cdp, ext.extensionId)).toBeGreaterThan(0);
    expect(await workerTargets(ext.cdp, ext.extensionId)).toHaveLength(0);

    const again = await openPopup(ext);
    const left = await secondsLeft(again.page);
    expect(left).toBeGreaterThan(9 * 60);
    expect(left).toBeLessThanOrEqual(10 * 60);
    // The background's alarm is still set for the end of the run (or earlier).
    const wake = await again.page.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
      };
      return (await g.chrome.alarms.get('wake'))?.scheduledTime ?? null;
    });
    expect(wake).not.toBeNull();
    expect(wake!).toBeLessThanOrEqual(stored.relief!.endsAt);

    await routine(again.page).getByRole('button', { name: 'Cancel timer: Warm compress' }).click();
    await again.page
      .getByRole('button', { name: 'Start timer: Warm compress, 10 minutes' })
      .waitFor();
    await expect.poll(async () => (await storedTracker(again.page)).relief).toBeNull();
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('a cold compress within two hours of one that ran asks first, then starts', async () => {
    const { page } = await openPopup(ext);
    // One that ran (at least a third of its time) half an hour ago, as the background stores it.
    await page.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, Record<string, unknown>>>;
              set(v: object): Promise<void>;
            };
          };
        };
      };
      const { tracker } = await g.chrome.storage.local.get('tracker');
      await g.chrome.storage.local.set({
        tracker: { ...tracker, lastColdStartedAt: Date.now() - 30 * 60_000 },
      });
    });
    await page.getByText(/^Do not start the next cold compress before /).waitFor();
    await page.getByRole('button', { name: 'Start timer: Cold compress, 15 minutes' }).click();
    await page.getByRole('button', { name: 'Start anyway' }).click();
    await routine(page).getByRole('timer').waitFor();
    expect((await storedTracker(page)).relief).toMatchObject({ timer: 'cold' });
    await routine(page).getByRole('button', { name: 'Cancel timer: Cold compress' }).click();
    await page.close();
  });
});

describe.each(['en', 'ar'] as const)('popup accessibility in %s', (lang) => {
  let ext: Launched;
  const text = readCatalogue(lang);

  beforeAll(async () => {
    ext = await launchExtension({ lang });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is axe-clean: status, relief routine with a timer running, tips and learn more', async () => {
    const { page, errors } = await openPopup(ext);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText(text.popup_actions_pause!).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.timer button.primary').first().click();
    await page.getByRole('tabpanel', { name: text.popup_tabs_relief }).getByRole('timer').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: text.popup_tabs_tips }).click();
    await page.getByText(text.popup_tips_learnMore!).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the popup: 360 px wide, no sideways scrolling', async () => {
    const { page } = await openPopup(ext);
    const size = await page.evaluate(() => ({
      body: document.body.getBoundingClientRect().width,
      scroll: document.body.scrollWidth,
    }));
    expect(size.body).toBe(360);
    expect(size.scroll).toBeLessThanOrEqual(size.body + 1);
    await page.close();
  });
});
