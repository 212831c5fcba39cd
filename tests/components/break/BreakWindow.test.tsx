import axe from 'axe-core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { BreakWindow } from '@/components/break/BreakWindow';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { movementIdea } from '@/utils/content';
import { MINUTE, SECOND } from '@/utils/time';
import type { TrackerState } from '@/utils/tracker/types';
import { fakeBackend } from '../../helpers/fake-backend';
import { text, useLocale } from '../../helpers/i18n';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const SITTING_SINCE = NOW - 52 * MINUTE;
const ENDS_AT = NOW + 3 * MINUTE + 25 * SECOND;

const ON_BREAK: Partial<TrackerState> = {
  phase: 'onBreak',
  sittingSince: SITTING_SINCE,
  breakEndsAt: ENDS_AT,
};
const DUE: Partial<TrackerState> = {
  phase: 'tracking',
  sittingSince: SITTING_SINCE,
  breakReminders: 1,
  nextBreakAt: NOW + 10 * MINUTE,
};

async function renderBreak(tracker: Partial<TrackerState> = ON_BREAK) {
  let now = NOW;
  const backend = fakeBackend({ tracker, settings: { breakMinutes: 5, snoozeMinutes: 10 } });
  const store = createStore(backend, () => now);
  await store.start();
  const onClose = vi.fn();
  const view = render(
    <StoreContext.Provider value={store}>
      <BreakWindow onClose={onClose} />
    </StoreContext.Provider>,
  );
  /** Moves the page's clock, as its once-a-second timer does. */
  const tickTo = (at: number) =>
    act(() => {
      now = at;
      store.tick();
    });
  const emit = (change: Partial<TrackerState>) =>
    act(() => backend.emit({ tracker: { ...backend.snapshot.tracker, ...change } }));
  return { backend, store, onClose, tickTo, emit, ...view };
}

const liveText = (container: Element) =>
  container.querySelector('[aria-live="polite"]')?.textContent;

describe('BreakWindow', () => {
  it('counts down from the stored end of the break', async () => {
    const { tickTo } = await renderBreak();
    const timer = screen.getByRole('timer', { name: 'Time left' });
    expect(timer.textContent).toBe('03:25');
    await tickTo(NOW + 1 * SECOND);
    expect(timer.textContent).toBe('03:24');
    await tickTo(NOW + 500);
    expect(timer.textContent).toBe('03:25');
  });

  it('announces only when a whole minute has passed', async () => {
    const { tickTo, container } = await renderBreak();
    expect(liveText(container)).toBe('4 minutes left');
    const region = container.querySelector('[aria-live="polite"]')!;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    for (let s = 1; s <= 25; s += 1) await tickTo(NOW + s * SECOND);
    expect(screen.getByRole('timer').textContent).toBe('03:00');
    await waitFor(() => expect(changes).toEqual(['3 minutes left']));
    for (let s = 26; s <= 84; s += 1) await tickTo(NOW + s * SECOND);
    expect(liveText(container)).toBe('3 minutes left');
    await tickTo(NOW + 85 * SECOND);
    expect(liveText(container)).toBe('2 minutes left');
  });

  it('shows a movement idea that stays the same for the break', async () => {
    const idea = movementIdea(Math.floor(SITTING_SINCE / MINUTE));
    const first = await renderBreak(DUE);
    expect(screen.getByRole('heading', { level: 2, name: text(idea.title) })).toBeTruthy();
    expect(screen.getByText(text(idea.line))).toBeTruthy();
    await first.emit(ON_BREAK);
    expect(screen.getByRole('heading', { level: 2, name: text(idea.title) })).toBeTruthy();
    first.unmount();
    // A reload during the break picks the same one.
    await renderBreak(ON_BREAK);
    expect(screen.getByRole('heading', { level: 2, name: text(idea.title) })).toBeTruthy();
  });

  it.each([
    ['Done', 'done', ON_BREAK],
    ['End early', 'endBreak', ON_BREAK],
    ['Snooze for 10 minutes', 'snooze', DUE],
    ['Skip this break', 'skip', DUE],
  ] as const)('%s sends %s and closes the window', async (name, type, tracker) => {
    const { backend, onClose } = await renderBreak(tracker);
    fireEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(backend.send).toHaveBeenCalledExactlyOnceWith({ type });
  });

  it('offers Start, Snooze and Skip when the break is only due', async () => {
    const { backend, onClose, emit } = await renderBreak(DUE);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText(/You have been sitting for 52 minutes\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze for 10 minutes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the break' }));
    await waitFor(() => expect(backend.send).toHaveBeenCalledWith({ type: 'takeBreak' }));
    expect(onClose).not.toHaveBeenCalled();

    await emit({ phase: 'onBreak', breakEndsAt: NOW + 5 * MINUTE, breakReminders: 0 });
    expect(screen.getByRole('timer').textContent).toBe('05:00');
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    // A break under way is not snoozed or skipped: Done or End early.
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
    expect(screen.getByRole('button', { name: 'End early' }).getAttribute('aria-describedby')).toBe(
      'end-early-hint',
    );
    expect(screen.getByText('Done counts the break; End early does not.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('closes when the due break is settled elsewhere', async () => {
    const { onClose, emit } = await renderBreak(DUE);
    await emit({ breakReminders: 0, snoozed: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes when the break is ended early elsewhere', async () => {
    const { onClose, emit, tickTo } = await renderBreak();
    await tickTo(NOW + 30 * SECOND);
    await emit({ phase: 'tracking', breakEndsAt: null, sittingSince: NOW + 30 * SECOND });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows "Break complete" and a Close button when the time is up', async () => {
    const { onClose, emit, tickTo } = await renderBreak();
    await tickTo(ENDS_AT - SECOND);
    expect(screen.getByRole('timer').textContent).toBe('00:01');
    await tickTo(ENDS_AT);
    expect(screen.getByRole('heading', { level: 1, name: 'Break complete' })).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    // The background then ends the break itself: the page stays.
    await emit({ phase: 'tracking', breakEndsAt: null, sittingSince: ENDS_AT });
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Break complete' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the next due break in a window left open after the last one', async () => {
    const { emit, tickTo } = await renderBreak();
    await tickTo(ENDS_AT);
    await emit({ phase: 'tracking', breakEndsAt: null, sittingSince: ENDS_AT });
    expect(screen.getByRole('heading', { level: 1, name: 'Break complete' })).toBeTruthy();
    await tickTo(ENDS_AT + 50 * MINUTE);
    await emit({ breakReminders: 1 });
    expect(screen.getByRole('button', { name: 'Start the break' })).toBeTruthy();
  });

  it('counts a break the background ends a moment before the page clock does as complete', async () => {
    const { onClose, emit, tickTo } = await renderBreak();
    await tickTo(ENDS_AT - 800);
    await emit({ phase: 'tracking', breakEndsAt: null, sittingSince: ENDS_AT });
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Break complete' })).toBeTruthy();
  });

  it('says when the background does not answer, and stays open', async () => {
    const { backend, onClose } = await renderBreak();
    backend.send.mockResolvedValueOnce({ ok: false, reason: 'noReply' });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Posture Break did not respond. Try again.',
      ),
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('has nothing to do while paused', async () => {
    const { onClose } = await renderBreak({ phase: 'paused', pausedUntil: null });
    expect(screen.getByRole('heading', { level: 1, name: 'No break right now' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('runs right to left in Arabic', async () => {
    await useLocale('ar');
    const backend = fakeBackend({ tracker: ON_BREAK, settings: { snoozeMinutes: 10 } });
    const store = createStore(backend, () => NOW);
    await store.start();
    document.body.innerHTML = '<div id="app"></div>';
    mountPage(
      <StoreContext.Provider value={store}>
        <BreakWindow onClose={() => {}} />
      </StoreContext.Provider>,
      'x',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'حان وقت النهوض والحركة' })).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'الوقت المتبقي' }).textContent).toBe(
      `${new Intl.NumberFormat('ar', { minimumIntegerDigits: 2 }).format(3)}:${new Intl.NumberFormat('ar').format(25)}`,
    );
    const idea = movementIdea(Math.floor(SITTING_SINCE / MINUTE));
    expect(screen.getByRole('heading', { level: 2, name: text(idea.title, 'ar') })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'انتهيت' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إنهاء مبكّر' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^أجّل مدة / })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'انتهيت' }));
    await waitFor(() => expect(backend.send).toHaveBeenCalledWith({ type: 'done' }));
    preactRender(null, document.getElementById('app')!);
  });

  it.each(['en', 'ar'] as const)('has no axe violations in %s', async (lang) => {
    await useLocale(lang);
    for (const tracker of [ON_BREAK, DUE]) {
      const { container, unmount } = await renderBreak(tracker);
      const result = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(result.violations.map((v) => v.id)).toEqual([]);
      unmount();
    }
  });
});
