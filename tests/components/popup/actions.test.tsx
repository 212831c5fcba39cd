import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/utils/time';
import { NOW, emitTracker, renderPopup, sittingFor } from './render-popup';

const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Focuses, then clicks, as a pointer or the keyboard would, and lets replies arrive. */
async function click(el: Element) {
  (el as HTMLElement).focus();
  await act(async () => {
    fireEvent.click(el);
  });
}

async function openPauseMenu() {
  const summary = screen.getByText('Pause reminders');
  await click(summary);
  expect(summary.closest('details')?.open).toBe(true);
}

describe('popup actions', () => {
  it('tracking: take a break now', async () => {
    const { backend } = await renderPopup({ tracker: sittingFor(20) });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume reminders' })).toBeNull();
    await click(button('Take a break now'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'takeBreak' });
  });

  it('break due: snooze for the configured minutes', async () => {
    const { backend } = await renderPopup({
      tracker: sittingFor(55, { breakReminders: 1 }),
      settings: { snoozeMinutes: 15 },
    });
    expect(button('Take a break now').classList.contains('primary')).toBe(true);
    await click(button('Snooze 15 minutes'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'snooze' });
  });

  it.each([
    ['30 minutes', { minutes: 30 }],
    ['1 hour', { minutes: 60 }],
    ['2 hours', { minutes: 120 }],
    ['Until midnight', 'tomorrow'],
    ['Until I resume', 'indefinite'],
  ] as const)('pause: %s', async (label, length) => {
    const { backend } = await renderPopup({ tracker: sittingFor(20) });
    await openPauseMenu();
    const group = screen.getByRole('group', { name: 'Pause reminders' });
    expect(group).toBeTruthy();
    await click(button(label));
    expect(backend.send).toHaveBeenCalledWith({ type: 'pause', length });
    expect(screen.getByText('Pause reminders').closest('details')?.open).toBe(false);
  });

  it('pause menu closes on Escape and gives focus back to its summary', async () => {
    await renderPopup({ tracker: sittingFor(20) });
    await openPauseMenu();
    const thirty = button('30 minutes');
    thirty.focus();
    await act(() => {
      fireEvent.keyDown(thirty, { key: 'Escape' });
    });
    const summary = screen.getByText('Pause reminders');
    expect(summary.closest('details')?.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('paused: resume, and no break or pause controls', async () => {
    const { backend } = await renderPopup({
      tracker: { phase: 'paused', pausedUntil: NOW + 30 * MINUTE },
    });
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
    expect(screen.queryByText('Pause reminders')).toBeNull();
    await click(button('Resume reminders'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'resume' });
  });

  it('outside active hours: no tracker actions', async () => {
    await renderPopup({ tracker: { phase: 'offHours', offHoursUntil: NOW + 60 * MINUTE } });
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
    expect(screen.queryByText('Pause reminders')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume reminders' })).toBeNull();
  });

  it('keyboard focus follows the control that replaces the one used', async () => {
    const r = await renderPopup({ tracker: sittingFor(20) });
    await openPauseMenu();
    button('1 hour').focus();
    await click(button('1 hour'));
    await emitTracker(r, { phase: 'paused', pausedUntil: NOW + 60 * MINUTE });
    expect(document.activeElement).toBe(button('Resume reminders'));
    await click(button('Resume reminders'));
    await emitTracker(r, sittingFor(0));
    expect(document.activeElement).toBe(button('Take a break now'));
  });

  it('says so when a command fails', async () => {
    const { backend } = await renderPopup({ tracker: sittingFor(20) });
    backend.send.mockResolvedValueOnce({ ok: false, reason: 'noReply' });
    await click(button('Take a break now'));
    expect(screen.getByRole('alert').textContent).toBe('That did not work. Please try again.');
  });

  it('opens the options page', async () => {
    const { backend } = await renderPopup({ tracker: sittingFor(20) });
    await click(button('Settings'));
    expect(backend.openOptions).toHaveBeenCalledOnce();
  });
});
