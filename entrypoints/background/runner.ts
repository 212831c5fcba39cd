/**
 * Load, step, save, apply. Every browser event goes through `run`, one at a
 * time (events can overlap while storage calls are pending), so the tracker
 * state has one writer and no lost updates. The worker keeps nothing between
 * events: everything is read from storage each time.
 */
import { browser } from 'wxt/browser';
import { applyHistoryEffects } from '@/utils/history';
import { historyItem, loadHistory, loadSettings, loadTracker, trackerItem } from '@/utils/storage';
import { step } from '@/utils/tracker/step';
import type { Effect, StepResult, TrackerEvent } from '@/utils/tracker/types';
import type { Settings } from '@/utils/settings';
import { localDayKey } from '@/utils/time';
import { setBadge } from './badge';
import { openBreakWindow } from './break-window';
import { clearNotification, showNotification } from './notifications';

export const WAKE_ALARM = 'wake';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one event through the tracker, after every event before it. An event
 * that needs the browser's current state (idle, fullscreen) is given as a
 * function of the settings just loaded, so nothing is read twice.
 */
export function run(
  event: TrackerEvent | ((settings: Settings) => Promise<TrackerEvent>),
): Promise<StepResult> {
  const next = queue.then(async () => {
    const [state, settings] = await Promise.all([loadTracker(), loadSettings()]);
    const resolved = typeof event === 'function' ? await event(settings) : event;
    // Always a write: every step at least moves lastStepAt.
    const now = Date.now();
    const result = step(state, resolved, settings, now);
    await trackerItem.setValue(result.state);
    await apply(result.effects, settings, localDayKey(now));
    return result;
  });
  queue = next.catch((err) => console.error('[posture-break] step failed', err));
  return next;
}

async function apply(
  effects: readonly Effect[],
  settings: Settings,
  todayKey: string,
): Promise<void> {
  if (effects.some((e) => e.type === 'history' || e.type === 'longestStreak')) {
    const history = await loadHistory(todayKey);
    const updated = applyHistoryEffects(history, effects, todayKey);
    if (updated !== history) await historyItem.setValue(updated);
  }
  for (const effect of effects) {
    try {
      await applyOne(effect, settings);
    } catch (err) {
      // One failed effect (a blocked notification, say) must not stop the rest.
      console.error('[posture-break] effect failed', effect.type, err);
    }
  }
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
      return; // applied together above
  }
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
 * minimum); it is not kept across worker starts, so it is set at each.
 */
export function applyIdleThreshold(settings: Settings): number {
  const seconds = Math.max(15, settings.naturalBreakMinutes * 60);
  browser.idle.setDetectionInterval(seconds);
  return seconds;
}
