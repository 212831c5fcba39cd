/**
 * Loading one language's content catalogue. The words of the health content
 * live in ./locales/<code>.json (written to /content/<code>.json in the build,
 * and the worker's part to /content/worker/<code>.json, see wxt.config.ts),
 * one file per language, so a page or the worker reads only the language in
 * use and adding a language is adding a file.
 *
 * Fallback, string by string: a language without a file reads English; a
 * file that lacks some keys gets those from English (loaded only then).
 */
import type { Content, ContentKey } from './types';

/** Reads the catalogue of one file code ('fr', 'pt_BR'); rejects when there is none. */
export type ReadCatalogue = (code: string) => Promise<unknown>;

export interface LoadedContent {
  /** The file code the strings come from ('en' when the language has no file). */
  readonly code: string;
  readonly content: Content;
}

/**
 * File codes to try for a language tag, most specific first, English last:
 * 'pt-BR' → pt_BR, pt, en; 'ar-EG' → ar_EG, ar, en. Catalogue files are named
 * like the interface catalogues (language, or language_REGION).
 */
export function contentCodes(tag: string): string[] {
  const [lang = '', region] = tag.trim().split(/[-_]/);
  const codes: string[] = [];
  if (/^[a-z]{2,3}$/i.test(lang)) {
    if (region && /^[a-z]{2}$/i.test(region)) {
      codes.push(`${lang.toLowerCase()}_${region.toUpperCase()}`);
    }
    codes.push(lang.toLowerCase());
  }
  if (!codes.includes('en')) codes.push('en');
  return codes;
}

function strings(raw: unknown): Record<string, string> {
  if (raw === null || typeof raw !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out;
}

/**
 * The content for a language tag (the interface catalogue's `locale`),
 * complete: `keys` are the keys the caller needs; any of them missing from
 * the language's file is taken from English.
 */
export async function loadContent(
  tag: string,
  keys: readonly ContentKey[],
  read: ReadCatalogue,
): Promise<LoadedContent> {
  for (const code of contentCodes(tag)) {
    let found: Record<string, string>;
    try {
      found = strings(await read(code));
    } catch {
      continue;
    }
    const missing = keys.filter((key) => !(key in found));
    if (missing.length === 0 || code === 'en') {
      return { code, content: Object.freeze(found) as Content };
    }
    const fallback = strings(await read('en').catch(() => ({})));
    return { code, content: Object.freeze({ ...fallback, ...found }) as Content };
  }
  throw new Error(`no content catalogue for ${tag}, not even English`);
}

/**
 * The file codes the build ships (wxt.config.ts defines them from
 * ./locales), so a language without a file is not even asked for; undefined
 * outside a build (tests), where every code is tried.
 */
declare const __CONTENT_LOCALES__: readonly string[] | undefined;
const SHIPPED: readonly string[] | undefined =
  typeof __CONTENT_LOCALES__ === 'undefined' ? undefined : __CONTENT_LOCALES__;

async function readFile(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`no content catalogue ${path}`);
  return response.json();
}

/** Reads /content/<code>.json, a whole catalogue, from the extension's own files. */
export const readPackaged: ReadCatalogue = async (code) =>
  readFile(`/content/${shipped(code)}.json`);

/** Reads /content/worker/<code>.json: only the keys the service worker shows (worker-keys.ts). */
export const readWorkerPart: ReadCatalogue = async (code) =>
  readFile(`/content/worker/${shipped(code)}.json`);

/**
 * A reader that has already asked for the first catalogue `loadContent(tag, …)`
 * will read (the first of the tag's codes the build ships), so a page can
 * start that read before the code that loads its content has arrived. That
 * read is handed out once; any other, or a second one, is asked for anew.
 */
export function readAhead(tag: string, read: ReadCatalogue = readPackaged): ReadCatalogue {
  const first = contentCodes(tag).find(isShipped) ?? 'en';
  let ahead: Promise<unknown> | null = read(first);
  ahead.catch(() => {}); // loadContent sees the failure when it asks, and moves on
  return (code) => {
    if (code !== first || !ahead) return read(code);
    const answer = ahead;
    ahead = null;
    return answer;
  };
}

const isShipped = (code: string) => !SHIPPED || SHIPPED.includes(code);

function shipped(code: string): string {
  if (!isShipped(code)) throw new Error(`no content catalogue ${code}`);
  return code;
}
