/**
 * The settings form's model: the draft the user edits, the errors shown next
 * to fields, and what saving says. Every write (a field, a preset, an import,
 * a reset) goes through the page's one coalescing writer
 * (utils/settings-writer.ts).
 *
 * Why it is shaped like this:
 * - storage.sync allows 120 writes a minute and 1 800 an hour, and rejects
 *   the rest. So typing never writes: a change is committed on `change`/blur
 *   or after a pause in typing, a commit writes only a valid draft that
 *   differs from what is stored, and the writer spaces writes at least
 *   `minGapMs` apart (a burst of clicks coalesces into the latest value).
 * - Nothing is written while any field is invalid; the draft keeps what the
 *   user typed, so the message sits next to their own input.
 * - Another tab (or an import) may change the stored settings: fields the user
 *   has not touched follow it; fields they are editing keep their text.
 */
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Store } from '@/components/store';
import { pageClock } from '@/components/page-clock';
import {
  validateSettings,
  type DayHours,
  type Settings,
  type SettingsErrors,
} from '@/utils/settings';
import { sameData } from '@/utils/settings-file';
import { createSettingsWriter, DEFAULT_MIN_GAP_MS, type SaveResult } from '@/utils/settings-writer';
import { fromDraft, toDraft, type Draft } from './draft';

export interface FormTiming {
  /** Pause after the last keystroke before a typed value is committed. */
  debounceMs: number;
  /** Least time between two writes to storage.sync. */
  minGapMs: number;
}

export const DEFAULT_TIMING: FormTiming = { debounceMs: 700, minGapMs: DEFAULT_MIN_GAP_MS };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; note?: string }
  | { kind: 'invalid' }
  /** The browser's write quota was used up: the writer tries again in `waitMs`. */
  | { kind: 'waiting'; waitMs: number }
  | { kind: 'failed'; reason: string };

export type { SaveResult };

/** 'soon' waits for a pause in typing; 'now' commits at once (change, blur, a click). */
export type When = 'soon' | 'now';

export interface SettingsForm {
  draft: ReadonlySignal<Draft>;
  /** Errors by dotted path, as of the last commit. */
  errors: ReadonlySignal<SettingsErrors>;
  state: ReadonlySignal<SaveState>;
  /** The settings as last stored. */
  saved: ReadonlySignal<Settings>;
  edit(patch: Partial<Draft>, when?: When): void;
  editDay(index: number, patch: Partial<DayHours>, when?: When): void;
  /** Validates the draft now and saves it when valid and changed. */
  commit(): void;
  /** Replaces every field (preset, reset, import) and saves; resolves once stored or refused. */
  replace(settings: Settings, note?: string): Promise<SaveResult>;
  /** Writes what is waiting at once, quota spacing aside: the page is going away. */
  flush(): void;
  dispose(): void;
}

export function createSettingsForm(
  store: Store,
  timing: FormTiming = DEFAULT_TIMING,
): SettingsForm {
  const initial = store.snapshot.peek()?.settings;
  if (!initial) throw new Error('createSettingsForm before store.start()');
  const saved = signal(initial);
  const draft = signal(toDraft(initial));
  const errors = signal<SettingsErrors>({});
  const state = signal<SaveState>({ kind: 'idle' });

  /** The note of the preset, reset or import waiting to be saved, shown once it is. */
  let note: string | undefined;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Stored settings changed: untouched fields follow, edited ones keep their text. */
  function adopt(next: Settings) {
    const before = toDraft(saved.peek());
    if (sameData(next, saved.peek())) return;
    const after = toDraft(next);
    const current = draft.peek();
    const merged: Record<string, unknown> = { ...current };
    for (const key of Object.keys(after) as (keyof Draft)[]) {
      if (sameData(current[key], before[key])) merged[key] = after[key];
    }
    saved.value = next;
    draft.value = merged as Draft;
  }

  const stopWatching = effect(() => {
    const next = store.snapshot.value?.settings;
    if (next) adopt(next);
  });

  const writer = createSettingsWriter({
    write: (settings) => store.backend.saveSettings(settings),
    isStored: (settings) => sameData(settings, saved.peek()),
    minGapMs: timing.minGapMs,
    clock: pageClock,
    onWaiting(retryAt) {
      state.value = { kind: 'waiting', waitMs: retryAt - Date.now() };
    },
    onSettled(result, settings, wrote) {
      if (!result.ok) {
        state.value = { kind: 'failed', reason: result.reason };
        return;
      }
      const shown = note;
      note = undefined;
      adopt(settings);
      if (wrote || shown || state.peek().kind !== 'idle')
        state.value = { kind: 'saved', note: shown };
    },
  });

  function commit() {
    clearTimeout(debounceTimer);
    debounceTimer = undefined;
    const result = validateSettings(fromDraft(draft.peek()));
    if (!result.ok) {
      errors.value = result.errors;
      state.value = { kind: 'invalid' };
      // A valid value still waiting for its turn must not slip out now.
      writer.cancel();
      note = undefined;
      return;
    }
    if (Object.keys(errors.peek()).length > 0) errors.value = {};
    void writer.save(result.settings);
  }

  function schedule(when: When) {
    if (when === 'now') return commit();
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(commit, timing.debounceMs);
  }

  return {
    draft,
    errors,
    state,
    saved,
    edit(patch, when = 'soon') {
      draft.value = { ...draft.peek(), ...patch };
      schedule(when);
    },
    editDay(index, patch, when = 'soon') {
      const days = draft
        .peek()
        .activeDays.map((day, i) => (i === index ? { ...day, ...patch } : day));
      draft.value = { ...draft.peek(), activeDays: days };
      schedule(when);
    },
    commit,
    replace(settings, shownNote) {
      clearTimeout(debounceTimer);
      debounceTimer = undefined;
      draft.value = toDraft(settings);
      errors.value = {};
      if (shownNote) note = shownNote;
      return writer.save(settings);
    },
    flush() {
      if (debounceTimer !== undefined) commit();
      writer.flush();
    },
    dispose() {
      clearTimeout(debounceTimer);
      writer.dispose();
      stopWatching();
    },
  };
}
