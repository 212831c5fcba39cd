import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchExtension,
  openExtensionPage,
  readCatalogue,
  type Launched,
} from './helpers';

describe.each(['en', 'ar'] as const)('extension pages in %s', (lang) => {
  let ext: Launched;
  const text = readCatalogue(lang);

  beforeAll(async () => {
    ext = await launchExtension({ lang });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts the service worker', () => {
    expect(ext.worker.url()).toBe(ext.url('background.js'));
  });

  it.each([
    ['popup.html', 'popup_heading'],
    ['options.html', 'options_heading'],
    ['welcome.html', 'welcome_heading'],
  ])(
    '%s renders localized text, no console errors, no axe violations',
    async (path, headingKey) => {
      const { page, errors } = await openExtensionPage(ext, path);
      const html = page.locator('html');
      await expect(html.getAttribute('lang')).resolves.toBe(lang);
      await expect(html.getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBe(
        text[headingKey],
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
