/**
 * The one way a page writes settings to storage.sync: a coalescing writer.
 *
 * Why it is shaped like this:
 * - storage.sync takes 120 writes a minute and 1 800 an hour and rejects the
 *   rest, for every page of the extension at once. A burst of user actions
 *   (an arrow key held on the welcome page's preset cards, a checkbox clicked
 *   ten times a second) must never reach that, or every other save fails for
 *   up to a minute. So writes are spaced at least `minGapMs` apart and what
 *   arrives in between coalesces: only the latest value is written, and every
 *   caller whose value it replaced is told the outcome of that write.
 * - With the default gap one page writes at most 24 times a minute and 1 440
 *   an hour; the welcome page and the options page open together stay inside
 *   the minute quota too.
 * - Should the quota still be exhausted (another device, an older version
 *   of the extension), the write is tried once more after the quota's window,
 *   and the page is told it is waiting; a second refusal is reported.
 *
 * No clock of its own: the page hands in `now` and a timer.
 */
import type { Settings } from './settings-core';
import { HOUR, MINUTE, SECOND } from './time';

export type SaveResult = { ok: true } | { ok: false; reason: string };

/** 2.5 s between writes: 24 a minute, 1 440 an hour, inside both sync quotas. */
export const DEFAULT_MIN_GAP_MS = 2.5 * SECOND;

export interface WriterClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WriterOptions {
  write(settings: Settings): Promise<void>;
  /** What storage holds, as far as the page knows: a value equal to it is not written again. */
  isStored(settings: Settings): boolean;
  minGapMs: number;
  clock: WriterClock;
  /** A write hit the rate quota and will be tried again at `retryAt`. */
  onWaiting?(retryAt: number): void;
  /**
   * A value was stored (`wrote`), found stored already, or finally refused;
   * once per value, not per caller.
   */
  onSettled?(result: SaveResult, settings: Settings, wrote: boolean): void;
}

export interface SettingsWriter {
  /** Queues `settings`; resolves once it, or a later value that replaced it, is stored or refused. */
  save(settings: Settings): Promise<SaveResult>;
  /** Drops the value still waiting (it is no longer wanted); its callers get a refusal. */
  cancel(): void;
  /** Writes what is waiting now, spacing aside: the page is going away. */
  flush(): void;
  dispose(): void;
}

/**
 * How long to wait before trying again after `err`, or undefined when trying
 * again cannot help (a size quota, a storage failure). Chrome names the rate
 * quota it hit in the message ("This request exceeds the
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota."); a little margin past the window
 * keeps the retry clear of its edge.
 */
export function quotaRetryDelay(err: unknown): number | undefined {
  const message = err instanceof Error ? err.message : String(err);
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/.test(message)) return HOUR + 5 * SECOND;
  if (/MAX_(SUSTAINED_)?WRITE_OPERATIONS_PER_MINUTE/.test(message)) return MINUTE + 5 * SECOND;
  return undefined;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Job {
  settings: Settings;
  waiters: ((result: SaveResult) => void)[];
  /** Set once the job has been refused for the rate quota and is waiting for its retry. */
  retry: boolean;
}

export function createSettingsWriter(options: WriterOptions): SettingsWriter {
  const { clock } = options;
  let pending: Job | null = null;
  let writing = false;
  let lastWriteAt = -Infinity;
  /** Not before this moment: the gap after the last write, or the quota window. */
  let notBefore = -Infinity;
  let timer: unknown;

  const settle = (job: Job, result: SaveResult, wrote: boolean) => {
    options.onSettled?.(result, job.settings, wrote);
    for (const resolve of job.waiters) resolve(result);
  };

  const arm = (at: number) => {
    if (timer !== undefined) return;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        pump(false);
      },
      Math.max(0, at - clock.now()),
    );
  };

  const disarm = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  function pump(ignoreWait: boolean) {
    if (writing || !pending) return;
    const job = pending;
    if (options.isStored(job.settings)) {
      pending = null;
      settle(job, { ok: true }, false);
      return;
    }
    const at = Math.max(lastWriteAt + options.minGapMs, notBefore);
    if (clock.now() < at && !ignoreWait) return arm(at);
    pending = null;
    writing = true;
    lastWriteAt = clock.now();
    options.write(job.settings).then(
      () => finish(job, { ok: true }),
      (err: unknown) => {
        const delay = quotaRetryDelay(err);
        if (delay === undefined || job.retry)
          return finish(job, { ok: false, reason: reasonOf(err) });
        // Try again after the window, with whatever is newest by then.
        writing = false;
        notBefore = clock.now() + delay;
        pending = pending
          ? {
              settings: pending.settings,
              waiters: [...job.waiters, ...pending.waiters],
              retry: true,
            }
          : { ...job, retry: true };
        options.onWaiting?.(notBefore);
        pump(false);
      },
    );
  }

  function finish(job: Job, result: SaveResult) {
    writing = false;
    settle(job, result, true);
    pump(false);
  }

  return {
    save(settings) {
      return new Promise((resolve) => {
        pending = {
          settings,
          waiters: [...(pending?.waiters ?? []), resolve],
          retry: pending?.retry ?? false,
        };
        pump(false);
      });
    },
    cancel() {
      const job = pending;
      pending = null;
      disarm();
      if (job) for (const resolve of job.waiters) resolve({ ok: false, reason: '' });
    },
    flush() {
      disarm();
      pump(true);
    },
    dispose() {
      disarm();
    },
  };
}
