import { screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext, createStore } from '@/components/store';
import { startContentLoad } from '@/components/use-content';
import { App } from '@/entrypoints/popup/App';
import { GENERAL_GUIDANCE_LABEL } from '@/utils/content/safety';
import { text } from '../../helpers/i18n';
import { fakeBackend } from '../../helpers/fake-backend';
import { NOW, sittingFor } from './render-popup';

/**
 * When the app mounts, the status is already on screen (main.ts paints it from
 * the early read) and the health content has been read meanwhile: the app's
 * first render holds the whole popup, so the relief routine is not a frame
 * behind (entrypoints/popup/App.tsx).
 */
describe('popup, first render', () => {
  afterEach(() => {
    preactRender(null, document.body);
    document.body.innerHTML = '';
  });

  it('holds the status, the actions and the relief routine at once, no frame later', async () => {
    const store = createStore(fakeBackend({ tracker: sittingFor(34) }), () => NOW);
    await store.start();
    await startContentLoad();
    // Rendered outside act, and looked at before any frame or effect has run.
    preactRender(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      document.body,
    );
    const status = screen.getByRole('region', { name: 'Status' });
    expect(status.querySelector('.status-sitting')?.textContent).toMatch(/34/);
    expect(screen.getByRole('button', { name: 'Take a break now' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: 'Back care' })).toBeTruthy();
    const relief = screen.getByRole('tabpanel', { name: 'My back hurts' });
    expect(relief.textContent).toContain(text(GENERAL_GUIDANCE_LABEL));
  });
});
