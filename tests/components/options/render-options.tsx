import { fireEvent, render, screen } from '@testing-library/preact';
import { App } from '@/entrypoints/options/App';
import type { FormTiming } from '@/components/options/settings-form';
import { createStore, StoreContext } from '@/components/store';
import { fakeBackend } from '../../helpers/fake-backend';

// Wednesday 25 November 2026, 15:00 in Berlin (the tests' zone).
export const NOW = new Date(2026, 10, 25, 15, 0).getTime();

/** No waiting in most tests; the timing tests pass the real one. */
export const NO_WAIT: FormTiming = { debounceMs: 0, minGapMs: 0 };

export async function renderOptions(
  init: Parameters<typeof fakeBackend>[0] = {},
  timing: FormTiming = NO_WAIT,
) {
  const backend = fakeBackend(init);
  const store = createStore(backend, () => NOW);
  await store.start();
  const view = render(
    <StoreContext.Provider value={store}>
      <App timing={timing} />
    </StoreContext.Provider>,
  );
  return { backend, store, ...view };
}

/** Types into a field and commits it, as a user does by typing and leaving the field. */
export function typeAndCommit(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
}

/** The text of the elements that describe a field (its message and hint). */
export function descriptionOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

export const status = () =>
  screen.getAllByRole('status').find((s) => s.classList.contains('save-status'));
