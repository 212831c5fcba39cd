import axe from 'axe-core';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIMITS, type NumberField } from '@/utils/settings';
import { descriptionOf, renderOptions, status, typeAndCommit } from './render-options';

const LABELS: [NumberField, string][] = [
  ['nudgeIntervalMinutes', 'Time between nudges (minutes)'],
  ['breakIntervalMinutes', 'Time between movement breaks (minutes)'],
  ['breakMinutes', 'Length of a movement break (minutes)'],
  ['naturalBreakMinutes', 'Time away that counts as a break (minutes)'],
  ['dailyBreakGoal', 'Daily goal (movement breaks)'],
  ['snoozeMinutes', 'Snooze length (minutes)'],
  ['repeatIntervalMinutes', 'Repeat an ignored reminder after (minutes)'],
  ['repeatCount', 'Repeat it at most (times)'],
  ['holdMaxMinutes', 'Hold a reminder for at most (minutes)'],
];

describe('options page: every field by its label', () => {
  it.each(LABELS)('%s is labelled "%s" and shows the stored value', async (key, label) => {
    await renderOptions();
    const field = screen.getByLabelText(label);
    expect(field).toHaveProperty('value', String(DEFAULT_SETTINGS[key]));
    // The hint says what the setting does, tied to the field.
    expect(descriptionOf(field).length).toBeGreaterThan(10);
  });

  it.each([
    ['checkbox', 'Remind me to shift position', true],
    ['checkbox', 'Hold reminders while a window is fullscreen', true],
    ['checkbox', 'Count time while a tab plays sound as sitting', true],
    ['switch', 'Open the break window instead of a notification', false],
    ['radio', 'Quiet', true],
    ['radio', 'Countdown', false],
    ['radio', 'Always', true],
    ['radio', 'Only on the days and hours below', false],
  ] as const)('%s "%s" is there, checked=%s', async (role, name, checked) => {
    await renderOptions();
    expect(screen.getByRole(role, { name })).toHaveProperty('checked', checked);
  });

  it('states the cost of the countdown badge next to it', async () => {
    await renderOptions();
    const countdown = screen.getByRole('radio', { name: 'Countdown' });
    expect(descriptionOf(countdown)).toMatch(/wakes up once a minute/);
  });

  it('has no axe violations (structure, names, ARIA)', async () => {
    const { container } = await renderOptions();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('options page: validation', () => {
  it.each(
    LABELS.flatMap(([key, label]) => {
      const [min, max] = LIMITS[key];
      return [
        [label, String(min - 1), min, max],
        [label, String(max + 1), min, max],
        [label, '2.5', min, max],
      ] as const;
    }),
  )('%s: "%s" says a whole number from %i to %i is allowed', async (label, typed, min, max) => {
    const { backend } = await renderOptions();
    const field = screen.getByLabelText(label);
    typeAndCommit(field, typed);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(field)).toContain(`Enter a whole number from ${min} to ${max}.`);
    expect(field).toHaveProperty('value', typed); // what the user typed stays
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it.each(['', 'abc', '  '])(
    'an empty or non-number entry (%j) asks for a number',
    async (typed) => {
      const { backend } = await renderOptions();
      const field = screen.getByLabelText('Length of a movement break (minutes)');
      typeAndCommit(field, typed);
      await waitFor(() => expect(descriptionOf(field)).toContain('Enter a number.'));
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(backend.saveSettings).not.toHaveBeenCalled();
    },
  );

  it('a nudge interval not shorter than the break interval is refused, on the nudge field', async () => {
    const { backend } = await renderOptions();
    const nudge = screen.getByLabelText('Time between nudges (minutes)');
    typeAndCommit(nudge, '50');
    await waitFor(() => expect(nudge.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(nudge)).toMatch(
      /position nudges must be shorter than the time between movement breaks/,
    );
    expect(backend.saveSettings).not.toHaveBeenCalled();
    expect(status()?.textContent).toBe('Not saved yet: fix the fields that show a message.');
  });

  it('"Go to the first one" takes the keyboard to the first field with a message', async () => {
    await renderOptions();
    typeAndCommit(screen.getByLabelText('Repeat it at most (times)'), '11');
    typeAndCommit(screen.getByLabelText('Length of a movement break (minutes)'), '');
    fireEvent.click(await screen.findByRole('button', { name: 'Go to the first one' }));
    expect(document.activeElement).toBe(
      screen.getByLabelText('Length of a movement break (minutes)'),
    );
  });

  it('shortening the break interval below the nudge interval flags the nudge field', async () => {
    const { backend } = await renderOptions();
    typeAndCommit(screen.getByLabelText('Time between movement breaks (minutes)'), '15');
    const nudge = screen.getByLabelText('Time between nudges (minutes)');
    await waitFor(() => expect(nudge.getAttribute('aria-invalid')).toBe('true'));
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('with nudges off, the nudge interval may be as long as the break interval', async () => {
    const { backend } = await renderOptions({ settings: { nudgeEnabled: false } });
    typeAndCommit(screen.getByLabelText('Time between nudges (minutes)'), '50');
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings.nudgeIntervalMinutes).toBe(50);
  });

  it('saves nothing while any field is wrong, then saves the whole form once it is right', async () => {
    const { backend } = await renderOptions();
    const breakLength = screen.getByLabelText('Length of a movement break (minutes)');
    const snooze = screen.getByLabelText('Snooze length (minutes)');
    typeAndCommit(breakLength, '0');
    typeAndCommit(snooze, '20'); // valid on its own, but the form is not
    await waitFor(() => expect(breakLength.getAttribute('aria-invalid')).toBe('true'));
    expect(backend.saveSettings).not.toHaveBeenCalled();

    typeAndCommit(breakLength, '7');
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.saveSettings.mock.lastCall?.[0]).toMatchObject({
      breakMinutes: 7,
      snoozeMinutes: 20,
    });
    expect(breakLength.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(breakLength)).not.toMatch(/Enter/);
    expect(status()?.textContent).toBe('All changes saved.');
  });

  it('an end time before the start time is refused next to that day', async () => {
    const { backend } = await renderOptions({ settings: { activeHoursEnabled: true } });
    const end = screen.getByLabelText('Monday To');
    typeAndCommit(end, '08:00');
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(end)).toBe('The end time must be later than the start time.');
    expect(end).toHaveProperty('value', '08:00');
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('an emptied time asks for a time', async () => {
    const { backend } = await renderOptions({ settings: { activeHoursEnabled: true } });
    const start = screen.getByLabelText('Tuesday From');
    typeAndCommit(start, '');
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(start)).toMatch(/Enter a time as hours and minutes/);
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('an end before the start on a day that is off is allowed (the day is not used)', async () => {
    const { backend } = await renderOptions({ settings: { activeHoursEnabled: true } });
    typeAndCommit(screen.getByLabelText('Sunday To'), '08:00');
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings.activeDays[0]).toEqual({
      enabled: false,
      start: '09:00',
      end: '08:00',
    });
  });
});

describe('options page: saving', () => {
  it('a valid change is saved once and takes the stored settings with it', async () => {
    const { backend, store } = await renderOptions();
    typeAndCommit(screen.getByLabelText('Time between movement breaks (minutes)'), '60');
    await waitFor(() => expect(status()?.textContent).toBe('All changes saved.'));
    expect(backend.saveSettings).toHaveBeenCalledTimes(1);
    expect(store.snapshot.value?.settings.breakIntervalMinutes).toBe(60);
  });

  it.each([
    ['Remind me to shift position', 'checkbox', { nudgeEnabled: false }],
    ['Hold reminders while a window is fullscreen', 'checkbox', { holdWhileFullscreen: false }],
    [
      'Count time while a tab plays sound as sitting',
      'checkbox',
      { audibleCountsAsSitting: false },
    ],
    ['Open the break window instead of a notification', 'switch', { breakAction: 'window' }],
    ['Countdown', 'radio', { badgeStyle: 'countdown' }],
    ['Only on the days and hours below', 'radio', { activeHoursEnabled: true }],
  ] as const)('clicking "%s" saves at once', async (name, role, expected) => {
    const { backend } = await renderOptions();
    fireEvent.click(screen.getByRole(role, { name }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.saveSettings.mock.lastCall?.[0]).toMatchObject(expected);
  });

  it('turning a day off is saved', async () => {
    const { backend } = await renderOptions({ settings: { activeHoursEnabled: true } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(backend.snapshot.settings.activeDays[1]?.enabled).toBe(false);
  });

  it('choosing "Always" hides the days and drops a half-typed broken time there', async () => {
    const { backend } = await renderOptions({ settings: { activeHoursEnabled: true } });
    typeAndCommit(screen.getByLabelText('Monday To'), '08:00');
    await waitFor(() =>
      expect(screen.getByLabelText('Monday To').getAttribute('aria-invalid')).toBe('true'),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Always' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(screen.queryByLabelText('Monday To')).toBeNull();
    expect(backend.snapshot.settings.activeHoursEnabled).toBe(false);
    expect(backend.snapshot.settings.activeDays[1]?.end).toBe('17:00');
  });

  it('a storage error is shown as an alert, the edit kept, and Try again saves it', async () => {
    const { backend } = await renderOptions();
    backend.saveSettings.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const field = screen.getByLabelText('Snooze length (minutes)');
    typeAndCommit(field, '25');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your changes could not be saved');
    expect(alert.textContent).toContain('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(field).toHaveProperty('value', '25');
    expect(backend.snapshot.settings.snoozeMinutes).toBe(10);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(backend.snapshot.settings.snoozeMinutes).toBe(25));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status()?.textContent).toBe('All changes saved.');
  });

  it('settings changed elsewhere show up, but a field being edited keeps its text', async () => {
    const { backend } = await renderOptions();
    const snooze = screen.getByLabelText('Snooze length (minutes)');
    fireEvent.input(snooze, { target: { value: '3' } }); // typed, not yet committed
    backend.emit({
      settings: { ...backend.snapshot.settings, breakMinutes: 9, snoozeMinutes: 30 },
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Length of a movement break (minutes)')).toHaveProperty(
        'value',
        '9',
      ),
    );
    expect(snooze).toHaveProperty('value', '3');
  });
});
