/**
 * Observe, load, step, save, apply. Every browser event goes through `run`,
 * one at a time (events can overlap while storage calls are pending), so the
 * tracker state has one writer and no lost updates. The worker keeps nothing
 * between events: everything is read from storage each time.
 *
 * The order makes every reminder come at least once and never twice, and
 * keeps an alarm whenever the phase needs one, whichever call fails or
 * wherever the worker dies:
 * 1. A retry alarm first: if anything below fails, the run comes back in
 *    RETRY_MS (a wake-up due sooner waits that long only then).
 * 2. What the last run left undone (its outbox) is finished, skipping a
 *    notification that is already on screen.
 * 3. The browser is asked what it sees now; the tracker steps.
 * 4. One write holds the new state, the day's history and the effects still
 *    to carry out, so none of them can be saved without the others.
 * 5. The effects are carried out, each on its own; the ones that failed stay
 *    in the outbox for the retry.
 */
import { browser } from 'wxt/browser';
import { applyHistoryEffects } from '@/utils/history';
import {
  historyItem,
  loadHistory,
  loadSettings,
  loadTracker,
  outboxItem,
  sessionSeenItem,
  trackerItem,
  type Outbox,
} from '@/utils/storage';
import { storage } from 'wxt/utils/storage';
import { step } from '@/utils/tracker/step';
import type { Effect, IdleState, StepResult, TrackerEvent } from '@/utils/tracker/types';
import type { Settings } from '@/utils/settings';
import { localDayKey, MINUTE, SECOND } from '@/utils/time';
import { setBadge } from './badge';
import { openBreakWindow } from './break-window';
import { clearNotification, showNotification } from './notifications';

export const WAKE_ALARM = 'wake';
/** 30 s: the shortest alarm a packed extension may set. */
export const RETRY_MS = 30 * SECOND;

/** An event as the listeners know it; the runner adds what the browser sees (and, at a start, whether it is a fresh one). */
export type Happening =
  | { type: 'start' }
  | { type: 'wake'; scheduledFor: number }
  | { type: 'idle'; idle: IdleState }
  | { type: 'settings' }
  | { type: 'command'; command: Extract<TrackerEvent, { type: 'command' }>['command'] };

let queue: Promise<unknown> = Promise.resolve();

/** A new worker starts with an empty queue (tests start several in one module). */
export function resetRunner(): void {
  queue = Promise.resolve();
}

/** Runs `job` after every run before it, in the same queue (one writer per key). */
export function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job);
  queue = next.catch((err) => console.error('[posture-break] run failed', err));
  return next;
}

/** Runs one event through the tracker, after every event before it. */
export function run(happening: Happening): Promise<StepResult> {
  return exclusive(async () => {
    await retryAlarm();
    const [state, settings, outbox] = await Promise.all([
      loadTracker(),
      loadSettings(),
      outboxItem.getValue(),
    ]);
    await finish(outbox, settings, Date.now());
    const event = await observe(happening, settings);
    const now = Date.now();
    const result = step(state, event, settings, now);
    const todo = result.effects.filter((e) => e.type !== 'history' && e.type !== 'longestStreak');
    const history =
      todo.length < result.effects.length
        ? applyHistoryEffects(await loadHistory(localDayKey(now)), result.effects, localDayKey(now))
        : undefined;
    await storage.setItems([
      { item: trackerItem, value: result.state },
      { item: outboxItem, value: { at: now, effects: todo } },
      ...(history ? [{ item: historyItem, value: history }] : []),
    ]);
    const failed = await applyAll(todo, settings);
    await outboxItem.setValue({ at: now, effects: failed });
    if (failed.length > 0) await retryAlarm();
    return result;
  });
}

/** The wake-up alarm in RETRY_MS; a run that ends well sets the real one. */
async function retryAlarm(): Promise<void> {
  try {
    await browser.alarms.create(WAKE_ALARM, { when: Date.now() + RETRY_MS });
  } catch {
    // nothing better to do: the run goes on and sets the alarm at its end
  }
}

/** What a dead worker or a failed call left undone, minus what this run redoes anyway. */
async function finish(outbox: Outbox, settings: Settings, now: number): Promise<void> {
  // Nothing left (every run that ended well), or left longer than the
  // natural-break threshold, so stale (as a late wake-up is): no browser call.
  if (outbox.effects.length === 0 || now - outbox.at >= settings.naturalBreakMinutes * MINUTE)
    return;
  // Unknown (the call failed): show again rather than lose a reminder.
  const shown = await browser.notifications.getAll().catch(() => ({}));
  await applyAll(
    outbox.effects.filter(
      (e) =>
        e.type !== 'schedule' && e.type !== 'badge' && !(e.type === 'notify' && e.kind in shown),
    ),
    settings,
  );
}

/** The event with what the browser says now. */
async function observe(happening: Happening, settings: Settings): Promise<TrackerEvent> {
  const seconds = applyIdleThreshold(settings);
  const seen = {
    idle: happening.type === 'idle' ? happening.idle : await browser.idle.queryState(seconds),
    audible: await isAudible(),
    fullscreen: await isFullscreen(),
  };
  return happening.type === 'start'
    ? { type: 'start', fresh: await freshSession(), seen }
    : { ...happening, seen };
}

/** True once per browser session (storage.session empties when the browser or extension restarts). */
async function freshSession(): Promise<boolean> {
  if (await sessionSeenItem.getValue()) return false;
  await sessionSeenItem.setValue(true);
  return true;
}

/** Carries out each effect on its own; returns the ones that failed. */
async function applyAll(todo: Effect[], settings: Settings): Promise<Effect[]> {
  const failed: Effect[] = [];
  for (const effect of todo) {
    try {
      await applyOne(effect, settings);
    } catch (err) {
      console.error('[posture-break] effect failed', effect, err);
      failed.push(effect);
    }
  }
  return failed;
}

async function applyOne(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'schedule':
      // Always set: the run began by putting a retry alarm in its place.
      if (effect.at === null) await browser.alarms.clear(WAKE_ALARM);
      else await browser.alarms.create(WAKE_ALARM, { when: effect.at });
      return;
    case 'notify':
      if (effect.kind === 'break' && effect.via === 'window') await openBreakWindow();
      else await showNotification(effect, settings);
      return;
    case 'clearNotification':
      await clearNotification(effect.kind);
      return;
    case 'openBreakWindow':
      await openBreakWindow();
      return;
    case 'badge':
      await setBadge(effect.badge);
      return;
    // history and longestStreak are written with the state
  }
}

/** Empties the history, in the runner's queue so no step running meanwhile writes old days back. */
export function clearHistory(): Promise<void> {
  return exclusive(() => historyItem.setValue({}));
}

/** The fullscreen flag and audible tabs, as the tracker's events need them. */
export async function isFullscreen(): Promise<boolean> {
  try {
    const w = await browser.windows.getLastFocused();
    return w.state === 'fullscreen' && w.focused === true;
  } catch {
    return false;
  }
}

export async function isAudible(): Promise<boolean> {
  try {
    return (await browser.tabs.query({ audible: true })).length > 0;
  } catch {
    return false;
  }
}

/**
 * The idle API's threshold follows the natural-break setting (15 s is its
 * minimum); it is not kept across worker starts, so it is set at each run.
 */
export function applyIdleThreshold(settings: Settings): number {
  const seconds = Math.max(15, settings.naturalBreakMinutes * 60);
  browser.idle.setDetectionInterval(seconds);
  return seconds;
}
