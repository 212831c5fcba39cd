import { i18n } from '#i18n';
import { signal } from '@preact/signals';
import { CONTENT_KEYS, loadContent, readPackaged, type ReadCatalogue } from '@/utils/content';
import type { Content, ContentKey } from '@/utils/content/types';

/**
 * The page's health content: one language's catalogue, the language the
 * interface catalogue resolved to (`i18n.t('locale')`), so the words never
 * mix two languages. Null until it has loaded (a few milliseconds: one file
 * from the extension's own package, read in parallel with storage).
 */
const loaded = signal<Content | null>(null);
let started: Promise<Content> | null = null;

/**
 * Starts the load once per page; every later call gets the same promise.
 * `read` reads a catalogue: one that started early (readAhead) if the page has it.
 */
export function startContentLoad(read: ReadCatalogue = readPackaged): Promise<Content> {
  started ??= loadContent(i18n.t('locale'), CONTENT_KEYS, read).then(({ content }) => {
    loaded.value = content;
    return content;
  });
  return started;
}

/** For tests and for pages that loaded the content some other way. */
export function setContent(content: Content): void {
  started = Promise.resolve(content);
  loaded.value = content;
}

/**
 * The content, or null while it loads: a component showing content renders
 * nothing until then. The first call starts the load, so only a page that
 * shows health content reads it (not the options page), and the popup starts
 * it in its first render, while the store's first storage read is under way.
 */
export function useContent(): Content | null {
  if (!started) void startContentLoad();
  return loaded.value;
}

/** The text for a key, for components inside one that waited for the content. */
export function useText(): (key: ContentKey) => string {
  const content = loaded.value;
  if (!content) throw new Error('health content used before it loaded');
  return (key) => content[key];
}
