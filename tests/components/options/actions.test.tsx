import axe from 'axe-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { presetById } from '@/utils/presets';
import { defaultSettings } from '@/utils/settings';
import { renderOptions, status } from './render-options';

describe('options page: presets', () => {
  it('shows the three presets, what each is for and what it sets, the defaults marked in use', async () => {
    await renderOptions();
    const region = screen.getByRole('region', { name: 'Start from a preset' });
    const list = within(region).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual([
      'Gentle',
      'Standard' + 'In use',
      'Frequent',
    ]);
    const gentle = screen.getByRole('button', { name: 'Use Gentle' });
    expect(gentle.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText(
        /Position nudge every 30 minutes\. Movement break of 5 minutes every 60 minutes\. Daily goal: 4 breaks\./,
      ),
    ).toBeTruthy();
  });

  it.each(['gentle', 'standard', 'frequent'] as const)(
    'using %s saves its rhythm, keeps the other choices, and says so',
    async (id) => {
      const { backend } = await renderOptions({
        settings: { nudgeIntervalMinutes: 7, badgeStyle: 'countdown', breakAction: 'window' },
      });
      const name = { gentle: 'Gentle', standard: 'Standard', frequent: 'Frequent' }[id];
      fireEvent.click(screen.getByRole('button', { name: `Use ${name}` }));
      await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
      expect(backend.snapshot.settings).toMatchObject({
        ...presetById(id).values,
        badgeStyle: 'countdown',
        breakAction: 'window',
      });
      expect(status()?.textContent).toBe(`Preset applied: ${name}. All changes saved.`);
      const item = screen.getByRole('heading', { name: new RegExp(name) }).closest('li');
      expect(item?.textContent).toContain('In use');
      // The form shows the preset's numbers.
      expect(screen.getByLabelText('Time between movement breaks (minutes)')).toHaveProperty(
        'value',
        String(presetById(id).values.breakIntervalMinutes),
      );
    },
  );

  it('a preset replaces a broken half-typed value instead of being blocked by it', async () => {
    const { backend } = await renderOptions();
    const field = screen.getByLabelText('Snooze length (minutes)');
    fireEvent.input(field, { target: { value: '0' } });
    fireEvent.change(field, { target: { value: '0' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Use Frequent' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(field).toHaveProperty('value', '5');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('options page: reset to defaults', () => {
  const custom = { breakIntervalMinutes: 90, badgeStyle: 'countdown', repeatCount: 0 } as const;

  it('asks first, in the page; Cancel changes nothing and gives focus back', async () => {
    const { backend } = await renderOptions({ settings: custom });
    const open = screen.getByRole('button', { name: 'Reset to defaults…' });
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Reset all settings to their defaults?' });
    expect(dialog.textContent).toMatch(/Your history is kept/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(open);
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('confirming saves the defaults and the form shows them', async () => {
    const { backend } = await renderOptions({ settings: custom });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset settings' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings).toEqual(defaultSettings());
    expect(screen.getByLabelText('Time between movement breaks (minutes)')).toHaveProperty(
      'value',
      '50',
    );
    expect(screen.getByRole('radio', { name: 'Quiet' })).toHaveProperty('checked', true);
    expect(status()?.textContent).toBe(
      'All settings are back to their defaults. All changes saved.',
    );
  });

  it('the open confirmation has no axe violations', async () => {
    const { container } = await renderOptions({ settings: custom });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('options page: test reminder', () => {
  it('sends {type: "testReminder"} and says it was sent', async () => {
    const { backend } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    await screen.findByText('Test reminder sent. It should appear within a few seconds.');
    expect(backend.send).toHaveBeenCalledWith({ type: 'testReminder' });
  });

  it('says so when the background does not answer', async () => {
    const { backend } = await renderOptions();
    backend.send.mockResolvedValueOnce({ ok: false, reason: 'noReply' });
    fireEvent.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The test reminder could not be sent: the extension did not answer. Try again in a moment.',
    );
  });

  it('next to it: what to check on Windows, macOS and Linux, and the break-window switch', async () => {
    await renderOptions();
    const help = screen.getByText('Nothing appeared? What to check').closest('details');
    expect(help?.textContent).toMatch(/Windows: .*Do not disturb/);
    expect(help?.textContent).toMatch(/macOS: .*Focus/);
    expect(help?.textContent).toMatch(/Linux: .*Do Not Disturb/);
    const section = screen.getByRole('region', { name: 'At break time' });
    expect(
      within(section).getByRole('switch', {
        name: 'Open the break window instead of a notification',
      }),
    ).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Send a test reminder' })).toBeTruthy();
  });
});
