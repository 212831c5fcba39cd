/**
 * What the service worker shows of the health content: the tips (with a
 * position nudge), the relief timers' names (the toolbar tooltip names a
 * running one) and the notice when a relief timer ends. The build writes
 * these keys of each catalogue to content/worker/<code>.json as well, so the
 * worker reads about a fifth of a language (wxt.config.ts).
 */
export function isWorkerKey(key: string): boolean {
  return key.startsWith('tips.') || /^timers\.[\w-]+\.(done|label)$/.test(key);
}
