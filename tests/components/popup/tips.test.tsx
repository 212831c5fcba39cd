import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TIPS, tipOfTheDay } from '@/utils/content/tips';
import { DAY } from '@/utils/time';
import { text } from '../../helpers/i18n';
import { renderPopup, sittingFor } from './render-popup';

const tab = (name: string) => screen.getByRole('tab', { name });

describe('popup tabs, tips and learn more', () => {
  it('tabs follow the ARIA pattern: one tab stop, arrows select, Home and End', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    expect(screen.getByRole('tablist', { name: 'Back care' })).toBeTruthy();
    const relief = tab('My back hurts');
    const tips = tab('Prevention');
    expect(relief.getAttribute('aria-selected')).toBe('true');
    expect(relief.tabIndex).toBe(0);
    expect(tips.tabIndex).toBe(-1);
    relief.focus();
    await act(() => {
      fireEvent.keyDown(relief, { key: 'ArrowRight' });
    });
    expect(tips.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tips);
    expect(screen.getByRole('tabpanel', { name: 'Prevention' })).toBeTruthy();
    await act(() => {
      fireEvent.keyDown(tips, { key: 'Home' });
    });
    expect(relief.getAttribute('aria-selected')).toBe('true');
    await act(() => {
      fireEvent.keyDown(relief, { key: 'End' });
    });
    expect(tips.getAttribute('aria-selected')).toBe('true');
    await act(() => {
      fireEvent.keyDown(tips, { key: 'ArrowRight' });
    });
    expect(relief.getAttribute('aria-selected')).toBe('true');
  });

  it('shows the tip of the day first, then every other tip, each with a title and a line', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    await act(() => {
      fireEvent.click(tab('Prevention'));
    });
    const today = tipOfTheDay('2026-11-25');
    const todayBox = screen.getByRole('region', { name: 'Tip of the day' });
    expect(within(todayBox).getByRole('heading', { level: 3 }).textContent).toBe(text(today.title));
    expect(within(todayBox).getByText(text(today.line))).toBeTruthy();
    const more = screen.getByRole('region', { name: 'More ways to prevent cramps' });
    const titles = within(more)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(TIPS.filter((t) => t.id !== today.id).map((t) => text(t.title)));
  });

  it('the tip of the day changes with the local day', async () => {
    const r = await renderPopup({ tracker: sittingFor(5) });
    await act(() => {
      fireEvent.click(tab('Prevention'));
    });
    r.at(DAY);
    const box = screen.getByRole('region', { name: 'Tip of the day' });
    expect(within(box).getByRole('heading', { level: 3 }).textContent).toBe(
      text(tipOfTheDay('2026-11-26').title),
    );
  });

  it('"Learn more" is a closed <details> with the causes and symptoms', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    await act(() => {
      fireEvent.click(tab('Prevention'));
    });
    const summary = screen.getByText('Learn more about back cramps');
    expect(summary.tagName).toBe('SUMMARY');
    const details = summary.closest('details');
    if (!details) throw new Error('no <details>');
    expect(details.open).toBe(false);
    details.open = true;
    expect(within(details).getByRole('heading', { name: 'Causes' })).toBeTruthy();
    expect(within(details).getByRole('heading', { name: 'Symptoms' })).toBeTruthy();
    expect(within(details).getByText('Weak back muscles')).toBeTruthy();
    expect(within(details).getByText('Tingling and numbness')).toBeTruthy();
  });
});
