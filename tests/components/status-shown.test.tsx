import { act, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreakWindow } from '@/components/break/BreakWindow';
import { StoreContext, createStore } from '@/components/store';
import { STATUS_SHOWN } from '@/components/status-shown';
import { fakeBackend } from '../helpers/fake-backend';
import { NOW, renderPopup, sittingFor } from './popup/render-popup';

// The bench reads this mark as "the status is on screen": it must come with
// the first render of real numbers, never with the skeleton, and only once.
describe('the status-shown mark', () => {
  let marks: string[];
  beforeEach(() => {
    marks = [];
    vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      marks.push(name);
      return undefined as unknown as PerformanceMark;
    });
    // The frame comes at once and the task after it when the test says: no real waiting.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      cb(0);
      return 0;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  /** The frame that carries the render has been painted. */
  const painted = () => vi.runOnlyPendingTimers();

  it('popup: not for the skeleton, once the snapshot has rendered, then never again', async () => {
    const popup = await renderPopup({ tracker: sittingFor(12) }, { load: false });
    painted();
    expect(marks).toEqual([]);
    await act(() => popup.store.start().then(() => undefined));
    expect(marks).toEqual([]);
    painted();
    expect(marks).toEqual([STATUS_SHOWN]);
    popup.at(61_000);
    painted();
    expect(marks).toEqual([STATUS_SHOWN]);
  });

  it('break window: once its snapshot has rendered', async () => {
    const store = createStore(fakeBackend({ tracker: sittingFor(55) }), () => NOW);
    render(
      <StoreContext.Provider value={store}>
        <BreakWindow onClose={() => {}} />
      </StoreContext.Provider>,
    );
    painted();
    expect(marks).toEqual([]);
    await act(() => store.start().then(() => undefined));
    painted();
    expect(marks).toEqual([STATUS_SHOWN]);
  });
});
