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

/**
 * Where a piece of health content comes from: 'article' is the seed article
 * (/work/shared/seed/back-cramps.md), in our words; 'general' is widely given
 * safety guidance that the article lacks. General guidance is always shown
 * under GENERAL_GUIDANCE_LABEL, so a reader can tell the two apart.
 */
export type Source = 'article' | 'general';

/** A short note beside a step, cause or symptom, with where it comes from. */
export interface Note {
  readonly id: string;
  readonly source: Source;
  readonly text: Text;
}
