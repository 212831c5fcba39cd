/**
 * The stored snapshot, read before a page's code has loaded. A page's HTML
 * runs the tiny classic script `early-read.js` (entrypoints/early-read.ts) in
 * its head: it asks storage for the raw values while the browser is still
 * parsing and fetching the page's modules, which takes longer than the read.
 * The page's backend then takes that answer for its first load instead of
 * asking again, through the same repair functions as every other read.
 *
 * The raw reads stand for the storage items' plain `getValue()`, which holds
 * while those items have no migrations (tests/utils/early-read.test.ts
 * compares the two); an item that gains one must be left out of EARLY_KEYS.
 * This module imports nothing: the early script carries only these lines.
 */
/** The storage keys read early, by area, as in utils/storage.ts. */
export const EARLY_KEYS = { local: ['tracker', 'history'], sync: ['settings'] };
/** Read on its own: a year of days takes longer to read than all the status needs. */
const HISTORY = 'history';

/** Raw values as the storage areas returned them. */
export type RawRead = Record<string, unknown>;

interface Area {
  get(keys: string[]): Promise<RawRead>;
}
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
interface StorageApi {
  storage: {
    local: Area;
    sync: Area;
    onChanged: {
      addListener(listener: ChangeListener): void;
      removeListener(listener: ChangeListener): void;
    };
  };
}

/**
 * The early read: the raw values, and from just before they were asked for,
 * every change storage reports for the same keys. Those changes are the page's
 * change feed for its whole life, from this one listener: a write can land
 * after the read and before the page's code has run (the background's first
 * step as the popup opens), and a listener added only then would not hear of
 * it (Chrome drops an event that reaches a page whose only listener for it
 * was removed while the event was on its way). Applied in order on top of the
 * read (each carries a whole value), they give what storage holds.
 */
export interface EarlyRead {
  /** All of it: the status's keys and the history. */
  read: Promise<RawRead>;
  /** The keys the status card needs (all but the history), answered without waiting for it. */
  status: Promise<RawRead>;
  /**
   * Hands over the changes heard so far, in order (a removed key as
   * undefined), then each one as it comes; returns the function that stops.
   */
  listen(onChange: (change: RawRead) => void): () => void;
}

/** Where the early script leaves its answer for the page's module. */
const SLOT = '__postureBreakEarlyRead';
type Slot = { [SLOT]?: EarlyRead };

/** Starts the read (the early script calls this); runs before any polyfill. */
export function startEarlyRead(api: StorageApi, global: object = globalThis): void {
  const heard: RawRead[] = [];
  let onChange: ((change: RawRead) => void) | null = null;
  const listener: ChangeListener = (changed, area) => {
    const keys: string[] =
      area === 'local' ? EARLY_KEYS.local : area === 'sync' ? EARLY_KEYS.sync : [];
    const change: RawRead = {};
    for (const key of keys) {
      const changedKey = changed[key];
      if (changedKey) change[key] = changedKey.newValue;
    }
    if (Object.keys(change).length === 0) return;
    if (onChange) onChange(change);
    else heard.push(change);
  };
  // Listening first, so no write after the read was asked for goes unheard.
  api.storage.onChanged.addListener(listener);
  const status = Promise.all([
    api.storage.local.get(EARLY_KEYS.local.filter((key) => key !== HISTORY)),
    api.storage.sync.get(EARLY_KEYS.sync),
  ]).then(([local, sync]) => ({ ...local, ...sync }));
  const history = api.storage.local.get([HISTORY]);
  const read = Promise.all([status, history]).then(([some, rest]) => ({ ...some, ...rest }));
  // A failed early read only means the page reads again, the usual way.
  // (Promise.all has taken the status's and the history's failures into `read`.)
  read.catch(() => {});
  (global as Slot)[SLOT] = {
    read,
    status,
    listen(callback) {
      onChange = callback;
      heard.splice(0).forEach((change) => callback(change));
      return () => {
        onChange = null;
        api.storage.onChanged.removeListener(listener);
      };
    },
  };
}

/** Takes the early read, once; undefined when there is none (or it was taken). */
export function takeEarlyRead(global: object = globalThis): EarlyRead | undefined {
  const slot = global as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early;
}

/**
 * Names the popup's static header in the browser's language: the page's CSS
 * is inline (wxt.config.ts), where `__MSG_` placeholders are not replaced, and
 * HTML has none. The header is parsed by the time the early script runs (it
 * arrives after the HTML); if not, the app's first render names it instead.
 */
export function nameShell(doc: Pick<Document, 'querySelector'>, message: (key: string) => string) {
  const name = doc.querySelector('.shell-name');
  if (name && !name.textContent) name.textContent = message('extName');
}
