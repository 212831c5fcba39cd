/**
 * Observe, load, step, save, apply. Every browser event goes through `run`,
 * one at a time (events can overlap while storage calls are pending), so the
 * tracker state has one writer and no lost updates. The worker keeps nothing
 * between events: everything is read from storage each time.
 *
 * The order makes every reminder come at least once and never twice, and
 * keeps an alarm whenever the phase needs one, whichever call fails or
 * wherever the worker dies:
 * 1. A retry alarm first (unless one is due sooner): if anything below fails,
 *    the run comes back in RETRY_MS.
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
import { MINUTE, SECOND } from '@/utils/time';
import { setBadge } from './badge';
import { openBreakWindow } from './break-window';
import { clearNotification, showNotification } from './notifications';

export const WAKE_ALARM = 'wake';
/** 30 s: the shortest alarm a packed extension may set. */
export const RETRY_MS = 30 * SECOND;
/** An effect left undone longer than this is stale: a reminder that late is dropped. */
const OUTBOX_TTL_MS = 5 * MINUTE;

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
    await retryAlarm(Date.now() + RETRY_MS);
    const [state, settings, outbox] = await Promise.all([
      loadTracker(),
      loadSettings(),
      outboxItem.getValue(),
    ]);
    await finish(outbox, settings, Date.now());
    const event = await observe(happening, settings, state.idle);
    const now = Date.now();
    const result = step(state, event, settings, now);
    const history = result.effects.some((e) => e.type === 'history' || e.type === 'longestStreak')
      ? applyHistoryEffects(await loadHistory(), result.effects)
      : undefined;
    const todo: Outbox = result.effects
      .filter((e) => e.type !== 'history' && e.type !== 'longestStreak')
      .map((effect) => ({ at: now, effect }));
    await storage.setItems([
      { item: trackerItem, value: result.state },
      { item: outboxItem, value: todo },
      ...(history ? [{ item: historyItem, value: history }] : []),
    ]);
    const failed = await applyAll(todo, settings);
    await outboxItem.setValue(failed);
    if (failed.length > 0) await retryAlarm(Date.now() + RETRY_MS);
    return result;
  });
}

/** Makes sure the wake-up alarm fires by `when` at the latest. */
async function retryAlarm(when: number): Promise<void> {
  try {
    const existing = await browser.alarms.get(WAKE_ALARM);
    if (!existing || existing.scheduledTime > when)
      await browser.alarms.create(WAKE_ALARM, { when });
  } catch (err) {
    console.error('[posture-break] retry alarm failed', err);
  }
}

/** What a dead worker or a failed call left undone, minus what this run redoes anyway. */
async function finish(outbox: Outbox, settings: Settings, now: number): Promise<void> {
  const left = outbox.filter(
    ({ at, effect }) =>
      now - at < OUTBOX_TTL_MS && effect.type !== 'schedule' && effect.type !== 'badge',
  );
  if (left.length === 0) return;
  let shown: string[] = [];
  try {
    shown = Object.keys(await browser.notifications.getAll());
  } catch {
    // unknown: show again rather than lose a reminder
  }
  await applyAll(
    left.filter(
      ({ effect }) =>
        !(effect.type === 'notify' && effect.kind !== 'test' && shown.includes(effect.kind)),
    ),
    settings,
  );
}

/** The event with what the browser says now. */
async function observe(
  happening: Happening,
  settings: Settings,
  lastIdle: IdleState,
): Promise<TrackerEvent> {
  const seconds = applyIdleThreshold(settings);
  const [idle, audible, fullscreen] = await Promise.all([
    happening.type === 'idle' ? happening.idle : queryIdle(seconds, lastIdle),
    isAudible(),
    isFullscreen(),
  ]);
  const seen = { idle, audible, fullscreen };
  if (happening.type === 'idle') return { type: 'idle', seen };
  if (happening.type === 'start') return { type: 'start', fresh: await freshSession(), seen };
  return { ...happening, seen };
}

async function queryIdle(seconds: number, fallback: IdleState): Promise<IdleState> {
  try {
    return await browser.idle.queryState(seconds);
  } catch {
    return fallback;
  }
}

/** True once per browser session (storage.session empties when the browser or extension restarts). */
async function freshSession(): Promise<boolean> {
  try {
    if (await sessionSeenItem.getValue()) return false;
    await sessionSeenItem.setValue(true);
  } catch {
    // no session storage: take the start as fresh, which never books unseen time
  }
  return true;
}

/** Carries out each effect on its own; returns the ones that failed. */
async function applyAll(todo: Outbox, settings: Settings): Promise<Outbox> {
  const failed: Outbox = [];
  for (const entry of todo) {
    try {
      await applyOne(entry.effect, settings);
    } catch (err) {
      console.error('[posture-break] effect failed', entry.effect.type, err);
      failed.push(entry);
    }
  }
  return failed;
}

async function applyOne(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'schedule':
      if (effect.at === null) await browser.alarms.clear(WAKE_ALARM);
      else {
        const existing = await browser.alarms.get(WAKE_ALARM);
        if (existing?.scheduledTime !== effect.at)
          await browser.alarms.create(WAKE_ALARM, { when: effect.at });
      }
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
    case 'history':
    case 'longestStreak':
      return; // written with the state
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
