/**
 * The relief timer in Firefox: started in the popup, it outlives the popup
 * and the event page (suspended after 3 s idle here), and its notification
 * comes from an event page woken by the alarm. The shortest timer lasts ten
 * minutes; rather than wait for it, the last test moves the stored run and
 * the wake-up alarm forward as if all but 10 s of it had passed, which is
 * exactly what storage and the alarm hold at that moment of a real run.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../../utils/time';
import {
  byRole,
  launchFirefox,
  openPage,
  readTracker,
  waitForBackground,
  waitForNotification,
  waitForTracker,
  wakeAlarmAt,
  type Launched,
} from './helpers';

const START_WARM = 'Start timer: Warm compress, 10 minutes';

/** Minutes and seconds shown by the running relief timer, e.g. "9:58 left" → 598. */
async function secondsLeft(page: Page): Promise<number> {
  const timer = await page.waitForSelector('::-p-aria([role="timer"])');
  const text = (await timer!.evaluate((e) => e.textContent)) ?? '';
  const match = /^(\d+):(\d{2}) left$/.exec(text);
  if (!match) throw new Error(`unexpected timer text "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

async function openPopup(ff: Launched) {
  const opened = await openPage(ff, 'popup.html');
  await opened.page.waitForSelector('.status[aria-busy="false"]');
  return opened;
}

describe('the relief timer in Firefox', () => {
  let ff: Launched;

  beforeAll(async () => {
    ff = await launchFirefox({ idleTimeoutMs: 3_000 });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('started in the popup, it survives the popup closing and the event page suspending', async () => {
    const first = await openPopup(ff);
    await (await byRole(first.page, 'button', START_WARM)).click();
    const started = await waitForTracker(first.page, (s) => s.relief !== null);
    expect(started.relief).toMatchObject({ timer: 'warm' });
    expect(started.relief!.endsAt - started.relief!.startedAt).toBe(10 * MINUTE);
    expect(await wakeAlarmAt(first.page)).toBeLessThanOrEqual(started.relief!.endsAt);
    expect(first.errors).toEqual([]);
    await first.page.close();

    const again = await openPopup(ff);
    await waitForBackground(again.page, false);
    const left = await secondsLeft(again.page);
    expect(left).toBeGreaterThan(9 * 60);
    expect(left).toBeLessThanOrEqual(10 * 60);
    expect((await readTracker(again.page))?.relief).toEqual(started.relief);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('its notification comes from the suspended event page when the time is up', async () => {
    const { page, errors } = await openPopup(ff);
    await waitForBackground(page, false);
    const endsAt = await page.evaluate(async (remaining) => {
      const { tracker } = await chrome.storage.local.get('tracker');
      const endsAt = Date.now() + remaining;
      tracker.relief = { ...tracker.relief, startedAt: endsAt - 10 * 60_000, endsAt };
      tracker.wakeAt = endsAt;
      await chrome.storage.local.set({ tracker });
      await chrome.alarms.create('wake', { when: endsAt });
      return endsAt;
    }, 10 * SECOND);
    // Every storage change wakes the event page (its storage.onChanged
    // listener); it idles out again well before the alarm.
    await waitForBackground(page, false);
    expect(Date.now()).toBeLessThan(endsAt - SECOND);

    const seenAt = await waitForNotification(page, 'relief', endsAt + MINUTE);
    console.log(`[firefox e2e] relief notification ${seenAt - endsAt} ms after the timer ended`);
    expect(seenAt).toBeGreaterThanOrEqual(endsAt);
    expect(seenAt - endsAt).toBeLessThanOrEqual(2 * SECOND);
    expect((await waitForTracker(page, (s) => s.relief === null)).relief).toBeNull();
    await byRole(page, 'button', START_WARM);
    expect(errors).toEqual([]);
  });
});
