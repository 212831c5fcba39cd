/**
 * Shared types for the health content. Plain data only: no DOM, no browser
 * APIs, so everything here can be imported from a service worker.
 *
 * The words live in per-language catalogues (./locales/<code>.json, see
 * ./locales/README.md); the TypeScript keeps the structure: ids, order,
 * timers and their minutes, sources, which tips fit a nudge. Each piece of
 * text in the structure is a key into the catalogue.
 */
import type english from './locales/en.json';

/** A key of the content catalogue; English (en.json) has every key. */
export type ContentKey = keyof typeof english;

/** One piece of user-facing text: its key in the content catalogue. */
export type Text = ContentKey;

/** One language's content catalogue, complete (missing strings filled from English). */
export type Content = Readonly<Record<ContentKey, string>>;

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
