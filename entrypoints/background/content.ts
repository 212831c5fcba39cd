/** The worker's health content: the notifications' tips and relief notices, in one language. */
import { loadContent, readWorkerPart, type ReadCatalogue } from '@/utils/content/catalogue';
import { RELIEF_TIMERS } from '@/utils/content/relief-timers';
import { TIPS } from '@/utils/content/tips';
import type { Content, ContentKey } from '@/utils/content/types';

/**
 * Only what the worker shows (isWorkerKey in utils/content/worker-keys.ts
 * decides what the build puts in the worker's file); the loader fills these
 * from English when a language lacks one.
 */
export const WORKER_KEYS: readonly ContentKey[] = [
  ...TIPS.flatMap((tip) => [tip.title, tip.line]),
  ...Object.values(RELIEF_TIMERS).flatMap((timer) => [timer.label, timer.doneText]),
];

// One load per worker life and language; a worker that dies loads it again.
const cache = new Map<string, Promise<Content>>();

export function workerContent(tag: string, read: ReadCatalogue = readWorkerPart): Promise<Content> {
  let found = cache.get(tag);
  if (!found) {
    found = loadContent(tag, WORKER_KEYS, read).then(({ content }) => content);
    found.catch(() => cache.delete(tag));
    cache.set(tag, found);
  }
  return found;
}
