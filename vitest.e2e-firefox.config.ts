import { defineConfig } from 'vitest/config';

// Real Firefox ESR on the built extension (tests/e2e-firefox). Two files at a
// time: the reminder and idle files spend minutes waiting on the clock, each
// on its own Xvfb display (so one's input is not the other's activity), while
// the short files run beside them. Generous timeouts for start-up, no retries
// that could hide a flake. Needs `npm run zip:firefox` first.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
