import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from './helpers/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});

afterEach(() => {
  cleanup();
});
