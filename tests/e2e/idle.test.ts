/**
 * Real inactivity in a real browser: headful Chromium on an Xvfb display,
 * where the idle detector follows X input, and xdotool is the only input.
 * With the natural-break threshold at 1 minute (set in the options page by
 * its label), a minute without input makes the popup say "away", a mouse
 * move brings tracking back with a natural break, and a browser closed while
 * away and opened again with the user at the keyboard tracks within seconds.
 * About four minutes of real waiting.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProfileDir } from './helpers';
import { launchHeadful, moveMouse, startXvfb, type Display, type Headful } from './idle-helpers';
import { readTracker, todayStats, waitForTracker, wakeAlarmAt } from './tracker-helpers';

const THRESHOLD_MS = 60_000;
/** Chromium polls the idle state every few seconds; allow for that and a loaded machine. */
const SLACK_MS = 30_000;

describe('real inactivity in headful Chromium', { timeout: 8 * 60_000 }, () => {
  let display: Display;
  let ext: Headful;
  let page: Page;
  const profileDir = newProfileDir();

  const status = () => page.getByRole('region', { name: 'Status' });
  const openPopup = async () => {
    page = await ext.context.newPage();
    await page.goto(ext.url('popup.html'));
  };

  beforeAll(async () => {
    display = await startXvfb();
    moveMouse(display);
    ext = await launchHeadful(display, profileDir);
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const field = options.getByLabel('Time away that counts as a break (minutes)', {
      exact: true,
    });
    await field.fill('1');
    await field.press('Tab');
    await options.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
    await options.close();
    await openPopup();
    await status().getByText('Tracking your sitting time', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await display?.stop();
  });

  it('no input for the threshold: the popup says away', async () => {
    moveMouse(display);
    await status()
      .getByText('You seem to be away', { exact: true })
      .waitFor({ timeout: THRESHOLD_MS + SLACK_MS });
    const state = await readTracker(page);
    expect(state).toMatchObject({ phase: 'away', idle: 'idle' });
  });

  it('input again: tracking, and the history counts a natural break', async () => {
    moveMouse(display);
    await status()
      .getByText('Tracking your sitting time', { exact: true })
      .waitFor({ timeout: SLACK_MS });
    await expect.poll(async () => (await todayStats(page))?.naturalBreaks).toBe(1);
    expect(await wakeAlarmAt(page)).toBeGreaterThan(Date.now());
  });

  it('away, browser closed and opened again at the keyboard: tracking within seconds, alarm set', async () => {
    await status()
      .getByText('You seem to be away', { exact: true })
      .waitFor({ timeout: THRESHOLD_MS + SLACK_MS });
    await ext.close({ keepProfile: true });
    moveMouse(display);
    const opened = Date.now();
    ext = await launchHeadful(display, profileDir);
    moveMouse(display);
    await openPopup();
    const state = await waitForTracker(page, (s) => s.phase === 'tracking', 10_000);
    await status().getByText('Tracking your sitting time', { exact: true }).waitFor();
    expect(Date.now() - opened).toBeLessThan(15_000);
    expect(state.sittingSince).toBeGreaterThanOrEqual(opened);
    expect(await wakeAlarmAt(page)).toBeGreaterThan(Date.now());
    expect((await todayStats(page))?.naturalBreaks).toBe(2);
  });
});
