/** Every state of the popup has its next step (issue 13): what is shown, and what each new action sends. */
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { emptyDay } from '@/utils/history';
import { MINUTE, SECOND } from '@/utils/time';
import { NOW, renderPopup, sittingFor } from './render-popup';

const status = () => screen.getByRole('region', { name: 'Status' });
const button = (name: string) => screen.getByRole('button', { name });

async function click(el: Element) {
  (el as HTMLElement).focus();
  await act(async () => {
    fireEvent.click(el);
  });
}

describe('on a break', () => {
  const onBreak = { phase: 'onBreak' as const, breakEndsAt: NOW + 5 * MINUTE };

  it('shows the time left, ticking, and no sitting or snooze', async () => {
    const r = await renderPopup({ tracker: onBreak });
    const card = within(status());
    expect(card.getByText('On a movement break until 2:05 PM')).toBeTruthy();
    const timer = card.getByRole('timer', { name: 'Time left in your break' });
    expect(timer.textContent).toBe('5:00 left');
    r.at(SECOND);
    expect(timer.textContent).toBe('4:59 left');
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
    expect(card.queryByRole('progressbar')).toBeNull();
  });

  it.each([
    ['Done', { type: 'done' }],
    ['End early', { type: 'endBreak' }],
    ['Show break window', { type: 'showBreakWindow' }],
  ] as const)('%s sends its command', async (name, command) => {
    const { backend } = await renderPopup({ tracker: onBreak });
    await click(button(name));
    expect(backend.send).toHaveBeenCalledWith(command);
  });
});

describe('a running relief timer', () => {
  const cold = sittingFor(5, {
    relief: { timer: 'cold', startedAt: NOW - 3 * MINUTE, endsAt: NOW + 12 * MINUTE },
  });

  it('is pinned in the status card with its name, time left and Cancel', async () => {
    const r = await renderPopup({ tracker: cold });
    const pinned = within(within(status()).getByRole('group', { name: 'Relief timer running' }));
    expect(pinned.getByText('Cold compress')).toBeTruthy();
    const timer = pinned.getByRole('timer', { name: 'Cold compress' });
    expect(timer.textContent).toBe('12:00 left');
    r.at(SECOND);
    expect(timer.textContent).toBe('11:59 left');
    await click(pinned.getByRole('button', { name: 'Cancel timer: Cold compress' }));
    expect(r.backend.send).toHaveBeenCalledWith({ type: 'cancelRelief' });
  });

  it('opens its own step of the routine, not the first', async () => {
    await renderPopup({ tracker: cold });
    const heading = (name: RegExp) =>
      within(screen.getByRole('heading', { level: 3, name })).getByRole('button');
    expect(heading(/Cold compress, 15 minutes/).getAttribute('aria-expanded')).toBe('true');
    expect(heading(/Rest first/).getAttribute('aria-expanded')).toBe('false');
  });

  it('is not pinned when none runs', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    expect(within(status()).queryByRole('group', { name: 'Relief timer running' })).toBeNull();
  });
});

describe('snoozed and paused', () => {
  it('a snoozed reminder says until when', async () => {
    await renderPopup({
      tracker: sittingFor(52, { snoozed: true, nextBreakAt: NOW + 8 * MINUTE }),
    });
    expect(within(status()).getByText('Snoozed until 2:08 PM')).toBeTruthy();
  });

  it('while paused: Resume, and a new length without resuming first', async () => {
    const { backend } = await renderPopup({
      tracker: { phase: 'paused', pausedUntil: NOW + 29 * MINUTE },
    });
    expect(
      within(status()).getByText('Reminders paused until 2:29 PM · 29 minutes left'),
    ).toBeTruthy();
    expect(button('Resume reminders')).toBeTruthy();
    await click(screen.getByText('Change pause length'));
    await click(
      within(screen.getByRole('group', { name: 'Change pause length' })).getByRole('button', {
        name: '1 hour',
      }),
    );
    expect(backend.send).toHaveBeenCalledWith({ type: 'pause', length: { minutes: 60 } });
    expect(backend.send).not.toHaveBeenCalledWith({ type: 'resume' });
  });

  it('with active hours set, the menu offers "until tomorrow" (their start) instead of midnight', async () => {
    await renderPopup({ tracker: sittingFor(5), settings: { activeHoursEnabled: true } });
    await click(screen.getByText('Pause reminders'));
    expect(button('Until tomorrow')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Until midnight' })).toBeNull();
  });

  it('a held nudge is not a break: no Snooze, the status says tracking', async () => {
    await renderPopup({ tracker: sittingFor(21, { heldSince: NOW - MINUTE }) });
    expect(within(status()).getByText('Tracking your sitting time')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });
});

describe('today at a glance', () => {
  const day = (breaksTaken: number) => ({ ...emptyDay(), breaksTaken });

  it('shows today against the goal and the goal streak, with a link to the history page', async () => {
    await renderPopup({
      tracker: sittingFor(5),
      history: { '2026-11-23': day(6), '2026-11-24': day(7), '2026-11-25': day(2) },
    });
    const card = within(status());
    expect(card.getByText('Breaks today: 2 of 6')).toBeTruthy();
    expect(card.getByText('Goal streak: 2 days')).toBeTruthy();
    const link = card.getByRole('link', { name: 'History' });
    expect(link.getAttribute('href')).toBe('/history.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('a fresh install reads 0 of the goal and no streak', async () => {
    await renderPopup({ tracker: sittingFor(5), settings: { dailyBreakGoal: 4 } });
    expect(within(status()).getByText('Breaks today: 0 of 4')).toBeTruthy();
    expect(within(status()).queryByText(/Goal streak/)).toBeNull();
  });
});
