import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolve } from 'node:path';

export type TestLocale = 'en' | 'ar';

const catalogues = new Map<TestLocale, Record<string, string>>();

async function load(locale: TestLocale): Promise<Record<string, string>> {
  const cached = catalogues.get(locale);
  if (cached) return cached;
  const parsed = await parseMessagesFile(resolve(__dirname, `../../locales/${locale}.json`));
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
 * component tests see the words a user sees (and fail on a missing key).
 */
export async function useLocale(locale: TestLocale): Promise<void> {
  const messages = await load(locale);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    if (key === '@@ui_locale') return locale;
    if (key === '@@bidi_dir') return locale === 'ar' ? 'rtl' : 'ltr';
    const message = messages[key];
    if (message === undefined) throw new Error(`Missing i18n key "${key}" in ${locale}`);
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => locale;
}
