/**
 * The keyboard shortcuts as the browser has them now (the user may have
 * changed them, or the browser left one unassigned), and its page for
 * changing them. Only the options page loads this.
 */
import { browser } from 'wxt/browser';

export interface Shortcuts {
  takeBreak: string;
  togglePause: string;
}

export interface ShortcutSource {
  load(): Promise<Shortcuts>;
  /** Opens the browser's page for changing them; false where there is none. */
  openSettings(): Promise<boolean>;
}

export function browserShortcuts(): ShortcutSource {
  return {
    async load() {
      const all = await browser.commands.getAll();
      const key = (name: string) => all.find((c) => c.name === name)?.shortcut ?? '';
      return { takeBreak: key('take-break'), togglePause: key('toggle-pause') };
    },
    async openSettings() {
      // Firefox has no page of its own for this (it sits in the add-ons manager).
      if (import.meta.env.FIREFOX) return false;
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      return true;
    },
  };
}
