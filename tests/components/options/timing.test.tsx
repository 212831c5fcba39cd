import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMING } from '@/components/options/settings-form';
import { MINUTE, SECOND } from '@/utils/time';
import { renderOptions, status } from './render-options';

const rateError = () =>
  new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');

/**
 * storage.sync takes 120 writes a minute: typing must never write per
 * keystroke, and a burst of clicks must coalesce. Real timing, fake clock.
 */
describe('options page: batched writes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('typing writes once, a moment after the last keystroke', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    const field = screen.getByLabelText('Time between movement breaks (minutes)');
    for (const value of ['1', '12', '120']) {
      fireEvent.input(field, { target: { value } });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(backend.saveSettings).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMING.debounceMs);
    expect(backend.saveSettings).toHaveBeenCalledTimes(1);
    expect(backend.saveSettings.mock.lastCall?.[0].breakIntervalMinutes).toBe(120);
  });

  it('leaving the field writes at once, and only once', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    const field = screen.getByLabelText('Snooze length (minutes)');
    fireEvent.input(field, { target: { value: '15' } });
    fireEvent.change(field, { target: { value: '15' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.saveSettings).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(backend.saveSettings).toHaveBeenCalledTimes(1);
  });

  it('a burst of clicks becomes two writes at most, the last one with the final value', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    const box = screen.getByRole('checkbox', { name: 'Remind me to shift position' });
    for (let i = 0; i < 9; i++) {
      fireEvent.click(box);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMING.minGapMs);
    expect(backend.saveSettings.mock.calls.length).toBeLessThanOrEqual(2);
    expect(backend.snapshot.settings.nudgeEnabled).toBe(false); // 9 clicks: off
  });

  it('never writes faster than the sync quota allows, however fast the changes come', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    const box = screen.getByRole('checkbox', { name: 'Remind me to shift position' });
    const times: number[] = [];
    backend.saveSettings.mockImplementation(async (settings) => {
      times.push(Date.now());
      backend.emit({ settings });
    });
    // Ten clicks a second for half a minute.
    for (let i = 0; i < 300; i++) {
      fireEvent.click(box);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMING.minGapMs);
    expect(times.length).toBeLessThanOrEqual(16);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_TIMING.minGapMs);
  });

  it('a change still waiting when the page is hidden is written then', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    fireEvent.input(screen.getByLabelText('Snooze length (minutes)'), { target: { value: '30' } });
    expect(backend.saveSettings).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.saveSettings).toHaveBeenCalledTimes(1);
    expect(backend.snapshot.settings.snoozeMinutes).toBe(30);
  });

  it('over the write quota: says it is waiting, then saves after the quota window', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    backend.saveSettings.mockRejectedValueOnce(rateError());
    const field = screen.getByLabelText('Snooze length (minutes)');
    fireEvent.input(field, { target: { value: '25' } });
    fireEvent.change(field, { target: { value: '25' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(status()?.textContent).toBe(
      'The browser allows only so many saves a minute. Your changes will be saved in 1 minute.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await vi.advanceTimersByTimeAsync(MINUTE + 5 * SECOND);
    expect(backend.saveSettings).toHaveBeenCalledTimes(2);
    expect(backend.snapshot.settings.snoozeMinutes).toBe(25);
    expect(status()?.textContent).toBe('All changes saved.');
  });

  it('still over the quota after the window: the user is told', async () => {
    const { backend } = await renderOptions({}, DEFAULT_TIMING);
    backend.saveSettings.mockRejectedValueOnce(rateError()).mockRejectedValueOnce(rateError());
    const field = screen.getByLabelText('Snooze length (minutes)');
    fireEvent.input(field, { target: { value: '25' } });
    fireEvent.change(field, { target: { value: '25' } });
    await vi.advanceTimersByTimeAsync(MINUTE + 5 * SECOND);
    expect(screen.getByRole('alert').textContent).toContain('Your changes could not be saved');
    expect(backend.snapshot.settings.snoozeMinutes).toBe(10);
  });
});
