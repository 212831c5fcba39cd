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

/** Raw values as the storage areas returned them. */
export type RawRead = Record<string, unknown>;

interface Area {
  get(keys: string[]): Promise<RawRead>;
}
interface StorageApi {
  storage: { local: Area; sync: Area };
}

/** Where the early script leaves its answer for the page's module. */
const SLOT = '__postureBreakEarlyRead';
type Slot = { [SLOT]?: Promise<RawRead> };

/** Starts the read (the early script calls this); runs before any polyfill. */
export function startEarlyRead(api: StorageApi, global: object = globalThis): void {
  const read = Promise.all([
    api.storage.local.get(EARLY_KEYS.local),
    api.storage.sync.get(EARLY_KEYS.sync),
  ]).then(([local, sync]) => ({ ...local, ...sync }));
  // A failed early read only means the page reads again, the usual way.
  read.catch(() => {});
  (global as Slot)[SLOT] = read;
}

/** Takes the early read, once; undefined when there is none (or it was taken). */
export function takeEarlyRead(global: object = globalThis): Promise<RawRead> | undefined {
  const slot = global as Slot;
  const read = slot[SLOT];
  delete slot[SLOT];
  return read;
}
