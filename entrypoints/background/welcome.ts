/**
 * The welcome page, on the first install only. Chrome reports "install" again
 * whenever an unpacked extension is loaded from the command line on a profile
 * that already has our data, so a stored flag decides, not the reason alone.
 */
import { browser } from 'wxt/browser';
import { welcomedItem } from '@/utils/storage';

export async function welcomeOnce(): Promise<void> {
  if (await welcomedItem.getValue()) return;
  await welcomedItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
