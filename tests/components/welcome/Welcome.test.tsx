import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { Welcome, type Props } from '@/components/welcome/Welcome';
import { applyPreset, presetById, type PresetId } from '@/utils/presets';
import { defaultSettings, type Settings } from '@/utils/settings';
import { MINUTE, SECOND } from '@/utils/time';
import { fakeBackend } from '../../helpers/fake-backend';
import { useLocale } from '../../helpers/i18n';
import { syncQuota } from '../../helpers/sync-quota';

const PER_MINUTE_LEFT = (quota: ReturnType<typeof syncQuota>) =>
  120 - quota.accepted.filter((t) => t > Date.now() - MINUTE).length;

async function renderWelcome(
  browser: Props['browser'] = 'chrome',
  settings: Partial<Settings> = {},
) {
  const backend = fakeBackend({ settings });
  const store = createStore(backend);
  await store.start();
  const view = render(
    <StoreContext.Provider value={store}>
      <Welcome browser={browser} />
    </StoreContext.Provider>,
  );
  return { backend, store, ...view };
}

describe('Welcome', () => {
  it('says what the extension does', async () => {
    await renderWelcome();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Posture Break' }),
    ).toBeTruthy();
    const what = screen.getByRole('region', { name: 'What it does' });
    expect(within(what).getAllByRole('listitem')).toHaveLength(4);
  });

  it('states the privacy promises', async () => {
    await renderWelcome();
    const privacy = screen.getByRole('region', { name: 'Your privacy' });
    expect(within(privacy).getByText(/^Nothing leaves your device\./)).toBeTruthy();
    expect(within(privacy).getByText(/makes no network requests/)).toBeTruthy();
    expect(within(privacy).getByText(/never reads the pages you visit/)).toBeTruthy();
  });

  it.each([
    ['chrome', /^In Chrome, click the Extensions button \(the puzzle piece\)/],
    ['firefox', /^In Firefox the icon is usually in the toolbar already\./],
  ] as const)('explains how to pin the icon in %s', async (browser, text) => {
    await renderWelcome(browser);
    const pin = screen.getByRole('region', { name: 'Keep the icon in view' });
    expect(within(pin).getByText(text)).toBeTruthy();
  });

  it('checks the preset the settings match, Standard at first', async () => {
    await renderWelcome();
    const group = screen.getByRole('radiogroup', { name: 'Pick a starting point' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([false, true, false]);
    expect(screen.getByRole('radio', { name: 'Standard' })).toBe(radios[1]);
  });

  it('checks none when the settings follow no preset', async () => {
    await renderWelcome('chrome', { breakIntervalMinutes: 47 });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.some((r) => r.checked)).toBe(false);
  });

  it("saves a chosen preset's rhythm and keeps the other settings", async () => {
    const { backend } = await renderWelcome('chrome', { breakAction: 'window' });
    fireEvent.click(screen.getByRole('radio', { name: 'Gentle' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    const saved = backend.saveSettings.mock.calls[0]![0];
    expect(saved).toEqual(
      applyPreset({ ...defaultSettings(), breakAction: 'window' }, presetById('gentle')),
    );
    expect(saved.breakAction).toBe('window');
    await waitFor(() => expect(screen.getByText('Saved: Gentle.')).toBeTruthy());
    expect((screen.getByRole('radio', { name: 'Gentle' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Standard' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('says when the preset cannot be saved', async () => {
    const { backend } = await renderWelcome();
    backend.saveSettings.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM'));
    fireEvent.click(screen.getByRole('radio', { name: 'Frequent' }));
    await waitFor(() =>
      expect(screen.getByText('The settings could not be saved. Try again.')).toBeTruthy(),
    );
  });

  describe('an arrow key held on the preset cards', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** 160 changes, 30 a second (a key's auto-repeat), across the three cards. */
    async function holdArrowKey() {
      const names = ['Gentle', 'Standard', 'Frequent'];
      for (let i = 0; i < 160; i++) {
        fireEvent.click(screen.getByRole('radio', { name: names[i % 3] }));
        await vi.advanceTimersByTimeAsync(33);
      }
      return names[159 % 3]!;
    }

    it('never exhausts the sync quota, and the last card chosen is what is saved', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { backend } = await renderWelcome();
      const quota = syncQuota();
      backend.saveSettings.mockImplementation(async (settings) => {
        quota.check();
        backend.emit({ settings });
      });
      const last = await holdArrowKey();
      await vi.advanceTimersByTimeAsync(5 * SECOND);
      expect(quota.refused).toBe(0);
      expect(quota.accepted.length).toBeLessThanOrEqual(4);
      expect(backend.snapshot.settings).toEqual(
        applyPreset(defaultSettings(), presetById(last.toLowerCase() as PresetId)),
      );
      expect(screen.getByText(`Saved: ${last}.`)).toBeTruthy();
      expect((screen.getByRole('radio', { name: last }) as HTMLInputElement).checked).toBe(true);
      // A minute's worth of writes is still left for the options page.
      expect(PER_MINUTE_LEFT(quota)).toBeGreaterThanOrEqual(100);
    });

    it('when the quota is used up elsewhere: says it waits, then saves after the window', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { backend } = await renderWelcome();
      backend.saveSettings.mockRejectedValueOnce(
        new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
      );
      fireEvent.click(screen.getByRole('radio', { name: 'Gentle' }));
      await vi.advanceTimersByTimeAsync(0);
      expect(
        screen.getByText(
          'The browser allows only so many saves a minute: Gentle will be saved in 1 minute.',
        ),
      ).toBeTruthy();
      expect((screen.getByRole('radio', { name: 'Gentle' }) as HTMLInputElement).checked).toBe(
        true,
      );
      await vi.advanceTimersByTimeAsync(MINUTE + 5 * SECOND);
      expect(backend.saveSettings).toHaveBeenCalledTimes(2);
      expect(screen.getByText('Saved: Gentle.')).toBeTruthy();
    });
  });

  it('sends a test reminder and says what to expect', async () => {
    const { backend } = await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    await waitFor(() => expect(screen.getByText(/^Sent\. If nothing appears/)).toBeTruthy());
    expect(backend.send).toHaveBeenCalledExactlyOnceWith({ type: 'testReminder' });
  });

  it('says when the test reminder could not be sent', async () => {
    const { backend } = await renderWelcome();
    backend.send.mockResolvedValueOnce({ ok: false, reason: 'noReply' });
    fireEvent.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    await waitFor(() =>
      expect(screen.getByText('The test reminder could not be sent. Try again.')).toBeTruthy(),
    );
  });

  it('opens the settings', async () => {
    const { backend } = await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Open all settings' }));
    expect(backend.openOptions).toHaveBeenCalledTimes(1);
  });

  it('runs right to left in Arabic', async () => {
    await useLocale('ar');
    const store = createStore(fakeBackend());
    await store.start();
    document.body.innerHTML = '<div id="app"></div>';
    mountPage(
      <StoreContext.Provider value={store}>
        <Welcome browser="chrome" />
      </StoreContext.Provider>,
      'x',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(
      screen.getByRole('heading', { level: 1, name: 'مرحبًا بك في استراحة القوام' }),
    ).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'اختر نقطة البداية' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'أرسل تذكيرًا تجريبيًا' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'خصوصيتك' })).toBeTruthy();
    preactRender(null, document.getElementById('app')!);
  });

  it.each(['en', 'ar'] as const)('has no axe violations in %s', async (lang) => {
    await useLocale(lang);
    const { container } = await renderWelcome();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
