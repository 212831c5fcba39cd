import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/utils/time';
import { NOW, emitTracker, renderPopup, sittingFor } from './render-popup';

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const relief = () => screen.getByRole('tabpanel', { name: 'My back hurts' });
/** The disclosure button inside a step's heading. */
const stepButton = (name: RegExp) =>
  within(screen.getByRole('heading', { level: 3, name })).getByRole('button');

/** Focuses, then clicks, as a pointer or the keyboard would, and lets replies arrive. */
async function click(el: Element) {
  (el as HTMLElement).focus();
  await act(async () => {
    fireEvent.click(el);
  });
}

describe('popup relief routine', () => {
  it('is an ordered list of four headed steps, with the disclaimer and the nerve warning', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const panel = within(relief());
    const list = relief().querySelector('ol');
    if (!list) throw new Error('no <ol>');
    const steps = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(steps).toHaveLength(4);
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      '1 Rest first',
      '2 Cold compress, 15 minutes',
      '3 Warm compress, 10 minutes',
      '4 Gentle massage, 10 minutes, then a warm towel, 10 minutes',
    ]);
    expect(panel.getByText('General information, not medical advice.')).toBeTruthy();
    expect(panel.getByText(/can point to a nerve problem/)).toBeTruthy();
    expect(panel.getByText(/See a doctor about tingling or numbness/)).toBeTruthy();
  });

  it('guides: the first step is open, "Next step" opens the next and moves focus to it', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const rest = stepButton(/Rest first/);
    const cold = stepButton(/Cold compress, 15 minutes/);
    expect(rest.getAttribute('aria-expanded')).toBe('true');
    expect(cold.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText(/Raise your legs on a pillow/)).toBeTruthy();
    await click(button('Next step'));
    expect(rest.getAttribute('aria-expanded')).toBe('false');
    expect(cold.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(cold);
    await click(stepButton(/Warm compress, 10 minutes/));
    expect(screen.getByText(/^Never use hot water: it can make your back swell/)).toBeTruthy();
  });

  it('each timer has a Start button that sends startRelief', async () => {
    const { backend } = await renderPopup({ tracker: sittingFor(5) });
    await click(button('Start timer: Warm compress, 10 minutes'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'startRelief', timer: 'warm' });
    await click(button('Start timer: Cold compress, 15 minutes'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'startRelief', timer: 'cold' });
    await click(button('Start timer: Massage, 10 minutes'));
    await click(button('Start timer: Warm towel, 10 minutes'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'startRelief', timer: 'massage' });
    expect(backend.send).toHaveBeenCalledWith({ type: 'startRelief', timer: 'towel' });
  });

  it('a running timer shows the time left, counts down, can be cancelled; one at a time', async () => {
    const r = await renderPopup({
      tracker: sittingFor(5, {
        relief: { timer: 'cold', startedAt: NOW - 3 * MINUTE, endsAt: NOW + 12 * MINUTE },
        lastColdStartedAt: NOW - 3 * MINUTE,
      }),
    });
    expect(within(relief()).getByRole('timer').textContent).toBe('12:00 left');
    r.at(SECOND);
    expect(within(relief()).getByRole('timer').textContent).toBe('11:59 left');
    r.at(11 * MINUTE + 55 * SECOND);
    expect(within(relief()).getByRole('timer').textContent).toBe('0:05 left');
    expect(screen.getByText('One timer runs at a time. Cancel it to start another.')).toBeTruthy();
    for (const name of [/Warm compress/, /Massage/, /Warm towel/]) {
      expect(
        (
          screen.getByRole('button', {
            name: new RegExp(`Start timer: ${name.source}`),
          }) as HTMLButtonElement
        ).disabled,
      ).toBe(true);
    }
    await click(within(relief()).getByRole('button', { name: 'Cancel timer: Cold compress' }));
    expect(r.backend.send).toHaveBeenCalledWith({ type: 'cancelRelief' });
  });

  it('after Start, focus moves to Cancel; after Cancel, back to Start', async () => {
    const r = await renderPopup({ tracker: sittingFor(5) });
    const start = button('Start timer: Warm compress, 10 minutes');
    start.focus();
    await click(start);
    await emitTracker(r, {
      relief: { timer: 'warm', startedAt: NOW, endsAt: NOW + 10 * MINUTE },
    });
    expect(document.activeElement).toBe(
      within(relief()).getByRole('button', { name: 'Cancel timer: Warm compress' }),
    );
    expect(within(relief()).getByRole('timer').textContent).toBe('10:00 left');
    await click(within(relief()).getByRole('button', { name: 'Cancel timer: Warm compress' }));
    await emitTracker(r, { relief: null });
    expect(document.activeElement).toBe(button('Start timer: Warm compress, 10 minutes'));
    expect(within(relief()).queryByRole('timer')).toBeNull();
  });

  it('says what to do next when a timer runs out', async () => {
    const r = await renderPopup({
      tracker: sittingFor(5, {
        relief: {
          timer: 'massage',
          startedAt: NOW - 10 * MINUTE + 2 * SECOND,
          endsAt: NOW + 2 * SECOND,
        },
      }),
    });
    r.at(2 * SECOND);
    await emitTracker(r, { relief: null });
    expect(screen.getByText('Massage time is up. Now lay a warm towel on the spot.')).toBeTruthy();
    expect((button('Start timer: Warm towel, 10 minutes') as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('a cold compress too soon: shows when it is allowed, asks, then sends confirmEarly', async () => {
    const { backend } = await renderPopup({
      tracker: sittingFor(5, { lastColdStartedAt: NOW - 30 * MINUTE }),
    });
    expect(
      screen.getByText(
        'Do not start the next cold compress before 3:30 PM: leave at least two hours from the start of one to the start of the next.',
      ),
    ).toBeTruthy();
    await click(button('Start timer: Cold compress, 15 minutes'));
    expect(backend.send).not.toHaveBeenCalled();
    const ask = screen.getByRole('group', {
      name: 'Leave at least two hours from the start of one cold compress to the start of the next: do not start the next one before 3:30 PM. Start one anyway?',
    });
    const anyway = within(ask).getByRole('button', { name: 'Start anyway' });
    expect(document.activeElement).toBe(anyway);
    await click(anyway);
    expect(backend.send).toHaveBeenCalledWith({
      type: 'startRelief',
      timer: 'cold',
      confirmEarly: true,
    });
  });

  it('a cold compress too soon: "Not now" sends nothing and returns to Start', async () => {
    const { backend } = await renderPopup({
      tracker: sittingFor(5, { lastColdStartedAt: NOW - 119 * MINUTE }),
    });
    await click(button('Start timer: Cold compress, 15 minutes'));
    await click(button('Not now'));
    expect(backend.send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Start timer: Cold compress, 15 minutes'));
  });

  it('asks too when the background refuses a cold start the page thought allowed', async () => {
    const { backend } = await renderPopup({ tracker: sittingFor(5) });
    backend.send.mockResolvedValueOnce({ ok: false, reason: 'coldTooSoon' });
    await click(button('Start timer: Cold compress, 15 minutes'));
    expect(button('Start anyway')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('two hours after the last cold compress, starts without asking', async () => {
    const { backend } = await renderPopup({
      tracker: sittingFor(5, { lastColdStartedAt: NOW - 120 * MINUTE }),
    });
    expect(screen.queryByText(/next cold compress before/)).toBeNull();
    await click(button('Start timer: Cold compress, 15 minutes'));
    expect(backend.send).toHaveBeenCalledWith({ type: 'startRelief', timer: 'cold' });
  });
});
