/**
 * Firefox ESR with the unpacked build installed as a temporary add-on, in
 * English and in Arabic: the event page starts and sets its alarm and badge;
 * every page renders its localized text, in the right direction, with no
 * errors and nothing for axe to report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  backgroundRunning,
  badgeTitle,
  byRole,
  launchFirefox,
  namesOf,
  openPage,
  readCatalogue,
  waitForTracker,
  wakeAlarmAt,
  type Launched,
} from './helpers';

describe.each(['en', 'ar'] as const)('Firefox pages in %s', (lang) => {
  let ff: Launched;
  const text = readCatalogue(lang);

  beforeAll(async () => {
    ff = await launchFirefox({ lang });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('starts the event page, which sets its alarm and the badge', async () => {
    const { page, errors } = await openPage(ff, 'popup.html');
    const state = await waitForTracker(page, (s) => s.wakeAt !== null);
    expect(await backgroundRunning(page)).toBe(true);
    expect(state.phase).toBe('tracking');
    expect(await wakeAlarmAt(page)).toBe(state.wakeAt);
    expect(await badgeTitle(page)).toBe(text.badge_tracking);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['popup.html', 'popup_heading'],
    ['options.html', 'options_heading'],
    ['welcome.html', 'welcome_heading'],
    ['break.html', 'break_heading'],
  ])('%s renders localized text, no page errors, no axe violations', async (path, key) => {
    const { page, errors } = await openPage(ff, path);
    const root = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
    expect(root).toEqual({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
    const heading = await byRole(page, 'heading', text[key]!);
    expect(await heading.evaluate((e) => e.tagName)).toBe('H1');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with no break due, the break page offers only Start', async () => {
    const { page } = await openPage(ff, 'break.html');
    await byRole(page, 'button', text.break_start!);
    expect(await namesOf(page, 'button')).toEqual([text.break_start]);
    await page.close();
  });
});
