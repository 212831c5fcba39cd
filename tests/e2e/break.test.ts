import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchExtension,
  openExtensionPage,
  readCatalogue,
  type Launched,
} from './helpers';

/** What the functions evaluated in the browser use of the extension API. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** Today's local day key and its history entry, read in the service worker. */
async function todayInHistory(ext: Launched) {
  return ext.worker.evaluate(async () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const key = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const { history } = (await chrome.storage.local.get('history')) as {
      history?: Record<string, { breaksTaken: number }>;
    };
    return history?.[key] ?? null;
  });
}

describe.each(['en', 'ar'] as const)('break window in %s', (lang) => {
  let ext: Launched;
  const text = readCatalogue(lang);

  beforeAll(async () => {
    ext = await launchExtension({ lang });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens on Take a break, counts down, and Done records the break', async () => {
    const { page } = await openExtensionPage(ext, 'options.html');
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
      timeout: 15_000,
    });
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ kind: 'posture-break/command', command: { type: 'takeBreak' } }),
    );
    expect(reply).toEqual({ ok: true });

    const win: Page = await opened;
    const errors: string[] = [];
    win.on('pageerror', (err) => errors.push(String(err)));
    await win.waitForSelector('#app > *');
    const html = win.locator('html');
    await expect(html.getAttribute('lang')).resolves.toBe(lang);
    await expect(html.getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await expect(win.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      text.break_heading,
    );
    await expect(win.getByRole('timer').textContent()).resolves.toMatch(/^\p{Nd}{2}:\p{Nd}{2}$/u);
    expect(await axeViolations(win)).toEqual([]);

    const closed = win.waitForEvent('close', { timeout: 15_000 });
    await win.getByRole('button', { name: text.break_done, exact: true }).click();
    await closed;

    await expect.poll(() => todayInHistory(ext)).toMatchObject({ breaksTaken: 1 });
    const phase = await ext.worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('tracker')) as { tracker?: { phase: string } }).tracker
          ?.phase,
    );
    expect(phase).toBe('tracking');
    expect(errors).toEqual([]);
    await page.close();
  });
});
