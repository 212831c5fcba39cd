/**
 * The movement reminder in Firefox ESR, headful under Xvfb so that the
 * notification Firefox draws itself can be clicked through X, as a person
 * clicks it. The event page is allowed 3 s of idleness (30 s by default):
 * it is suspended long before each reminder is due, as it always is in
 * Firefox for a reminder a minute or more away. Two reminders a minute apart:
 * this file takes about two and a half minutes.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../../utils/time';
import {
  backgroundRunning,
  byRole,
  findBreakPage,
  launchFirefox,
  namesOf,
  notificationIds,
  openPage,
  readCatalogue,
  readTracker,
  todayStats,
  waitForBackground,
  waitForNotification,
  waitForTracker,
  watchErrors,
  type Launched,
} from './helpers';
import { alertWindows, clickNotificationWindow, startXvfb, type Xvfb } from './xvfb';

const MAX_LATENESS_MS = 2 * SECOND;
const WAIT_TIMEOUT_MS = 2 * MINUTE;

/** Types a number into a field found by its label and leaves it with Tab. */
async function typeInto(page: Page, label: string, value: string) {
  const field = await byRole(page, 'spinbutton', label);
  await field.click({ count: 3 });
  await field.type(value);
  await page.keyboard.press('Tab');
}

describe('the movement reminder in Firefox', () => {
  let x: Xvfb;
  let ff: Launched;
  let page: Page;
  const text = readCatalogue('en');

  beforeAll(async () => {
    x = await startXvfb();
    ff = await launchFirefox({ display: x.display, idleTimeoutMs: 3_000 });
  });
  afterAll(async () => {
    await ff?.close();
    await x?.stop();
  });

  /** Waits for the break notification with the event page suspended; returns how late it came. */
  async function reminderAfterSuspension(due: number): Promise<number> {
    await waitForBackground(page, false);
    expect(Date.now()).toBeLessThan(due);
    const seenAt = await waitForNotification(page, 'break', due + WAIT_TIMEOUT_MS);
    const stepAt = (await readTracker(page))!.lastStepAt!;
    console.log(`[firefox e2e] the woken event page's step ran ${stepAt - due} ms after due`);
    return seenAt - due;
  }

  it(
    'a 1-minute break set in the options page comes on time, after the event page was suspended',
    async () => {
      ({ page } = await openPage(ff, 'options.html'));
      const nudges = await byRole(page, 'checkbox', text.options_fields_nudgeEnabled_label!);
      await nudges.click();
      await typeInto(page, text.options_fields_snoozeMinutes_label!, '1');
      await typeInto(page, text.options_fields_breakIntervalMinutes_label!, '1');
      const state = await waitForTracker(
        page,
        (s) => s.nextBreakAt === (s.breakCountFrom ?? NaN) + MINUTE,
      );
      const due = state.nextBreakAt!;
      // With nudges off, the break is the next thing to wake for.
      expect(state.wakeAt).toBe(due);

      const late = await reminderAfterSuspension(due);
      console.log(`[firefox e2e] break notification ${late} ms after its due time (suspended)`);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThanOrEqual(MAX_LATENESS_MS);
      expect(await readTracker(page)).toMatchObject({ phase: 'tracking', breakReminders: 1 });
    },
    WAIT_TIMEOUT_MS + MINUTE,
  );

  it('clicking the notification opens the break window with Start, Snooze and Skip', async () => {
    await waitForBackground(page, false);
    await clickNotificationWindow(x);
    const win = await findBreakPage(ff);
    const errors = watchErrors(win);
    await byRole(win, 'button', text.break_start!);
    const names = await namesOf(win, 'button');
    expect(names).toHaveLength(3);
    expect(names[0]).toBe(text.break_start);
    expect(names[1]).toMatch(/^Snooze for 1 minute$/);
    expect(names[2]).toBe(text.break_skip);
    // The break is not started by the click: it is the user's choice in the window.
    expect(await readTracker(page)).toMatchObject({ phase: 'tracking', breakReminders: 1 });
    expect(await notificationIds(page)).toEqual([]);
    expect(alertWindows(x)).toEqual([]);

    const snooze = await byRole(win, 'button', names[1]!);
    await snooze.click();
    const snoozed = await waitForTracker(page, (s) => s.snoozed);
    expect(snoozed.nextBreakAt).toBeGreaterThan(Date.now());
    expect(errors).toEqual([]);
  });

  it(
    'the snoozed reminder comes while suspended; its click opens the window, and Start then Done records a break',
    async () => {
      const due = (await readTracker(page))!.nextBreakAt!;
      const late = await reminderAfterSuspension(due);
      console.log(`[firefox e2e] snoozed reminder ${late} ms after its due time (suspended)`);
      expect(late).toBeLessThanOrEqual(MAX_LATENESS_MS);
      const before = (await todayStats(page))?.breaksTaken ?? 0;

      await waitForBackground(page, false);
      expect(await backgroundRunning(page)).toBe(false);
      await clickNotificationWindow(x);
      const win = await findBreakPage(ff);
      const errors = watchErrors(win);
      const start = await byRole(win, 'button', text.break_start!);
      await start.click();
      await waitForTracker(page, (s) => s.phase === 'onBreak');
      const done = await byRole(win, 'button', text.break_done!);
      await done.click();
      const state = await waitForTracker(page, (s) => s.phase === 'tracking');
      expect(state.breakReminders).toBe(0);
      expect((await todayStats(page))?.breaksTaken).toBe(before + 1);
      expect(errors).toEqual([]);
    },
    WAIT_TIMEOUT_MS + MINUTE,
  );
});
