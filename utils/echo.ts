/**
 * Text from an untrusted file, made safe to show inside one of our sentences.
 *
 * A key in a settings file can hold anything: a right-to-left override that
 * reverses the rest of the line, a newline, a NUL, a word of Arabic in an
 * English sentence. So an echoed piece of text is
 * - escaped where a character would act instead of show: C0 and C1 controls,
 *   DEL, line and paragraph separators, the byte-order mark, every bidi
 *   control (marks, embeddings, overrides, isolates) and a surrogate with no
 *   partner become `\u202E`-style escapes, visible and inert;
 * - shortened by whole characters (grapheme clusters where the runtime can
 *   tell them, code points otherwise), never through a surrogate pair or an
 *   accent, with an ellipsis when something was cut;
 * - wrapped in first-strong isolation marks (U+2068 … U+2069) in every
 *   locale, so its own direction cannot reorder the sentence around it.
 */

/** Characters that steer layout or the terminal instead of showing as themselves. */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;

const escapeOne = (ch: string) =>
  `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with every active character written as an escape. */
export function escapeActive(text: string): string {
  return text.replace(ACTIVE, escapeOne);
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

function characters(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

/**
 * At most `max` UTF-16 units of escaped text, cut between characters, with
 * "…" after a cut (not counted in `max`).
 */
export function shorten(text: string, max: number): string {
  // Look at a little more than can be shown, and never at a 100 KB key whole;
  // the last character of a cut window may be incomplete, so it is not used.
  const window = text.slice(0, max * 2 + 8);
  const chars = characters(window);
  if (window.length < text.length) chars.pop();
  let out = '';
  for (const ch of chars) {
    const shown = escapeActive(ch);
    if (out.length + shown.length > max) return `${out}…`;
    out += shown;
  }
  return window.length < text.length ? `${out}…` : out;
}

/** Untrusted text ready for a sentence: escaped, shortened, isolated. */
export function echo(text: string, max = 40): string {
  return `\u2068${shorten(text, max)}\u2069`;
}
