import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/utils/settings';
import { sameData } from '@/utils/settings-file';
import {
  createSettingsWriter,
  DEFAULT_MIN_GAP_MS,
  quotaRetryDelay,
  type SaveResult,
} from '@/utils/settings-writer';
import { HOUR, MINUTE, SECOND } from '@/utils/time';
import { syncQuota } from '../helpers/sync-quota';

const withBreak = (breakMinutes: number): Settings => ({ ...defaultSettings(), breakMinutes });

/** A writer over an in-memory storage.sync that enforces the write quotas. */
function setup(opts: { minGapMs?: number; fail?: (n: number) => Error | undefined } = {}) {
  let stored = defaultSettings();
  const quota = syncQuota();
  const writes: { at: number; settings: Settings }[] = [];
  const waiting: number[] = [];
  const settled: SaveResult[] = [];
  const writer = createSettingsWriter({
    async write(settings) {
      const failure = opts.fail?.(writes.length);
      writes.push({ at: Date.now(), settings });
      if (failure) throw failure;
      quota.check();
      stored = settings;
    },
    isStored: (settings) => sameData(settings, stored),
    minGapMs: opts.minGapMs ?? DEFAULT_MIN_GAP_MS,
    clock: { now: () => Date.now(), setTimeout, clearTimeout },
    onWaiting: (at) => waiting.push(at),
    onSettled: (result) => settled.push(result),
  });
  return { writer, quota, writes, waiting, settled, stored: () => stored };
}

describe('settings writer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the first value at once', async () => {
    const { writer, writes } = setup();
    const result = writer.save(withBreak(7));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    await expect(result).resolves.toEqual({ ok: true });
  });

  it('does not write a value that is stored already', async () => {
    const { writer, writes } = setup();
    await expect(writer.save(defaultSettings())).resolves.toEqual({ ok: true });
    expect(writes).toHaveLength(0);
  });

  it('coalesces a burst into the latest value, and tells every caller', async () => {
    const { writer, writes, stored } = setup();
    const results = [1, 2, 3, 4, 5].map((n) => writer.save(withBreak(n)));
    await vi.advanceTimersByTimeAsync(DEFAULT_MIN_GAP_MS);
    expect(writes.map((w) => w.settings.breakMinutes)).toEqual([1, 5]);
    expect(stored().breakMinutes).toBe(5);
    expect(await Promise.all(results)).toEqual(Array(5).fill({ ok: true }));
  });

  it('no burst reaches the sync quota: any stream of saves, for up to an hour', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3 * SECOND }), fc.integer({ min: 1, max: 60 })),
          {
            minLength: 1,
            maxLength: 400,
          },
        ),
        async (burst) => {
          vi.setSystemTime(0);
          const { writer, writes, quota, stored } = setup();
          const results: Promise<SaveResult>[] = [];
          for (const [pause, minutes] of burst) {
            results.push(writer.save(withBreak(minutes)));
            await vi.advanceTimersByTimeAsync(pause);
          }
          await vi.advanceTimersByTimeAsync(DEFAULT_MIN_GAP_MS);
          expect(quota.refused).toBe(0);
          for (let i = 1; i < writes.length; i++)
            expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(DEFAULT_MIN_GAP_MS);
          expect(stored().breakMinutes).toBe(burst.at(-1)![1]);
          expect((await Promise.all(results)).every((r) => r.ok)).toBe(true);
          writer.dispose();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('holds 1 800 saves an hour (one every two seconds) inside the hourly quota', async () => {
    const { writer, quota } = setup();
    for (let i = 0; i < 1900; i++) {
      void writer.save(withBreak((i % 60) + 1));
      await vi.advanceTimersByTimeAsync(2 * SECOND);
    }
    expect(quota.refused).toBe(0);
  });

  it('over the minute quota: waits for the window, tries again with the newest value, and succeeds', async () => {
    const quotaError = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    const { writer, writes, waiting, stored } = setup({
      fail: (n) => (n === 0 ? quotaError : undefined),
    });
    const first = writer.save(withBreak(7));
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting).toEqual([Date.now() + MINUTE + 5 * SECOND]);
    const second = writer.save(withBreak(8));
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(writes).toHaveLength(1); // nothing more inside the window
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    expect(writes.map((w) => w.settings.breakMinutes)).toEqual([7, 8]);
    expect(stored().breakMinutes).toBe(8);
    expect(await Promise.all([first, second])).toEqual([{ ok: true }, { ok: true }]);
  });

  it('over the quota again after the window: the callers are told it failed', async () => {
    const quotaError = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    const { writer, writes, settled } = setup({ fail: () => quotaError });
    const result = writer.save(withBreak(7));
    await vi.advanceTimersByTimeAsync(HOUR + 5 * SECOND);
    expect(writes).toHaveLength(2);
    await expect(result).resolves.toEqual({ ok: false, reason: quotaError.message });
    expect(settled).toEqual([{ ok: false, reason: quotaError.message }]);
  });

  it('a storage error that waiting cannot fix fails at once', async () => {
    const { writer, writes, waiting } = setup({
      fail: () => new Error('QUOTA_BYTES quota exceeded'),
    });
    await expect(writer.save(withBreak(7))).resolves.toEqual({
      ok: false,
      reason: 'QUOTA_BYTES quota exceeded',
    });
    expect(writes).toHaveLength(1);
    expect(waiting).toEqual([]);
  });

  it('cancel drops the value still waiting; flush writes it now', async () => {
    const { writer, writes } = setup();
    void writer.save(withBreak(1));
    const dropped = writer.save(withBreak(2));
    writer.cancel();
    await expect(dropped).resolves.toEqual({ ok: false, reason: '' });
    const flushed = writer.save(withBreak(3));
    writer.flush();
    await expect(flushed).resolves.toEqual({ ok: true });
    expect(writes.map((w) => w.settings.breakMinutes)).toEqual([1, 3]);
  });

  it.each([
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', MINUTE + 5 * SECOND],
    [
      'This request exceeds the MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota.',
      MINUTE + 5 * SECOND,
    ],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', HOUR + 5 * SECOND],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', undefined],
    ['IO error: .../LOCK: File currently in use.', undefined],
  ])('%s: retry after %s ms', (message, delay) => {
    expect(quotaRetryDelay(new Error(message))).toBe(delay);
  });
});

describe('the page clock', () => {
  it('calls the browser timers as functions, not as methods of the clock (Chromium: "Illegal invocation")', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    // As in a browser: the timer functions refuse any `this` but the global object.
    function strictSetTimeout(this: unknown, run: () => void, ms?: number) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return realSetTimeout(run, ms);
    }
    function strictClearTimeout(this: unknown, handle?: ReturnType<typeof setTimeout>) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      realClearTimeout(handle);
    }
    vi.stubGlobal('setTimeout', strictSetTimeout);
    vi.stubGlobal('clearTimeout', strictClearTimeout);
    try {
      const { pageClock } = await import('@/components/page-clock');
      let stored = defaultSettings();
      const writer = createSettingsWriter({
        write: async (s) => {
          stored = s;
        },
        isStored: (s) => sameData(s, stored),
        minGapMs: 5,
        clock: pageClock,
      });
      const results = [
        writer.save(withBreak(1)),
        writer.save(withBreak(2)),
        writer.save(withBreak(3)),
      ];
      writer.cancel();
      const last = writer.save(withBreak(4));
      expect(await last).toEqual({ ok: true });
      expect(stored.breakMinutes).toBe(4);
      await Promise.all(results);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
