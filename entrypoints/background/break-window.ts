/**
 * The break window: a small popup window, centred on the browser window the
 * user is in. Its id is kept in storage.session so a second reminder focuses
 * the open window instead of stacking another.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const WIDTH = 420;
const HEIGHT = 560;
const windowIdItem = storage.defineItem<number | null>('session:breakWindowId', { fallback: null });

export async function openBreakWindow(): Promise<void> {
  const existing = await windowIdItem.getValue();
  if (existing !== null) {
    try {
      await browser.windows.update(existing, { focused: true, drawAttention: true });
      return;
    } catch {
      // closed since: open a new one
    }
  }
  let left: number | undefined;
  let top: number | undefined;
  try {
    // Bounds the browser does not report count as ours: no shift on that axis.
    const w = await browser.windows.getLastFocused();
    left = Math.max(0, Math.round((w.left ?? 0) + ((w.width ?? WIDTH) - WIDTH) / 2));
    top = Math.max(0, Math.round((w.top ?? 0) + ((w.height ?? HEIGHT) - HEIGHT) / 2));
  } catch {
    // no browser window open: let the browser place it
  }
  const options = {
    url: browser.runtime.getURL('/break.html'),
    type: 'popup' as const,
    width: WIDTH,
    height: HEIGHT,
    focused: true,
  };
  let created;
  try {
    created = await browser.windows.create({ ...options, left, top });
  } catch {
    // Chrome refuses bounds mostly off-screen (a browser window reaching past
    // the screen edge): let it place the window itself.
    created = await browser.windows.create(options);
  }
  await windowIdItem.setValue(created?.id ?? null);
}

/** True when the break window is open and is the focused window. */
export async function breakWindowFocused(): Promise<boolean> {
  const id = await windowIdItem.getValue();
  if (id === null) return false;
  try {
    return (await browser.windows.get(id)).focused === true;
  } catch {
    return false; // closed since
  }
}
