import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePackagedContent, useLocale } from './helpers/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  servePackagedContent();
  await useLocale('en');
});

afterEach(() => {
  cleanup();
});
