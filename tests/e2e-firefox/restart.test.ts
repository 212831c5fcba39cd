/**
 * Firefox closed and opened again on the same profile. A temporary add-on is
 * gone when Firefox closes, so this installs the store package itself
 * permanently (unsigned: ESR allows that with xpinstall.signatures.required
 * off). Firefox keeps alarms in memory only and the badge not at all: after
 * the restart both must come back from storage, and the streak must go on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../utils/time';
import type { TrackerState } from '../../utils/tracker/types';
import {
  badgeTitle,
  extensionTabs,
  launchFirefox,
  newProfileDir,
  openPage,
  readCatalogue,
  sleep,
  waitForTracker,
  wakeAlarmAt,
  type Launched,
} from './helpers';

describe('Firefox restarted on the same profile, with the package installed for good', () => {
  const profileDir = newProfileDir();
  const text = readCatalogue('en');
  let ff: Launched | undefined;
  let before: TrackerState;

  afterAll(async () => {
    await ff?.close();
  });

  it('the first start opens the welcome page and sets the alarm', async () => {
    ff = await launchFirefox({ profileDir, install: 'permanent' });
    const { page } = await openPage(ff, 'popup.html');
    before = await waitForTracker(page, (s) => s.wakeAt !== null);
    await expect
      .poll(() => extensionTabs(page), { timeout: 10_000 })
      .toContain(ff.url('welcome.html'));
    expect(await wakeAlarmAt(page)).toBe(before.wakeAt);
    await ff.close({ keepProfile: true });
    ff = undefined;
  });

  it('after the restart: still installed, alarm and badge rebuilt, same streak, no second welcome', async () => {
    ff = await launchFirefox({ profileDir, install: 'none' });
    const { page, errors } = await openPage(ff, 'popup.html');
    const after = await waitForTracker(page, (s) => s.lastStepAt! > before.lastStepAt!);
    expect(after.lastStepAt! - before.lastStepAt!).toBeLessThan(MINUTE);
    expect(after).toMatchObject({
      phase: 'tracking',
      sittingSince: before.sittingSince,
      nextBreakAt: before.nextBreakAt,
      wakeAt: before.wakeAt,
    });
    await expect.poll(() => wakeAlarmAt(page)).toBe(after.wakeAt);
    await expect.poll(() => badgeTitle(page)).toBe(text.badge_tracking);
    // Give a stray onInstalled time to open the page before saying it did not.
    await sleep(1_500);
    expect(await extensionTabs(page)).not.toContain(ff.url('welcome.html'));
    expect(errors).toEqual([]);
  });
});
