import type { WriterClock } from '@/utils/settings-writer';

/**
 * The page's real clock, for the settings writer. The timer functions are
 * wrapped, not passed as they are: called as a method of another object
 * (`clock.setTimeout(...)`), the browser's own throw "Illegal invocation".
 */
export const pageClock: WriterClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
