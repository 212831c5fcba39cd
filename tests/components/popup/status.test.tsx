import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND, nextLocalMidnight } from '@/utils/time';
import { NOW, emitTracker, renderPopup, sittingFor } from './render-popup';

const status = () => screen.getByRole('region', { name: 'Status' });
const spoken = () => within(status()).getByRole('status');
/** "2:16 PM (in 16 minutes)" from the term's two descriptions, or null when absent. */
const upcoming = (label: string) => {
  const term = within(status()).queryByText(label, { selector: 'dt' });
  if (!term) return null;
  const [at, inText] = [...(term.parentElement?.querySelectorAll('dd') ?? [])].map(
    (d) => d.textContent,
  );
  return `${at} (${inText})`;
};

describe('popup status', () => {
  it('shows a skeleton, busy, before the snapshot loads, with the routine already there', async () => {
    await renderPopup({}, { load: false });
    expect(status().getAttribute('aria-busy')).toBe('true');
    expect(within(status()).getByText('Loading your status…')).toBeTruthy();
    expect(spoken().textContent).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Posture Break' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'My back hurts', selected: true })).toBeTruthy();
  });

  it('tracking: sitting time, progress, next break and next nudge', async () => {
    await renderPopup({ tracker: sittingFor(34) });
    const card = within(status());
    expect(status().getAttribute('aria-busy')).toBe('false');
    expect(card.getByText('Tracking your sitting time')).toBeTruthy();
    expect(card.getByText('Sitting for 34 minutes')).toBeTruthy();
    expect(upcoming('Next break')).toBe('2:16 PM (in 16 minutes)');
    expect(upcoming('Next nudge')).toBe('2:06 PM (in 6 minutes)');
    const progress = card.getByRole('progressbar', {
      name: 'Progress toward the next movement break',
    }) as HTMLProgressElement;
    expect(progress.value).toBeCloseTo(34 / 50);
    expect(spoken().textContent).toBe('Tracking your sitting time. Sitting for 34 minutes.');
  });

  it('tracking past an hour reads in hours and minutes', async () => {
    await renderPopup({ tracker: sittingFor(80, { nextBreakAt: NOW + 5 * MINUTE }) });
    expect(within(status()).getByText('Sitting for 1 hour, 20 minutes')).toBeTruthy();
  });

  it('a fresh streak reads "less than a minute"', async () => {
    await renderPopup({ tracker: sittingFor(0) });
    expect(within(status()).getByText('Sitting for less than a minute')).toBeTruthy();
  });

  it('nudge soon: the nudge is due within the minute', async () => {
    await renderPopup({ tracker: sittingFor(19, { nextNudgeAt: NOW + 30 * SECOND }) });
    expect(upcoming('Next nudge')).toBe('2:00 PM (in less than a minute)');
  });

  it('no nudge line when nudges are off', async () => {
    await renderPopup({ tracker: sittingFor(10), settings: { nudgeEnabled: false } });
    expect(upcoming('Next nudge')).toBeNull();
    expect(upcoming('Next break')).toBe('2:40 PM (in 40 minutes)');
  });

  it('break due: says so, fills the progress, no "next break" line', async () => {
    await renderPopup({
      tracker: sittingFor(52, { breakReminders: 1, nextBreakAt: NOW + 8 * MINUTE }),
    });
    const card = within(status());
    expect(card.getByText('Time for a movement break')).toBeTruthy();
    expect(card.getByText('Sitting for 52 minutes')).toBeTruthy();
    expect((card.getByRole('progressbar') as HTMLProgressElement).value).toBe(1);
    expect(upcoming('Next break')).toBeNull();
    expect(upcoming('Next nudge')).toBe('2:08 PM (in 8 minutes)');
    expect(status().classList.contains('status-breakDue')).toBe(true);
  });

  it('paused until a time', async () => {
    await renderPopup({ tracker: { phase: 'paused', pausedUntil: NOW + 30 * MINUTE } });
    const card = within(status());
    expect(card.getByText('Reminders paused until 2:30 PM · 30 minutes left')).toBeTruthy();
    expect(card.queryByRole('progressbar')).toBeNull();
    expect(card.queryByText(/Sitting for/)).toBeNull();
  });

  it('paused until midnight (no active hours): said so, with the time left', async () => {
    await renderPopup({ tracker: { phase: 'paused', pausedUntil: nextLocalMidnight(NOW) } });
    expect(
      within(status()).getByText('Reminders paused until midnight · 10 hours left'),
    ).toBeTruthy();
  });

  it('paused until resumed', async () => {
    await renderPopup({ tracker: { phase: 'paused', pausedUntil: null } });
    expect(within(status()).getByText('Reminders paused until you resume them')).toBeTruthy();
  });

  it('outside active hours, until a time on another day', async () => {
    const tomorrowNine = nextLocalMidnight(NOW) + 9 * HOUR;
    await renderPopup({ tracker: { phase: 'offHours', offHoursUntil: tomorrowNine } });
    expect(
      within(status()).getByText('Outside your active hours until Thursday 9:00 AM'),
    ).toBeTruthy();
  });

  it('away and on a break', async () => {
    const r = await renderPopup({ tracker: sittingFor(12, { phase: 'away', awaySince: NOW }) });
    expect(within(status()).getByText('You seem to be away')).toBeTruthy();
    expect(within(status()).getByText('Sitting for 12 minutes')).toBeTruthy();
    await emitTracker(r, { phase: 'onBreak', breakEndsAt: NOW + 5 * MINUTE });
    expect(within(status()).getByText('On a movement break until 2:05 PM')).toBeTruthy();
  });

  it('stays current as the clock ticks', async () => {
    const r = await renderPopup({ tracker: sittingFor(34) });
    r.at(MINUTE);
    expect(within(status()).getByText('Sitting for 35 minutes')).toBeTruthy();
    expect(upcoming('Next break')).toBe('2:16 PM (in 15 minutes)');
  });

  it('the live region speaks at most once a minute, in whole minutes', async () => {
    const r = await renderPopup({ tracker: sittingFor(34, { nextBreakAt: NOW + 20 * MINUTE }) });
    expect(spoken().textContent).toBe('Tracking your sitting time. Sitting for 34 minutes.');
    // Seconds tick by: nothing to say.
    r.at(30 * SECOND);
    expect(spoken().textContent).toBe('Tracking your sitting time. Sitting for 34 minutes.');
    // The minute changes and the status too, but under a minute since the last words.
    r.at(40 * SECOND);
    await emitTracker(r, { breakReminders: 1 });
    expect(within(status()).getByText('Time for a movement break')).toBeTruthy();
    expect(spoken().textContent).toBe('Tracking your sitting time. Sitting for 34 minutes.');
    // A minute after the last words: the latest status, once.
    r.at(MINUTE);
    expect(spoken().textContent).toBe('Time for a movement break. Sitting for 35 minutes.');
    r.at(MINUTE + 59 * SECOND);
    expect(spoken().textContent).toBe('Time for a movement break. Sitting for 35 minutes.');
    r.at(2 * MINUTE);
    expect(spoken().textContent).toBe('Time for a movement break. Sitting for 36 minutes.');
  });
});
