import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { resolve } from 'node:path';
import { CONTENT_KEYS, loadContent, type Content, type ContentKey } from '@/utils/content';
import { isWorkerKey } from '@/utils/content/worker-keys';

/** A file code of locales/ ('en', 'ar', 'pt_BR'): every interface catalogue. */
export type TestLocale = string;

const LOCALES_DIR = resolve(__dirname, '../../locales');
const CONTENT_DIR = resolve(__dirname, '../../utils/content/locales');

/** Every interface catalogue's file code, English first. */
export const INTERFACE_LOCALES: readonly string[] = codes(LOCALES_DIR);
/** Every content catalogue's file code, English first. */
export const CONTENT_LOCALES: readonly string[] = codes(CONTENT_DIR);

function codes(dir: string): string[] {
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));
  return ['en', ...found.filter((c) => c !== 'en').sort()];
}

/** A content catalogue file as it is, without fallback. */
const files = new Map<string, Record<string, string>>();
export function readContentFile(code: string): Record<string, string> {
  let found = files.get(code);
  if (!found) {
    found = JSON.parse(readFileSync(resolve(CONTENT_DIR, `${code}.json`), 'utf8')) as Record<
      string,
      string
    >;
    files.set(code, found);
  }
  return found;
}

/** The content a page in this language shows (with the loader's fallback to English). */
export async function contentFor(tag: string): Promise<Content> {
  const { content } = await loadContent(tag, CONTENT_KEYS, async (code) => readContentFile(code));
  return content;
}

const catalogues = new Map<TestLocale, Record<string, string>>();

async function load(locale: TestLocale): Promise<Record<string, string>> {
  const cached = catalogues.get(locale);
  if (cached) return cached;
  const parsed = await parseMessagesFile(resolve(LOCALES_DIR, `${locale}.json`));
  const chrome = generateChromeMessages(parsed);
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(chrome)) {
    let message = value.message;
    // Chrome resolves named placeholders to their $n content before substitution.
    for (const [name, ph] of Object.entries(value.placeholders ?? {})) {
      message = message.replaceAll(`$${name}$`, ph.content);
    }
    flat[key] = message;
  }
  catalogues.set(locale, flat);
  return flat;
}

/**
 * The fake browser has no i18n.getMessage; give it the real catalogue, so
 * component tests see the words a user sees (and fail on a missing key), and
 * give the pages that language's health content, as a page would load it.
 */
export async function useLocale(locale: TestLocale): Promise<void> {
  const messages = await load(locale);
  const tag = messages.locale ?? locale;
  // Imported here, not at the top: this module loads in the setup file, before
  // the page modules' browser globals exist.
  const { setContent } = await import('@/components/use-content');
  setContent(await contentFor(tag));
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    if (key === '@@ui_locale') return locale;
    if (key === '@@bidi_dir') return messages.dir === 'rtl' ? 'rtl' : 'ltr';
    const message = messages[key];
    if (message === undefined) throw new Error(`Missing i18n key "${key}" in ${locale}`);
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => locale;
}

/**
 * The extension reads its content catalogues with fetch('/content/<code>.json')
 * (the worker: '/content/worker/<code>.json') from its own package; in tests
 * that fetch reads utils/content/locales, as the build writes them, and a file
 * that does not exist answers 404 as the package would.
 */
export function servePackagedContent(): void {
  const real = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /^\/content\/(worker\/)?([\w-]+)\.json$/.exec(url);
    if (!match?.[2]) return real(input, init);
    const file = resolve(CONTENT_DIR, `${match[2]}.json`);
    if (!existsSync(file)) return new Response('', { status: 404 });
    const all = readContentFile(match[2]);
    const part = match[1] ? Object.entries(all).filter(([key]) => isWorkerKey(key)) : null;
    return new Response(part ? JSON.stringify(Object.fromEntries(part)) : JSON.stringify(all), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

/** The text of a content key in one catalogue file, as written (English by default). */
export function text(key: ContentKey | undefined, code = 'en'): string {
  if (key === undefined) throw new Error('no content key');
  const found = readContentFile(code)[key];
  if (found === undefined) throw new Error(`${code}.json has no ${key}`);
  return found;
}
