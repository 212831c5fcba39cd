/**
 * Every interface language in real Chromium (`--lang=<code>`): the popup, the
 * options page and the break window carry the catalogue's language and
 * direction, no text overflows its box, and axe finds nothing. One browser per
 * language, the three pages in it.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchExtension,
  openExtensionPage,
  readCatalogue,
  type Launched,
} from './helpers';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const CODES = readdirSync(new URL('../../locales/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/**
 * Runs in the page: every visible element that holds text and whose content
 * is wider than its box, outside deliberate scroll boxes and visually hidden
 * text; and whether the page itself scrolls sideways.
 */
function overflowing(): string[] {
  const found: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  }
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
    if (el.getClientRects().length === 0 || el.clientWidth === 0) continue;
    const style = getComputedStyle(el);
    if (/(auto|scroll)/.test(style.overflowX)) continue;
    const hasText = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    if (!hasText && !(el instanceof HTMLButtonElement)) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`;
      found.push(
        `${name} ${el.scrollWidth} > ${el.clientWidth}: ${(el.textContent ?? '').trim().slice(0, 60)}`,
      );
    }
  }
  return found;
}

async function checkPage(page: Page, tag: string, dir: string): Promise<void> {
  const html = page.locator('html');
  await expect(html.getAttribute('lang')).resolves.toBe(tag);
  await expect(html.getAttribute('dir')).resolves.toBe(dir);
  expect(await page.evaluate(overflowing)).toEqual([]);
}

describe.each(CODES)('layout in %s', (code) => {
  const text = readCatalogue(code);
  const tag = text.locale ?? code;
  const dir = text.dir ?? 'ltr';
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchExtension({ lang: tag });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('popup: relief steps, tips and learn more fit; axe finds nothing in the steps', async () => {
    const { page, errors } = await openExtensionPage(ext, 'popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('.steps li').first().waitFor();
    await checkPage(page, tag, dir);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: text.popup_tabs_tips }).click();
    await page.getByText(text.popup_tips_learnMore ?? '', { exact: true }).click();
    // The tips tab's axe check is in popup.test.ts; here its layout.
    await checkPage(page, tag, dir);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options page and break window fit, and axe finds nothing', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    await checkPage(page, tag, dir);
    expect(await axeViolations(page)).toEqual([]);

    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
      timeout: 15_000,
    });
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ kind: 'posture-break/command', command: { type: 'takeBreak' } }),
    );
    const win = await opened;
    await win.locator('.idea h2').waitFor();
    await checkPage(win, tag, dir);
    expect(await axeViolations(win)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
