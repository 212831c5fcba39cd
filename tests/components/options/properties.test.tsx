import fc from 'fast-check';
import { act, cleanup, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fromDraft } from '@/components/options/draft';
import { createSettingsForm } from '@/components/options/settings-form';
import { createStore } from '@/components/store';
import { LIMITS, validateSettings, type NumberField } from '@/utils/settings';
import { fakeBackend } from '../../helpers/fake-backend';
import { NO_WAIT, renderOptions, typeAndCommit } from './render-options';

const NUMBER_FIELDS = Object.keys(LIMITS) as NumberField[];

/** What a person might type into a number box: good numbers, bad numbers, junk. */
const typed = fc.oneof(
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.constantFrom('', ' ', '2.5', '1e1', '-0', 'abc', '٥'),
  fc.string({ maxLength: 4 }),
);
const clockText = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('', '24:00', '9:30', 'noon'),
);

type Edit =
  | { kind: 'number'; field: NumberField; text: string }
  | {
      kind: 'flag';
      field: 'nudgeEnabled' | 'holdWhileFullscreen' | 'activeHoursEnabled';
      on: boolean;
    }
  | { kind: 'day'; day: number; part: 'start' | 'end'; text: string }
  | { kind: 'dayOn'; day: number; on: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('number' as const),
    field: fc.constantFrom(...NUMBER_FIELDS),
    text: typed,
  }),
  fc.record({
    kind: fc.constant('flag' as const),
    field: fc.constantFrom(
      'nudgeEnabled' as const,
      'holdWhileFullscreen' as const,
      'activeHoursEnabled' as const,
    ),
    on: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('day' as const),
    day: fc.integer({ min: 0, max: 6 }),
    part: fc.constantFrom('start' as const, 'end' as const),
    text: clockText,
  }),
  fc.record({
    kind: fc.constant('dayOn' as const),
    day: fc.integer({ min: 0, max: 6 }),
    on: fc.boolean(),
  }),
);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings form: random input', () => {
  it('never saves anything invalid, never throws, and ends with the valid draft stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 25 }), async (edits) => {
        const backend = fakeBackend();
        const store = createStore(backend);
        await store.start();
        const form = createSettingsForm(store, NO_WAIT);
        for (const e of edits) {
          if (e.kind === 'number') form.edit({ [e.field]: e.text }, 'now');
          else if (e.kind === 'flag') form.edit({ [e.field]: e.on }, 'now');
          else if (e.kind === 'day') form.editDay(e.day, { [e.part]: e.text }, 'now');
          else form.editDay(e.day, { enabled: e.on }, 'now');
          await flush();
        }
        for (const [saved] of backend.saveSettings.mock.calls)
          expect(validateSettings(saved).ok).toBe(true);
        const final = validateSettings(fromDraft(form.draft.value));
        if (final.ok) expect(backend.snapshot.settings).toEqual(final.settings);
        else
          expect(Object.keys(form.errors.value).sort()).toEqual(Object.keys(final.errors).sort());
        form.dispose();
      }),
      { numRuns: 150 },
    );
  });

  it('through the page itself: typing anything into any box never saves an invalid value', async () => {
    const labels: Record<NumberField, string> = {
      nudgeIntervalMinutes: 'Time between nudges (minutes)',
      breakIntervalMinutes: 'Time between movement breaks (minutes)',
      breakMinutes: 'Length of a movement break (minutes)',
      naturalBreakMinutes: 'Time away that counts as a break (minutes)',
      dailyBreakGoal: 'Daily goal (movement breaks)',
      snoozeMinutes: 'Snooze length (minutes)',
      repeatIntervalMinutes: 'Repeat an ignored reminder after (minutes)',
      repeatCount: 'Repeat it at most (times)',
      holdMaxMinutes: 'Hold a reminder for at most (minutes)',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...NUMBER_FIELDS), typed), {
          minLength: 1,
          maxLength: 8,
        }),
        async (entries) => {
          const { backend } = await renderOptions();
          for (const [field, text] of entries) {
            await act(async () => {
              typeAndCommit(screen.getByLabelText(labels[field]), text);
              await flush();
            });
          }
          for (const [saved] of backend.saveSettings.mock.calls)
            expect(validateSettings(saved).ok).toBe(true);
          // Every field shows either no message or the one for its value.
          for (const field of NUMBER_FIELDS) {
            const input = screen.getByLabelText(labels[field]);
            if (input.getAttribute('aria-invalid') === 'true')
              expect(document.getElementById(`field-${field}-error`)?.textContent).toBeTruthy();
          }
          cleanup();
        },
      ),
      { numRuns: 30 },
    );
    // 30 full renders of the options page: about 1 s on an idle machine, several
    // times that when the two cores are shared, so a wider limit than vitest's 5 s.
  }, 30_000);
});
