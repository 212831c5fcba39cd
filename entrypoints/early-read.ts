import { startEarlyRead } from '@/utils/early-read';

type StorageApi = Parameters<typeof startEarlyRead>[0];

/**
 * `early-read.js`: a classic script in the head of the popup and the break
 * window that starts reading the stored snapshot while the page is still
 * loading (utils/early-read.ts says why). `browser` in Firefox; Chrome's
 * `chrome.storage` returns promises too, and the polyfill is not loaded yet.
 */
export default defineUnlistedScript(() => {
  const { browser, chrome } = globalThis as { browser?: StorageApi; chrome?: StorageApi };
  const api = browser ?? chrome;
  if (api) startEarlyRead(api);
});
