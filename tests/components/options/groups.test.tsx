import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App as HistoryApp } from '@/entrypoints/history/App';
import { App } from '@/entrypoints/options/App';
import { createStore, StoreContext } from '@/components/store';
import { fakeBackend } from '../../helpers/fake-backend';
import { NOW, descriptionOf, renderOptions, typeAndCommit } from './render-options';

describe('settings you can find', () => {
  it('a navigation landmark links to each group, and to the history page', async () => {
    await renderOptions();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Rhythm', '#rhythm'],
      ['When', '#when'],
      ['Appearance', '#appearance'],
      ['Advanced', '#advanced'],
      ['Backup', '#backup'],
      ['History', '/history.html'],
    ]);
    for (const link of links.slice(0, 5)) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBeTruthy();
    }
  });

  it('repeats and the fullscreen and sound holds are folded under Advanced, closed at first', async () => {
    await renderOptions();
    const advanced = document.getElementById('advanced') as HTMLDetailsElement;
    expect(advanced.tagName).toBe('DETAILS');
    expect(advanced.open).toBe(false);
    expect(within(advanced).getByText('Advanced')).toBeTruthy();
    for (const label of [
      'Repeat an ignored reminder after (minutes)',
      'Repeat it at most (times)',
      'Hold reminders while a window is fullscreen',
      'Hold a reminder for at most (minutes)',
    ]) {
      expect(advanced.contains(screen.getByLabelText(label))).toBe(true);
    }
    expect(advanced.contains(screen.getByLabelText('Snooze length (minutes)'))).toBe(false);
  });

  it('opens by itself when one of its fields has a message', async () => {
    await renderOptions();
    const advanced = document.getElementById('advanced') as HTMLDetailsElement;
    typeAndCommit(screen.getByLabelText('Repeat it at most (times)'), '99');
    await screen.findByText('Enter a whole number from 0 to 10.');
    expect(advanced.open).toBe(true);
  });

  it('History has a page of its own, with the history panel and a way back to the settings', async () => {
    const backend = fakeBackend();
    const store = createStore(backend, () => NOW);
    await store.start();
    render(
      <StoreContext.Provider value={store}>
        <HistoryApp />
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Posture Break history' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Today' })).toBeTruthy();
    screen.getByRole('button', { name: 'Settings' }).click();
    expect(backend.openOptions).toHaveBeenCalledOnce();
  });
});

describe('the error is where the user is typing', () => {
  const breakField = () => screen.getByLabelText('Time between movement breaks (minutes)');
  const message =
    'The time between position nudges must be shorter than the time between movement breaks, so that nudges come more often than breaks. Shorten it, or turn nudges off.';

  it('a break interval below the nudge interval flags the field being edited too, with its fixes', async () => {
    const { backend } = await renderOptions();
    typeAndCommit(breakField(), '15');
    await waitFor(() => expect(breakField().getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(breakField())).toContain(message);
    const fix = screen.getByRole('group', { name: message });
    expect(within(fix).getByRole('button', { name: 'Turn nudges off' })).toBeTruthy();
    fireEvent.click(within(fix).getByRole('button', { name: 'Set nudges to every 7 minutes' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings).toMatchObject({
      breakIntervalMinutes: 15,
      nudgeIntervalMinutes: 7,
      nudgeEnabled: true,
    });
    expect(screen.queryByRole('group', { name: message })).toBeNull();
    expect(breakField().getAttribute('aria-invalid')).toBeNull();
  });

  it('"Turn nudges off" saves the typed break interval with nudges off', async () => {
    const { backend } = await renderOptions();
    typeAndCommit(breakField(), '10');
    fireEvent.click(await screen.findByRole('button', { name: 'Turn nudges off' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings).toMatchObject({
      breakIntervalMinutes: 10,
      nudgeEnabled: false,
    });
  });

  it('typed in the nudge field, the message stays there alone', async () => {
    await renderOptions();
    typeAndCommit(screen.getByLabelText('Time between nudges (minutes)'), '60');
    await screen.findByText(message);
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(breakField().getAttribute('aria-invalid')).toBeNull();
  });
});

describe('keyboard shortcuts', () => {
  it('are listed as the browser has them, with a way to its page for changing them', async () => {
    const source = {
      load: async () => ({ takeBreak: 'Alt+Shift+B', togglePause: '' }),
      openSettings: vi.fn(async () => true),
    };
    const backend = fakeBackend();
    const store = createStore(backend, () => NOW);
    await store.start();
    render(
      <StoreContext.Provider value={store}>
        <App shortcuts={source} />
      </StoreContext.Provider>,
    );
    const section = within(await screen.findByRole('region', { name: 'Keyboard shortcuts' }));
    await section.findByText('Alt+Shift+B');
    expect(section.getByText('Take a break').nextElementSibling?.textContent).toBe('Alt+Shift+B');
    expect(section.getByText('Pause or resume').nextElementSibling?.textContent).toBe('not set');
    fireEvent.click(section.getByRole('button', { name: 'Change shortcuts' }));
    expect(source.openSettings).toHaveBeenCalledOnce();
  });
});
