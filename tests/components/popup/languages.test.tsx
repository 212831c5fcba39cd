import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '@/components/store';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackend } from '../../helpers/fake-backend';
import { INTERFACE_LOCALES, contentFor, useLocale } from '../../helpers/i18n';
import { NOW, mountPopup, sittingFor, unmountPopup } from './render-popup';

/** The popup in every interface language: its own Intl numbers and its language's content. */
describe.each(INTERFACE_LOCALES)('popup in %s', (code) => {
  afterEach(unmountPopup);

  it("formats through Intl in the page's language and shows that language's content", async () => {
    await useLocale(code);
    const tag = fakeBrowser.i18n.getMessage('locale');
    const store = createStore(fakeBackend({ tracker: sittingFor(34) }), () => NOW);
    await mountPopup(store, 'x');

    expect(document.documentElement.lang).toBe(tag);
    expect(document.documentElement.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
    const minutes = new Intl.NumberFormat(tag, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    }).format(34);
    const status = screen.getByRole('region', {
      name: fakeBrowser.i18n.getMessage('popup_status_heading'),
    });
    expect(status.textContent).toContain(minutes);

    const content = await contentFor(tag);
    expect(screen.getAllByText(content.disclaimer).length).toBeGreaterThan(0);
    const first = screen.getByRole('button', { name: new RegExp(content['relief.rest.title']) });
    expect(within(first).getByText(new Intl.NumberFormat(tag).format(1))).toBeTruthy();
  });
});
