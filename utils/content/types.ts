/**
 * Shared types for the health content. Plain data only: no DOM, no browser
 * APIs, so everything here can be imported from a service worker.
 */

export type Locale = 'en' | 'ar';

export const LOCALES: readonly Locale[] = Object.freeze(['en', 'ar'] as const);

/** One piece of user-facing text, given in every supported locale. */
export type Text = Readonly<Record<Locale, string>>;

/**
 * Maps a browser UI language tag ('ar', 'ar-EG', 'ar_SA', 'en-US', ...) to a
 * supported locale. Any Arabic variant gives 'ar'; everything else gives 'en'.
 */
export function pickLocale(uiLanguage: string): Locale {
  const primary = uiLanguage.trim().toLowerCase().split(/[-_]/, 1)[0];
  return primary === 'ar' ? 'ar' : 'en';
}
