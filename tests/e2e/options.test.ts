/**
 * The options page on the built extension in Chromium: settings typed into the
 * page reach storage.sync and the background's wake-up alarm; bad input and
 * bad files change nothing; export and import round-trip; axe in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings-core';
import type { TrackerState } from '../../utils/tracker/types';
import { axeViolations, launchExtension, openExtensionPage, type Launched } from './helpers';

const MINUTE = 60_000;
const poll = { timeout: 10_000, interval: 100 };

function observe(ext: Launched) {
  return {
    settings: () =>
      ext.worker.evaluate(
        async () => (await chrome.storage.sync.get('settings')).settings as Settings | undefined,
      ),
    tracker: () =>
      ext.worker.evaluate(
        async () => (await chrome.storage.local.get('tracker')).tracker as TrackerState | undefined,
      ),
    wake: () =>
      ext.worker.evaluate(async () => (await chrome.alarms.get('wake'))?.scheduledTime ?? null),
  };
}

/** Types into a field found by its label and leaves it with Tab, as a keyboard user does. */
async function typeInto(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
  return field;
}

describe('options page in Chromium (English)', () => {
  let ext: Launched;
  let seen: ReturnType<typeof observe>;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en' });
    seen = observe(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a break interval typed by its label is stored and moves the wake-up alarm', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    // With nudges on, the next nudge comes first; turn them off to watch the break.
    await page.getByRole('checkbox', { name: 'Remind me to shift position' }).uncheck();
    await expect.poll(async () => (await seen.settings())?.nudgeEnabled, poll).toBe(false);
    const start = (await seen.tracker())?.breakCountFrom;
    expect(start).toBeTypeOf('number');
    // Not the break at 50: the tracker checks in every 20 minutes of a streak.
    await expect.poll(seen.wake, poll).toBe(start! + 20 * MINUTE);

    await typeInto(page, 'Time between movement breaks (minutes)', '7');
    await expect.poll(async () => (await seen.settings())?.breakIntervalMinutes, poll).toBe(7);
    await expect.poll(seen.wake, poll).toBe(start! + 7 * MINUTE);
    await expect(
      page.getByRole('status').filter({ hasText: 'All changes saved.' }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an invalid value shows its message next to the field, and nothing is stored', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    const before = await seen.settings();
    const field = await typeInto(page, 'Length of a movement break (minutes)', '0');
    const message = page.getByText('Enter a whole number from 1 to 60.');
    await message.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(
      await message.getAttribute('id'),
    );
    expect(await field.inputValue()).toBe('0');
    await page.waitForTimeout(2500); // longer than the debounce and the write spacing
    expect(await seen.settings()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a broken file is refused with its reason, and nothing changes', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    const before = await seen.settings();
    await page.getByLabel('Import settings from a file').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"posture-break","kind":"settings","version":1,"settings":{'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('does not contain valid JSON');

    await page.getByLabel('Import settings from a file').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          app: 'posture-break',
          kind: 'settings',
          version: 1,
          settings: { breakMinutes: 500, badgeStyle: 'loud' },
        }),
      ),
    });
    await expect
      .poll(() => alert.textContent(), poll)
      .toContain('Length of a movement break (minutes): Enter a whole number from 1 to 60.');
    expect(await alert.textContent()).toContain('What the icon shows');
    await page.waitForTimeout(500);
    expect(await seen.settings()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('export, change something, import the export: the settings are identical again', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    const exported = await seen.settings();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^posture-break-settings-\d{4}-\d\d-\d\d\.json$/);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toEqual({
      app: 'posture-break',
      kind: 'settings',
      version: 1,
      settings: exported,
    });

    await typeInto(page, 'Snooze length (minutes)', '33');
    await expect.poll(async () => (await seen.settings())?.snoozeMinutes, poll).toBe(33);

    await page.getByLabel('Import settings from a file').setInputFiles(path);
    await expect.poll(seen.settings, poll).toEqual(exported);
    await expect
      .poll(() => page.locator('.import-result').textContent(), poll)
      .toContain(`Snooze length (minutes): 33 → ${exported?.snoozeMinutes}`);
    expect(await page.getByLabel('Snooze length (minutes)').inputValue()).toBe(
      String(exported?.snoozeMinutes),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reset asks in the page, Escape cancels, and confirming stores the defaults', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    const open = page.getByRole('button', { name: 'Reset to defaults…' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Reset all settings to their defaults?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);

    await open.click();
    await dialog.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(async () => (await seen.settings())?.breakIntervalMinutes, poll).toBe(50);
    expect((await seen.settings())?.nudgeEnabled).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the test reminder reaches the background and shows a notification', async () => {
    const { page, errors } = await openExtensionPage(ext, 'options.html');
    await page.getByRole('button', { name: 'Send a test reminder' }).click();
    await page.getByText('Test reminder sent.', { exact: false }).waitFor();
    await expect
      .poll(
        () => ext.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
        poll,
      )
      .not.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['en', 'ar'] as const)('options page axe check in %s', (lang) => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchExtension({ lang });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s scheme, active hours and help open',
    async (scheme) => {
      const { page, errors } = await openExtensionPage(ext, 'options.html');
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await page.locator('#activeHoursEnabled-scheduled').check();
      await page.locator('details.help summary').click();
      await page.locator('#day-1-end').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
