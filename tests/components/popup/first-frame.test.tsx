import { act, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext, createStore } from '@/components/store';
import { App } from '@/entrypoints/popup/App';
import { fakeBackend } from '../../helpers/fake-backend';
import { NOW, sittingFor } from './render-popup';

/**
 * The popup's first frame holds what it is opened for, the status with real
 * numbers; the actions and the tabs come in the frame after it (entrypoints/popup/App.tsx).
 */
describe('popup, first frame', () => {
  afterEach(() => {
    preactRender(null, document.body);
    document.body.innerHTML = '';
  });

  it('renders the status first, then the actions and the tabs once a frame has passed', async () => {
    const store = createStore(fakeBackend({ tracker: sittingFor(34) }), () => NOW);
    await store.start();
    // Rendered outside act: nothing runs after the first render until a frame passes.
    preactRender(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      document.body,
    );
    const status = screen.getByRole('region', { name: 'Status' });
    expect(status.querySelector('.status-sitting')?.textContent).toMatch(/34/);
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();

    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    expect(screen.getByRole('button', { name: 'Take a break now' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: 'Back care' })).toBeTruthy();
  });
});
