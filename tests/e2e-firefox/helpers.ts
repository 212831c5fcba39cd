/**
 * Driving the extension in Firefox ESR. Everything is observed from an
 * extension page: the event page cannot be evaluated in over WebDriver BiDi,
 * and a page that asks nothing of the background does not keep it awake.
 * Functions passed to `page.evaluate` run in the page, where `chrome` is
 * Firefox's promise-based extension API (see ../e2e/globals.d.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { TrackerState } from '../../utils/tracker/types';
import type { DayStats } from '../../utils/history';
import type { CommandReply } from '../../utils/messages';
import type { Command } from '../../utils/tracker/types';
import { defaultSettings, type Settings } from '../../utils/settings-core';

export { launchFirefox, newProfileDir, FIREFOX_BUILD } from '../../scripts/lib/firefox.mjs';
export type Launched = Awaited<
  ReturnType<typeof import('../../scripts/lib/firefox.mjs').launchFirefox>
>;

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The path of the event page Firefox generates for `background.scripts`. */
const BACKGROUND_PAGE = '/_generated_background_page.html';

/**
 * Opens an extension page in a new tab, recording console errors and page
 * errors. Firefox never reports `load` to WebDriver for a moz-extension page,
 * so the navigation is given a short timeout and the page's content is awaited.
 */
export async function openPage(
  ff: Launched,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await ff.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(ff.url(path), { timeout: 1_000 }).catch((err: Error) => {
    if (err.name !== 'TimeoutError') throw err;
  });
  await page.waitForSelector('#app > *', { timeout: 15_000 });
  return { page, errors };
}

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** An element found by its role and accessible name (puppeteer's ARIA query). */
export function byRole(
  page: Page,
  role: string,
  name: string,
  timeout = 10_000,
): Promise<ElementHandle<Element>> {
  const quoted = JSON.stringify(name);
  return page.waitForSelector(`::-p-aria([name=${quoted}][role="${role}"])`, {
    timeout,
  }) as Promise<ElementHandle<Element>>;
}

/** Accessible names of every element with this role, in document order. */
export async function namesOf(page: Page, role: string): Promise<string[]> {
  const handles = await page.$$(`::-p-aria([role="${role}"])`);
  return Promise.all(handles.map((h) => h.evaluate((e) => e.textContent?.trim() ?? '')));
}

/** axe-core in the page (the extension CSP forbids script tags, so evaluate the source). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export function readCatalogue(locale: 'en' | 'ar'): Record<string, string> {
  const path = new URL(
    `../../.output/firefox-mv3/_locales/${locale}/messages.json`,
    import.meta.url,
  );
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
}

/** Whether the event page is running now (asking does not wake it). */
export function backgroundRunning(page: Page): Promise<boolean> {
  return page.evaluate(
    (path) => chrome.extension.getViews().some((w: Window) => w.location.pathname === path),
    BACKGROUND_PAGE,
  );
}

/** Polls until the event page is in the wanted state; returns how long that took. */
export async function waitForBackground(
  page: Page,
  running: boolean,
  timeoutMs = 30_000,
): Promise<number> {
  const start = Date.now();
  while ((await backgroundRunning(page)) !== running) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`event page still ${running ? 'stopped' : 'running'} after ${timeoutMs} ms`);
    await sleep(100);
  }
  return Date.now() - start;
}

export async function readTracker(page: Page): Promise<TrackerState | undefined> {
  return page.evaluate(
    async () => (await chrome.storage.local.get('tracker')).tracker as TrackerState | undefined,
  );
}

/** Polls the stored tracker state until `ok` holds. */
export async function waitForTracker(
  page: Page,
  ok: (s: TrackerState) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<TrackerState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readTracker(page);
    if (state && ok(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`tracker state never matched; last: ${JSON.stringify(state)}`);
    await sleep(100);
  }
}

/** Writes the settings (over the defaults), as the options page does. */
export async function setSettings(page: Page, changes: Partial<Settings>): Promise<void> {
  const settings = { ...defaultSettings(), ...changes };
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}

/** Today's history counters (the browser's local day). */
export async function todayStats(page: Page): Promise<DayStats | undefined> {
  return page.evaluate(async () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const key = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const history = (await chrome.storage.local.get('history')).history as
      Record<string, DayStats> | undefined;
    return history?.[key];
  });
}

/** Sends a command as the pages do. */
export async function sendCommand(page: Page, command: Command): Promise<CommandReply> {
  return page.evaluate(
    (c) =>
      chrome.runtime.sendMessage({
        kind: 'posture-break/command',
        command: c,
      }) as Promise<CommandReply>,
    command,
  );
}

export async function notificationIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/**
 * Polls `notifications.getAll()` in the page every 100 ms until `id` shows,
 * and returns the page's clock at that moment. Throws at `deadline`.
 */
export async function waitForNotification(page: Page, id: string, deadline: number) {
  const seenAt = await page.evaluate(
    async (id, deadline) => {
      for (;;) {
        const all = await chrome.notifications.getAll();
        if (id in all) return Date.now();
        if (Date.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    id,
    deadline,
  );
  if (seenAt === null) throw new Error(`notification "${id}" never appeared`);
  return seenAt;
}

export async function wakeAlarmAt(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => (await chrome.alarms.get('wake'))?.scheduledTime);
}

export async function badgeTitle(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getTitle({}));
}

/** URLs of the extension's own tabs (the only ones visible without the tabs permission). */
export async function extensionTabs(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    ((await chrome.tabs.query({})) as { url?: string }[])
      .map((t) => t.url ?? '')
      .filter((u) => u.startsWith('moz-extension:')),
  );
}

/** The extension's windows of type popup with the break page (from windows.getAll). */
export async function breakWindows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const all = (await chrome.windows.getAll({ populate: true })) as {
      tabs?: { url?: string }[];
    }[];
    return all.filter((w) => w.tabs?.some((t) => t.url?.endsWith('/break.html'))).length;
  });
}

/** The page of the break window, once it has rendered. */
export async function findBreakPage(ff: Launched, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const p of await ff.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.endsWith('/break.html')) {
        await p.waitForSelector('#app > *', { timeout: 10_000 });
        return p;
      }
    }
    if (Date.now() > deadline) throw new Error('the break window never opened');
    await sleep(200);
  }
}
