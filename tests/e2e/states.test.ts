/**
 * Every state has its next step (issue 13), as a user meets them in the
 * built extension with its real background: the popup opened as a tab in a
 * 380 × 600 viewport (the popup's own size), found by roles and names, and
 * what is in view without scrolling.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchExtension,
  openExtensionPage,
  readCatalogue,
  type Launched,
} from './helpers';
import { badgeTitle, readTracker, sleep, todayStats, waitForTracker } from './tracker-helpers';

const VIEWPORT = { width: 380, height: 600 };

async function openPopup(ext: Launched) {
  const opened = await openExtensionPage(ext, 'popup.html');
  await opened.page.setViewportSize(VIEWPORT);
  await opened.page.waitForSelector('.status[aria-busy="false"]');
  return opened;
}

/** Wholly inside the viewport as it is, without scrolling. */
async function inView(el: Locator): Promise<boolean> {
  await el.waitFor();
  const box = await el.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height && box.x >= 0;
}

function breakWindowOpens(ext: Launched): Promise<Page> {
  return ext.context.waitForEvent('page', {
    predicate: (p) => p.url().endsWith('/break.html'),
    timeout: 15_000,
  });
}

describe('every state has its next step, in Chromium', () => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('on a break the popup counts down, with Done, End early and Show break window; the window offers no Snooze', async () => {
    const { page, errors } = await openPopup(ext);
    const status = page.getByRole('region', { name: 'Status' });
    let win = breakWindowOpens(ext);
    await page.getByRole('button', { name: 'Take a break now' }).click();
    const first = await win;
    await first.waitForSelector('#app > *');
    // The running break in its window: Done or End early, never Snooze or Skip.
    await first.getByRole('button', { name: 'End early' }).waitFor();
    expect(await first.getByRole('button', { name: /Snooze/ }).count()).toBe(0);
    expect(await first.getByRole('button', { name: 'Skip this break' }).count()).toBe(0);
    await first.close();

    await status.getByText(/^On a movement break until /).waitFor();
    const timer = status.getByRole('timer', { name: 'Time left in your break' });
    expect(await inView(timer)).toBe(true);
    const before = await timer.textContent();
    expect(before).toMatch(/^[45]:\d{2} left$/);
    await expect.poll(() => timer.textContent(), { timeout: 3000 }).not.toBe(before);
    for (const name of ['Done', 'End early', 'Show break window']) {
      expect(await inView(page.getByRole('button', { name, exact: true }))).toBe(true);
    }

    win = breakWindowOpens(ext);
    await page.getByRole('button', { name: 'Show break window' }).click();
    const again = await win;
    await again.waitForSelector('#app > *');
    await again.getByRole('timer', { name: 'Time left' }).waitFor();
    const closed = again.waitForEvent('close', { timeout: 15_000 });

    await page.getByRole('button', { name: 'End early' }).click();
    await closed; // ending the break elsewhere closes its window
    await status.getByText('Tracking your sitting time', { exact: true }).waitFor();
    expect(await todayStats(page)).toMatchObject({ breaksTaken: 0, skips: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Done on a break counts it, and today at a glance says so; History opens its own page', async () => {
    const { page } = await openPopup(ext);
    const status = page.getByRole('region', { name: 'Status' });
    const today = status.getByText(/^Breaks today: \d+ of 6$/);
    expect(await inView(today)).toBe(true);
    expect(await today.textContent()).toBe('Breaks today: 0 of 6');
    const win = breakWindowOpens(ext);
    await page.getByRole('button', { name: 'Take a break now' }).click();
    await (await win).close();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await status.getByText('Breaks today: 1 of 6').waitFor();
    expect((await todayStats(page))?.breaksTaken).toBe(1);

    const historyPage = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/history.html'),
    });
    await status.getByRole('link', { name: 'History' }).click();
    const history = await historyPage;
    await history.getByRole('heading', { level: 1, name: 'Posture Break history' }).waitFor();
    await history.getByText('1 of 6').waitFor();
    await history.close();
    await page.close();
  });

  it('a running relief timer is pinned in view after the popup reopens, its step open, and in the tooltip', async () => {
    const first = await openPopup(ext);
    await first.page
      .getByRole('button', { name: 'Start timer: Warm compress, 10 minutes' })
      .click();
    await waitForTracker(first.page, (s) => s.relief?.timer === 'warm');
    await first.page.close();

    const { page, errors } = await openPopup(ext);
    const pinned = page
      .getByRole('region', { name: 'Status' })
      .getByRole('group', { name: 'Relief timer running' });
    const timer = pinned.getByRole('timer', { name: 'Warm compress' });
    expect(await inView(timer)).toBe(true);
    expect(await timer.textContent()).toMatch(/^(9:\d{2}|10:00) left$/);
    const cancel = pinned.getByRole('button', { name: 'Cancel timer: Warm compress' });
    expect(await inView(cancel)).toBe(true);
    const step = page.getByRole('heading', { level: 3, name: /Warm compress, 10 minutes/ });
    expect(await step.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(await badgeTitle(page)).toMatch(/· Warm compress: 10 minutes left, until /);

    await cancel.click();
    await expect.poll(async () => (await readTracker(page))?.relief).toBeNull();
    expect(await pinned.count()).toBe(0);
    expect(await badgeTitle(page)).not.toMatch(/Warm compress/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a cold compress cancelled after a few seconds does not count: starting again asks nothing', async () => {
    const { page } = await openPopup(ext);
    const start = page.getByRole('button', { name: 'Start timer: Cold compress, 15 minutes' });
    const cancel = page
      .getByRole('tabpanel', { name: 'My back hurts' })
      .getByRole('button', { name: 'Cancel timer: Cold compress' });
    await start.click();
    await cancel.waitFor();
    await sleep(2000);
    await cancel.click();
    await start.click();
    await cancel.waitFor();
    expect(await page.getByRole('button', { name: 'Start anyway' }).count()).toBe(0);
    expect(await page.getByText(/Less than two hours have passed/).count()).toBe(0);
    expect((await readTracker(page))?.relief).toMatchObject({ timer: 'cold' });
    await cancel.click();
    await page.close();
  });
  it('the options page lists the shortcuts as the browser has them and opens its page for changing them', async () => {
    const { page } = await openExtensionPage(ext, 'options.html');
    const footer = page.getByRole('region', { name: 'Keyboard shortcuts' });
    // What the browser has assigned (a command-line load may leave them unset): shown as it is.
    const assigned = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };
      };
      return Object.fromEntries(
        (await g.chrome.commands.getAll()).map((c) => [c.name, c.shortcut]),
      );
    });
    for (const [label, name] of [
      ['Take a break', 'take-break'],
      ['Pause or resume', 'toggle-pause'],
    ] as const) {
      const shown = footer.locator('dl > div', { has: page.getByText(label, { exact: true }) });
      await expect.poll(() => shown.locator('dd').textContent()).toBe(assigned[name] || 'not set');
    }
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith('chrome://extensions/shortcuts'),
    });
    await footer.getByRole('button', { name: 'Change shortcuts' }).click();
    await (await opened).close();
    await page.close();
  });
});

describe.each(['en', 'ar'] as const)('new states are axe-clean in %s', (lang) => {
  let ext: Launched;
  const text = readCatalogue(lang);

  beforeAll(async () => {
    ext = await launchExtension({ lang });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['light', 'dark'] as const)(
    '%s: popup on a break with a relief timer, history and options pages',
    async (scheme) => {
      const { page, errors } = await openPopup(ext);
      await page.emulateMedia({ colorScheme: scheme });
      const win = breakWindowOpens(ext);
      await page.getByRole('button', { name: text.popup_actions_takeBreak }).click();
      const breakPage = await win;
      await breakPage.waitForSelector('#app > *');
      await breakPage.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(breakPage)).toEqual([]);
      await breakPage.close();
      await page.getByRole('button', { name: text.popup_actions_showWindow }).waitFor();
      await page.locator('.timer button.primary').first().click();
      await page.getByRole('group', { name: text.popup_status_reliefRunning }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: text.popup_actions_endEarly }).click();
      await page.getByRole('button', { name: text.popup_actions_takeBreak }).waitFor();
      await page
        .getByRole('group', { name: text.popup_status_reliefRunning })
        .getByRole('button')
        .click();

      for (const path of ['history.html', 'options.html']) {
        const other = await openExtensionPage(ext, path);
        await other.page.emulateMedia({ colorScheme: scheme });
        expect(await other.page.locator('html').getAttribute('dir')).toBe(
          lang === 'ar' ? 'rtl' : 'ltr',
        );
        if (path === 'options.html') await other.page.locator('#advanced > summary').click();
        expect(await axeViolations(other.page)).toEqual([]);
        expect(other.errors).toEqual([]);
        await other.page.close();
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
