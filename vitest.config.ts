import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests in real Chromium have their own
// config (vitest.e2e.config.ts) because they need a build first.
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false })],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Local-day rules are tested in a zone with daylight saving time.
    env: { TZ: 'Europe/Berlin' },
  },
});
