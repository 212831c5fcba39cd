import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSettings } from '@/utils/settings';
import { fileText } from '../../helpers/hostile-files';
import { renderOptions } from './render-options';

const RUNS = Number(process.env.FC_RUNS ?? 15);

/**
 * Hostile files through the options page itself: whatever is chosen, the
 * page answers (imported, or an alert), and nothing invalid is ever saved.
 */
describe('options page: importing hostile files', () => {
  it(
    'always answers, and never saves an invalid value',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileText, async (text) => {
          const { backend } = await renderOptions();
          const input = screen.getByLabelText('Import settings from a file') as HTMLInputElement;
          fireEvent.change(input, {
            target: { files: [new File([text], 'settings.json', { type: 'application/json' })] },
          });
          await waitFor(() =>
            expect(
              screen.queryByRole('alert') ?? document.querySelector('.import-result')?.textContent,
            ).toBeTruthy(),
          );
          for (const [saved] of backend.saveSettings.mock.calls)
            expect(validateSettings(saved).ok).toBe(true);
          expect(input.value).toBe('');
          cleanup();
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * 1_000 + 10_000,
  );
});
