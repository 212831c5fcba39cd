import { act, render } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { mountPage } from '@/components/mount';
import { App } from '@/entrypoints/popup/App';
import { StoreContext, createStore, type Store } from '@/components/store';
import type { TrackerState } from '@/utils/tracker/types';
import { MINUTE } from '@/utils/time';
import { fakeBackend, type FakeBackend } from '../../helpers/fake-backend';

/** Wednesday 25 November 2026, 14:00 in the tests' zone (Europe/Berlin). */
export const NOW = new Date(2026, 10, 25, 14, 0).getTime();

/** A streak of `minutes` with the next nudge and break where the defaults put them. */
export function sittingFor(
  minutes: number,
  extra: Partial<TrackerState> = {},
): Partial<TrackerState> {
  const since = NOW - minutes * MINUTE;
  return {
    phase: 'tracking',
    sittingSince: since,
    breakCountFrom: since,
    accountedUntil: NOW,
    nextNudgeAt: since + Math.ceil((minutes + 1) / 20) * 20 * MINUTE,
    nextBreakAt: since + 50 * MINUTE,
    ...extra,
  };
}

export interface Rendered {
  backend: FakeBackend;
  store: Store;
  /** Moves the page clock to NOW + ms and re-renders. */
  at(ms: number): void;
}

/** The popup on a fake backend and a fixed clock, after the snapshot has loaded. */
export async function renderPopup(
  init: Parameters<typeof fakeBackend>[0] = {},
  { load = true } = {},
): Promise<Rendered> {
  const backend = fakeBackend(init);
  const store = createStore(backend, () => NOW);
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  if (load) await act(() => store.start().then(() => undefined));
  return {
    backend,
    store,
    at: (ms) => act(() => store.tick(NOW + ms)),
  };
}

/** Replaces the stored tracker state, as the background would after a command. */
export async function emitTracker(r: Rendered, tracker: Partial<TrackerState>): Promise<void> {
  await act(() => r.backend.emit({ tracker: { ...r.backend.snapshot.tracker, ...tracker } }));
}

/**
 * The popup mounted as its page mounts it (mountPage: the document's language
 * and direction from the catalogue) on `#app`, then its first frame passed
 * (the tabs come after it) and the snapshot loaded.
 */
export async function mountPopup(store: Store, title: string): Promise<void> {
  document.body.innerHTML = '<div id="app"></div>';
  await act(() =>
    mountPage(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      title,
    ),
  );
  await act(() => store.start().then(() => undefined));
}

/** Unmounts what mountPopup mounted. */
export function unmountPopup(): void {
  const app = document.getElementById('app');
  if (app) preactRender(null, app);
  document.body.innerHTML = '';
}
