import { defineConfig } from 'vitest/config';

// Real Firefox ESR on the built extension (tests/e2e-firefox): one browser at
// a time (the machine has two cores), generous timeouts for start-up, no
// retries that could hide a flake. Needs `npm run zip:firefox` first.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
