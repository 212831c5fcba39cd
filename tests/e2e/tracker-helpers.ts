/**
 * Driving the tracker from an extension page in real Chromium. Everything
 * goes through a page, never the worker: a stopped worker hangs `evaluate`,
 * and an attached one never idles, so the page is the only safe observer.
 * Functions passed to `page.evaluate` run in the page, so they find `chrome`
 * themselves and use nothing from this module's scope.
 */
import type { Page } from 'playwright-core';
import type { CommandReply } from '../../utils/messages';
import { defaultSettings, type Settings } from '../../utils/settings-core';
import type { Command, TrackerState } from '../../utils/tracker/types';
import type { DayStats } from '../../utils/history';
import type { Launched } from './helpers';

type Chrome = typeof import('@wxt-dev/browser').browser;
declare const chrome: Chrome;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An extension page to watch from: the popup, opened as a tab. */
export async function openControlPage(ext: Launched): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('popup.html'));
  return page;
}

/** Writes the settings (over the defaults), as the options page does. */
export async function setSettings(page: Page, changes: Partial<Settings>): Promise<void> {
  const settings = { ...defaultSettings(), ...changes };
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
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

/** Sends a command as the pages and the notification click do. */
export async function sendCommand(page: Page, command: Command): Promise<CommandReply> {
  return page.evaluate(
    (c) => chrome.runtime.sendMessage({ kind: 'posture-break/command', command: c }),
    command,
  );
}

export async function notificationIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/**
 * Polls `notifications.getAll()` in the page every 100 ms until `id` shows,
 * and returns the page's clock at that moment (the worker's clock too: same
 * machine). Throws at `deadline`.
 */
export async function waitForNotification(page: Page, id: string, deadline: number) {
  const seenAt = await page.evaluate(
    async ({ id, deadline }) => {
      for (;;) {
        const all = await chrome.notifications.getAll();
        if (id in all) return Date.now();
        if (Date.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    { id, deadline },
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

/** Takes away what a browser restart might keep, so only the start-up can bring it back. */
export async function dropAlarmsAndBadge(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all([chrome.alarms.clearAll(), chrome.action.setTitle({ title: 'stale' })]),
  );
}
