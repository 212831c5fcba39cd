import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { defaultSettings, type Settings } from '@/utils/settings';
import { MAX_SETTINGS_FILE_BYTES, settingsFileText } from '@/utils/settings-file';
import { renderOptions, status } from './render-options';

const chooseFile = (content: string | Uint8Array<ArrayBuffer>, name = 'settings.json') => {
  const input = screen.getByLabelText('Import settings from a file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
  return input;
};

const importResult = () => document.querySelector('.import-result');

describe('options page: export', () => {
  it('is a download link to a JSON file of the stored settings', async () => {
    await renderOptions({ settings: { breakMinutes: 7 } });
    const link = screen.getByRole('link', { name: 'Export settings' });
    expect(link.getAttribute('download')).toBe('posture-break-settings-2026-11-25.json');
    await waitFor(() => expect(link.getAttribute('href')).toMatch(/^blob:/));
  });
});

describe('options page: import', () => {
  it.each<[string, string | Uint8Array<ArrayBuffer>, RegExp]>([
    ['not JSON', 'this is not json', /does not contain valid JSON/],
    [
      'an unknown version',
      JSON.stringify({ app: 'posture-break', kind: 'settings', version: 9, settings: {} }),
      /format version \u20689\u2069/,
    ],
    [
      'another app',
      JSON.stringify({ app: 'other', kind: 'settings', version: 1, settings: {} }),
      /not a Posture Break settings file/,
    ],
    ['over 100 KB', new Uint8Array(MAX_SETTINGS_FILE_BYTES + 1).fill(32), /larger than 100 KB/],
  ])('%s: one clear message, and nothing changes', async (_, content, message) => {
    const { backend } = await renderOptions();
    const input = chooseFile(content);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file was not imported, and nothing changed:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(message)]);
    expect(backend.saveSettings).not.toHaveBeenCalled();
    expect(input.value).toBe(''); // the same file can be chosen again
  });

  it('lists every invalid value, by label, and changes nothing', async () => {
    const { backend } = await renderOptions();
    chooseFile(settingsFileText({ ...defaultSettings(), breakMinutes: 0, repeatCount: 99 }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Length of a movement break (minutes): Enter a whole number from 1 to 60.',
      'Repeat it at most (times): Enter a whole number from 0 to 10.',
    ]);
    expect(backend.saveSettings).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Length of a movement break (minutes)')).toHaveProperty(
      'value',
      '5',
    );
  });

  it('a good file is saved, the form shows it, and the page lists what changed', async () => {
    const { backend } = await renderOptions();
    const wanted: Settings = {
      ...defaultSettings(),
      breakIntervalMinutes: 60,
      nudgeEnabled: false,
      badgeStyle: 'countdown',
      breakAction: 'window',
      activeHoursEnabled: true,
    };
    chooseFile(settingsFileText(wanted));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings).toEqual(wanted);
    await waitFor(() => expect(importResult()?.textContent).toMatch(/Settings imported/));
    expect(
      within(importResult() as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Remind me to shift position: On → Off',
      'Time between movement breaks (minutes): 50 → 60',
      'Open the break window instead of a notification: Notification → Break window',
      'What the icon shows: Quiet → Countdown',
      'When reminders run: Always → Only on the days and hours below',
    ]);
    expect(screen.getByLabelText('Time between movement breaks (minutes)')).toHaveProperty(
      'value',
      '60',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status()?.textContent).toBe('All changes saved.');
  });

  it('a partial file changes only what it holds', async () => {
    const { backend } = await renderOptions({ settings: { snoozeMinutes: 25 } });
    chooseFile(
      JSON.stringify({
        app: 'posture-break',
        kind: 'settings',
        version: 1,
        settings: { breakMinutes: 8 },
      }),
    );
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings).toMatchObject({ breakMinutes: 8, snoozeMinutes: 25 });
    await waitFor(() =>
      expect(importResult()?.textContent).toContain('Length of a movement break (minutes): 5 → 8'),
    );
  });

  it('the same settings as now: imported, nothing changed, nothing written', async () => {
    const { backend } = await renderOptions();
    chooseFile(settingsFileText(defaultSettings()));
    await waitFor(() =>
      expect(importResult()?.textContent).toBe(
        'Settings imported. They match your current settings, so nothing changed.',
      ),
    );
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('a good file the browser cannot store: the reason is shown', async () => {
    const { backend } = await renderOptions();
    backend.saveSettings.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    chooseFile(settingsFileText({ ...defaultSettings(), breakMinutes: 9 }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toContain('The file is valid, but it could not be saved: QUOTA_BYTES quota exceeded'),
    );
  });

  it('a version nested fifty thousand deep: refused by its type, the page answers', async () => {
    const { backend } = await renderOptions();
    const depth = 49_000;
    chooseFile(
      `{"app":"posture-break","kind":"settings","version":${'['.repeat(depth)}${']'.repeat(depth)},"settings":{}}`,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toMatch(
      /^The file’s format version is a list, not a number/,
    );
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('anything unexpected while importing: the generic message, not silence', async () => {
    render(
      <SettingsTransfer
        saved={defaultSettings()}
        dayKey="2026-11-25"
        apply={() => {
          throw new Error('boom');
        }}
      />,
    );
    const input = chooseFile(settingsFileText({ ...defaultSettings(), breakMinutes: 9 }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file was not imported, and nothing changed:');
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'Something went wrong while checking the file.',
    );
    expect(input.value).toBe('');
  });
});
