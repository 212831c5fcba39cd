import { nameShell, startEarlyRead } from '@/utils/early-read';

type StorageApi = Parameters<typeof startEarlyRead>[0];
interface I18nApi {
  i18n: { getMessage(key: string): string };
}

/**
 * `early-read.js`: a classic script in the head of the popup and the break
 * window that starts reading the stored snapshot while the page is still
 * loading (utils/early-read.ts says why), and names the popup's static
 * header. `browser` in Firefox; Chrome's `chrome.storage` returns promises
 * too, and the polyfill is not loaded yet.
 */
export default defineUnlistedScript(() => {
  const { browser, chrome } = globalThis as {
    browser?: StorageApi & I18nApi;
    chrome?: StorageApi & I18nApi;
  };
  const api = browser ?? chrome;
  if (!api) return;
  startEarlyRead(api);
  nameShell(document, (key) => api.i18n.getMessage(key));
});
