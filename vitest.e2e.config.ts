import { defineConfig } from 'vitest/config';

// Real Chromium on the built extension: one browser at a time (the machine has
// two cores), generous timeouts for start-up, no retries that could hide a flake.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
