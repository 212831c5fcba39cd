import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { HistoryPanel } from '@/components/history/HistoryPanel';
import { createStore, StoreContext } from '@/components/store';
import { emptyDay, type DayStats, type History } from '@/utils/history';
import { lastDayKeys } from '@/utils/history-export';
import { MINUTE } from '@/utils/time';
import { fakeBackend } from '../../helpers/fake-backend';
import { useLocale } from '../../helpers/i18n';

// Wednesday 25 November 2026, 15:00 in Berlin (the tests' zone).
const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const TODAY = '2026-11-25';

const day = (stats: Partial<DayStats>): DayStats => ({ ...emptyDay(), ...stats });

/** Today plus the three days before it met the goal of 6; the day before those did not. */
const HISTORY: History = {
  '2026-11-20': day({ breaksTaken: 2 }),
  '2026-11-21': day({ breaksTaken: 4, sittingMs: 200 * MINUTE }),
  '2026-11-22': day({ breaksTaken: 6 }),
  '2026-11-23': day({ breaksTaken: 8 }),
  '2026-11-24': day({ breaksTaken: 6, naturalBreaks: 2 }),
  [TODAY]: day({
    breaksTaken: 3,
    naturalBreaks: 1,
    snoozes: 2,
    skips: 4,
    nudges: 5,
    sittingMs: 95 * MINUTE + 30_000,
    longestStreakMs: 47 * MINUTE,
  }),
  // Outside the 7 days, inside the 30.
  '2026-11-01': day({ breaksTaken: 12 }),
};

async function renderPanel(history: History = HISTORY) {
  const backend = fakeBackend({ history, settings: { dailyBreakGoal: 6 } });
  const store = createStore(backend, () => NOW);
  await store.start();
  const view = render(
    <StoreContext.Provider value={store}>
      <HistoryPanel />
    </StoreContext.Provider>,
  );
  return { backend, store, ...view };
}

const bars = (container: Element) => [
  ...container.querySelectorAll<SVGRectElement>('rect.history-bar'),
];

/** The value of a term in today's numbers (a description list). */
const valueOf = (term: string) => {
  const list = document.querySelector<HTMLElement>('dl.history-today');
  if (!list) throw new Error("no today's numbers");
  return within(list).getByText(term).nextElementSibling?.textContent;
};

/** axe in happy-dom: no layout, so contrast is left to the end-to-end tests. */
async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => v.id);
}

describe('HistoryPanel', () => {
  beforeEach(() => {
    document.documentElement.dir = 'ltr';
  });

  it("shows today's numbers", async () => {
    await renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeTruthy();
    expect(valueOf('Movement breaks taken')).toBe('3 of 6');
    expect(valueOf('Natural breaks (time away)')).toBe('1');
    expect(valueOf('Snoozed reminders')).toBe('2');
    expect(valueOf('Skipped breaks')).toBe('4');
    expect(valueOf('Position nudges')).toBe('5');
    expect(valueOf('Time sitting')).toBe('1 hour, 35 minutes');
    expect(valueOf('Longest stretch of sitting')).toBe('47 minutes');
  });

  it('shows zeros and a note when there is no history', async () => {
    await renderPanel({});
    expect(screen.getByText(/No history yet/)).toBeTruthy();
    expect(valueOf('Movement breaks taken')).toBe('0 of 6');
    expect(valueOf('Time sitting')).toBe('0 minutes');
  });

  it('counts the goal streak up to yesterday while today is not met', async () => {
    await renderPanel();
    expect(screen.getByText('Goal streak: 3 days')).toBeTruthy();
    expect(screen.getByText('Still to go today: 3')).toBeTruthy();
    expect(screen.getByText('Your daily goal for movement breaks: 6.')).toBeTruthy();
  });

  it('says when today meets the goal', async () => {
    await renderPanel({ ...HISTORY, [TODAY]: day({ breaksTaken: 7 }) });
    expect(screen.getByText('Goal streak: 4 days')).toBeTruthy();
    expect(screen.getByText("Today's goal is met.")).toBeTruthy();
  });

  it('draws one bar per day, 7 or 30 of them', async () => {
    const { container } = await renderPanel();
    const week = screen.getByRole('button', { name: 'Last 7 days' });
    const month = screen.getByRole('button', { name: 'Last 30 days' });
    expect(week.getAttribute('aria-pressed')).toBe('true');
    expect(month.getAttribute('aria-pressed')).toBe('false');
    expect(bars(container).map((b) => b.dataset.day)).toEqual(lastDayKeys(TODAY, 7));

    fireEvent.click(month);
    expect(month.getAttribute('aria-pressed')).toBe('true');
    expect(week.getAttribute('aria-pressed')).toBe('false');
    expect(bars(container).map((b) => b.dataset.day)).toEqual(lastDayKeys(TODAY, 30));
    expect(screen.getAllByRole('row')).toHaveLength(31);

    fireEvent.click(week);
    expect(bars(container)).toHaveLength(7);
  });

  it('hides the chart from assistive technology and scales bars to the numbers', async () => {
    const { container } = await renderPanel();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const height = (key: string) =>
      Number(
        bars(container)
          .find((b) => b.dataset.day === key)
          ?.getAttribute('height'),
      );
    expect(height('2026-11-23')).toBeGreaterThan(height('2026-11-22'));
    expect(height('2026-11-22')).toBe(height('2026-11-24'));
    expect(height('2026-11-19')).toBe(0);
  });

  it('has a table with the same numbers as the chart, the newest day first', async () => {
    const { container } = await renderPanel();
    fireEvent.click(screen.getByText('Show the numbers as a table'));
    const table = screen.getByRole('table', { name: 'Daily history, last 7 days' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const chart = [...bars(container)].reverse();
    rows.forEach((row, i) => {
      const key = row.querySelector('time')?.getAttribute('datetime');
      expect(key).toBe(chart[i]?.dataset.day);
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]?.textContent).toBe(String(HISTORY[key!]?.breaksTaken ?? 0));
    });
    const today = rows[0]!;
    expect(within(today).getByRole('rowheader').textContent).toBe('Wednesday, November 25');
    expect(
      within(today)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', 'No', '1', '2', '4', '95']);
    expect(within(rows[3]!).getAllByRole('cell')[1]?.textContent).toBe('Yes');
    expect(within(rows.at(-1)!).getByRole('rowheader').textContent).toBe('Thursday, November 19');
  });

  it('puts the newest day on the right in English and on the left in Arabic', async () => {
    const xOf = (container: Element, key: string) =>
      Number(
        bars(container)
          .find((b) => b.dataset.day === key)
          ?.getAttribute('x'),
      );
    const en = await renderPanel();
    expect(xOf(en.container, TODAY)).toBeGreaterThan(xOf(en.container, '2026-11-19'));
    en.unmount();

    await useLocale('ar');
    const ar = await renderPanel();
    expect(xOf(ar.container, TODAY)).toBeLessThan(xOf(ar.container, '2026-11-19'));
  });

  it('offers the history as CSV and JSON downloads', async () => {
    await renderPanel();
    const csv = screen.getByRole('link', { name: 'Download as CSV' });
    const json = screen.getByRole('link', { name: 'Download as JSON' });
    expect(csv.getAttribute('href')).toMatch(/^blob:/);
    expect(csv.getAttribute('download')).toBe('posture-break-history-2026-11-25.csv');
    expect(json.getAttribute('href')).toMatch(/^blob:/);
    expect(json.getAttribute('download')).toBe('posture-break-history-2026-11-25.json');
  });

  it('asks before clearing, and Cancel leaves the history alone', async () => {
    const { backend } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    const question = screen.getByRole('group', {
      name: 'Delete all of your history? This cannot be undone.',
    });
    const cancel = within(question).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    expect(screen.queryByRole('group', { name: /Delete all/ })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear history…' })),
    );
    expect(backend.clearHistory).not.toHaveBeenCalled();
  });

  it('cancels the question with Escape', async () => {
    const { backend } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Delete history' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Delete history' })).toBeNull();
    expect(backend.clearHistory).not.toHaveBeenCalled();
  });

  it('clears after confirmation and says so', async () => {
    const { backend } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('History cleared.'));
    expect(backend.clearHistory).toHaveBeenCalledTimes(1);
    expect(valueOf('Movement breaks taken')).toBe('0 of 6');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear history…' })),
    );
  });

  it('says when clearing fails', async () => {
    const { backend } = await renderPanel();
    backend.clearHistory.mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete history' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The history could not be cleared. Try again.',
      ),
    );
    expect(valueOf('Movement breaks taken')).toBe('3 of 6');
  });

  it('renders in Arabic', async () => {
    await useLocale('ar');
    await renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'السجل' })).toBeTruthy();
    expect(valueOf('استراحات الحركة المأخوذة')).toBe('3 من 6');
    expect(valueOf('وقت الجلوس')).toBe(
      new Intl.ListFormat('ar', { type: 'unit', style: 'long' }).format([
        new Intl.NumberFormat('ar', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(1),
        new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
          35,
        ),
      ]),
    );
    expect(screen.getByText(/^سلسلة تحقيق الهدف: /).textContent).toContain('أيام');
    expect(screen.getByRole('button', { name: /^آخر .*30/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'امسح السجل…' })).toBeTruthy();
  });

  it.each(['en', 'ar'] as const)(
    'has no axe violations in %s, table open or asking',
    async (lang) => {
      await useLocale(lang);
      const { container } = await renderPanel();
      fireEvent.click(container.querySelector('summary')!);
      fireEvent.click(container.querySelector('.history-clear button')!);
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});
