// Callbacks given to page.evaluate / worker.evaluate run inside the extension,
// where `chrome` is the browser's own API object.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: Browser;
}

export {};
