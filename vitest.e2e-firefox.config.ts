import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Real Firefox ESR on the built extension (tests/e2e-firefox), two files at a
// time, in two groups, one after the other:
// 1. "launches": every other file; they start Firefox again and again and
//    measure no time (pages, restart).
// 2. "clock": the files that check how late a notification comes (2 s) or
//    wait minutes for the event page to idle out (reminder, relief, idle),
//    each on its own Xvfb display (so one's input is not the other's
//    activity). On two cores a Firefox starting beside them makes a woken
//    event page seconds late (seen: a reminder 4.4 s after due while the
//    pages file was launching), which says nothing about the extension, so
//    no launch-heavy file runs beside them. Within the group the order is
//    fixed: reminder and relief start together (relief's deadline comes
//    20 s in, while the reminder file is still setting up) and idle starts
//    when relief ends, a minute before the reminder's first due time.
// Generous timeouts for start-up, no retries that could hide a flake.
// Needs `npm run zip:firefox` first.
const CLOCK_ORDER = ['reminder.test.ts', 'relief.test.ts', 'idle.test.ts'];

const CLOCK_FILES = CLOCK_ORDER.map((name) => `tests/e2e-firefox/${name}`);

/** Keeps the group order, then the clock group's fixed order (the default puts unknown or long files first). */
class FixedOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = CLOCK_ORDER.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i === -1 ? CLOCK_ORDER.length : i;
    };
    const group = (f: TestSpecification) => f.project.config.sequence.groupOrder;
    return [...files].sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}

const base = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  test: {
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: FixedOrder },
    projects: [
      {
        test: {
          ...base,
          name: 'launches',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          exclude: CLOCK_FILES,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...base,
          name: 'clock',
          include: CLOCK_FILES,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
