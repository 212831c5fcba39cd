/**
 * The tracker end to end, in real Chromium on the built extension. Reminders
 * are set one minute apart (the shortest interval the settings allow;
 * unpacked builds may use alarms that short), so two of these tests wait
 * about a minute each: the whole file takes about two and a half minutes.
 * Everything is observed from an extension page; see tracker-helpers.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../../utils/time';
import {
  launchExtension,
  readCatalogue,
  stopWorker,
  workerTargets,
  type Launched,
} from './helpers';
import {
  badgeTitle,
  dropAlarmsAndBadge,
  notificationIds,
  openControlPage,
  readTracker,
  sendCommand,
  setSettings,
  sleep,
  todayStats,
  waitForNotification,
  waitForTracker,
  wakeAlarmAt,
} from './tracker-helpers';

/** A reminder one minute into each streak, and nothing else to wake for. */
const ONE_MINUTE_BREAKS = {
  breakIntervalMinutes: 1,
  nudgeEnabled: false,
  repeatIntervalMinutes: 60,
  snoozeMinutes: 1,
} as const;

const MAX_LATENESS_MS = 2 * SECOND;
const WAIT_TIMEOUT_MS = 2 * MINUTE;

describe('the movement reminder in Chromium', () => {
  let ext: Launched;
  let page: Page;
  const text = readCatalogue('en');

  beforeAll(async () => {
    ext = await launchExtension();
    page = await openControlPage(ext);
    await waitForTracker(page, (s) => s.wakeAt !== null);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it(
    'appears within 2 s of its due time',
    async () => {
      await setSettings(page, ONE_MINUTE_BREAKS);
      const state = await waitForTracker(
        page,
        (s) => s.nextBreakAt === (s.breakCountFrom ?? NaN) + MINUTE,
      );
      const due = state.nextBreakAt!;
      expect((await readTracker(page))?.wakeAt).toBe(due);
      expect(due).toBeGreaterThan(Date.now());

      const seenAt = await waitForNotification(page, 'break', due + WAIT_TIMEOUT_MS);
      const stepAt = (await readTracker(page))!.lastStepAt!;
      console.log(
        `[tracker e2e] worker alive: notification seen ${seenAt - due} ms after its due time ` +
          `(the step ran ${stepAt - due} ms after it)`,
      );
      expect(seenAt - due).toBeGreaterThanOrEqual(0);
      expect(seenAt - due).toBeLessThanOrEqual(MAX_LATENESS_MS);
      expect(await readTracker(page)).toMatchObject({ breakReminders: 1, phase: 'tracking' });
    },
    WAIT_TIMEOUT_MS,
  );

  it(
    'appears on time with the worker stopped in the middle of the interval',
    async () => {
      // Skip starts a new interval now and clears the notification.
      expect(await sendCommand(page, { type: 'skip' })).toEqual({ ok: true });
      const due = (await readTracker(page))!.nextBreakAt!;
      expect(await notificationIds(page)).toEqual([]);

      await sleep(2 * SECOND);
      expect(await stopWorker(ext.cdp, ext.extensionId)).toBe(1);

      // Just before the alarm, nothing has started the worker again.
      const stillStopped = (async () => {
        await sleep(due - 3 * SECOND - Date.now());
        return (await workerTargets(ext.cdp, ext.extensionId)).length;
      })();
      const seenAt = await waitForNotification(page, 'break', due + WAIT_TIMEOUT_MS);
      expect(await stillStopped).toBe(0);
      expect((await workerTargets(ext.cdp, ext.extensionId)).length).toBe(1);

      const stepAt = (await readTracker(page))!.lastStepAt!;
      console.log(
        `[tracker e2e] worker stopped: notification seen ${seenAt - due} ms after its due time ` +
          `(the woken step ran ${stepAt - due} ms after it)`,
      );
      expect(seenAt - due).toBeGreaterThanOrEqual(0);
      expect(seenAt - due).toBeLessThanOrEqual(MAX_LATENESS_MS);
    },
    WAIT_TIMEOUT_MS,
  );

  it('opens the break window from the notification path, and Done records a break', async () => {
    const before = (await todayStats(page))?.breaksTaken ?? 0;
    // A click on the notification sends exactly this command (headless cannot click one).
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    expect(await sendCommand(page, { type: 'takeBreak' })).toEqual({ ok: true });
    const breakPage = await opened;
    expect((await readTracker(page))?.phase).toBe('onBreak');
    expect(await notificationIds(page)).toEqual([]);

    const closed = breakPage.waitForEvent('close');
    await breakPage.getByRole('button', { name: text.break_done, exact: true }).click();
    const state = await waitForTracker(page, (s) => s.phase === 'tracking');
    expect(state.breakReminders).toBe(0);
    expect((await todayStats(page))?.breaksTaken).toBe(before + 1);
    // The break page closes itself once the break is over.
    await closed;
  });
});

describe('a browser restart on the same profile', () => {
  it('rebuilds the alarm and the badge, and the streak goes on', async () => {
    const text = readCatalogue('en');
    let ext = await launchExtension();
    try {
      let page = await openControlPage(ext);
      const before = await waitForTracker(page, (s) => s.wakeAt !== null);
      await dropAlarmsAndBadge(page);
      await ext.close({ keepProfile: true });

      ext = await launchExtension({ profileDir: ext.profileDir });
      page = await openControlPage(ext);
      const after = await waitForTracker(page, (s) => s.lastStepAt! > before.lastStepAt!);
      expect(after.lastStepAt! - before.lastStepAt!).toBeLessThan(MINUTE);
      expect(after).toMatchObject({
        phase: 'tracking',
        sittingSince: before.sittingSince,
        nextBreakAt: before.nextBreakAt,
        wakeAt: before.wakeAt,
      });
      expect(await wakeAlarmAt(page)).toBe(after.wakeAt);
      expect(await badgeTitle(page)).toBe(text.badge_tracking);
    } finally {
      await ext.close();
    }
  });
});
