import { act, screen, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { App } from '@/entrypoints/popup/App';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackend } from '../../helpers/fake-backend';
import { INTERFACE_LOCALES, contentFor, useLocale } from '../../helpers/i18n';
import { NOW, sittingFor } from './render-popup';

/** The popup in every interface language: its own Intl numbers and its language's content. */
describe.each(INTERFACE_LOCALES)('popup in %s', (code) => {
  afterEach(() => {
    const app = document.getElementById('app');
    if (app) preactRender(null, app);
    document.body.innerHTML = '';
  });

  it("formats through Intl in the page's language and shows that language's content", async () => {
    await useLocale(code);
    const tag = fakeBrowser.i18n.getMessage('locale');
    document.body.innerHTML = '<div id="app"></div>';
    const store = createStore(fakeBackend({ tracker: sittingFor(34) }), () => NOW);
    // As in the page: mounted, then the first frame passes (the tabs come after it).
    await act(() =>
      mountPage(
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>,
        'x',
      ),
    );
    await act(() => store.start().then(() => undefined));

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
