/**
 * Invariants of the tracker over random days: random settings, user input,
 * sleeps, clock changes and worker restarts, driven through the Sim (which
 * fires the wake-up alarm on time, as the browser does).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '@/utils/settings-core';
import { applyHistoryEffects } from '@/utils/history';
import { activeWindow } from '@/utils/tracker/active-hours';
import { repairState } from '@/utils/tracker/state';
import { viewOf } from '@/utils/tracker/view';
import type { Command, Observation } from '@/utils/tracker/types';
import { HOUR, MINUTE, localDayKey } from '@/utils/time';
import { Sim, T0, settingsWith } from './sim';

const clock = fc
  .integer({ min: 0, max: 23 * 60 + 59 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const dayHours = fc.tuple(fc.boolean(), clock, clock).map(([enabled, a, b]) => {
  const [start, end] = a < b ? [a, b] : [b, a];
  return { enabled: enabled && start !== end, start, end };
});

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    nudgeEnabled: fc.boolean(),
    nudgeIntervalMinutes: fc.integer({ min: 1, max: 30 }),
    breakGap: fc.integer({ min: 1, max: 40 }),
    breakMinutes: fc.integer({ min: 1, max: 10 }),
    snoozeMinutes: fc.integer({ min: 1, max: 15 }),
    repeatIntervalMinutes: fc.integer({ min: 1, max: 15 }),
    repeatCount: fc.integer({ min: 0, max: 3 }),
    naturalBreakMinutes: fc.integer({ min: 1, max: 10 }),
    breakAction: fc.constantFrom('notification' as const, 'window' as const),
    holdWhileFullscreen: fc.boolean(),
    holdMaxMinutes: fc.integer({ min: 1, max: 15 }),
    audibleCountsAsSitting: fc.boolean(),
    badgeStyle: fc.constantFrom('quiet' as const, 'countdown' as const),
    activeHoursEnabled: fc.boolean(),
    activeDays: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
  })
  .map(({ breakGap, ...s }) =>
    settingsWith({ ...s, breakIntervalMinutes: s.nudgeIntervalMinutes + breakGap }),
  );

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom<Command>(
    { type: 'takeBreak' },
    { type: 'done' },
    { type: 'snooze' },
    { type: 'skip' },
    { type: 'resume' },
    { type: 'togglePause' },
    { type: 'cancelRelief' },
    { type: 'pause', length: 'tomorrow' },
    { type: 'pause', length: 'indefinite' },
  ),
  fc
    .integer({ min: 1, max: 180 })
    .map((minutes): Command => ({ type: 'pause', length: { minutes } })),
  fc
    .record({
      timer: fc.constantFrom(
        'cold' as const,
        'warm' as const,
        'massage' as const,
        'towel' as const,
      ),
      confirmEarly: fc.boolean(),
    })
    .map((r): Command => ({ type: 'startRelief', ...r })),
);

type Idle = 'active' | 'idle' | 'locked';
const idleArb = fc.constantFrom<Idle>('active', 'idle', 'locked');

type Action =
  | { kind: 'advance'; ms: number }
  /** The machine sleeps; the user and the sound are drawn anew, independent of the tracker. */
  | { kind: 'sleep'; ms: number; idle: Idle; audible: boolean }
  /** The browser is closed for `ms` and opened again. */
  | { kind: 'browserRestart'; ms: number; idle: Idle; audible: boolean }
  | { kind: 'clockBack'; ms: number }
  | { kind: 'idle'; idle: Idle; audible: boolean }
  /** A tab starts or stops playing sound: no event, only later observations see it. */
  | { kind: 'sound'; audible: boolean }
  | { kind: 'fullscreen'; fullscreen: boolean }
  | { kind: 'command'; command: Command }
  | { kind: 'settings'; settings: Settings }
  | { kind: 'restart' };

const gap = (max: number) =>
  fc.record({ ms: fc.integer({ min: 0, max }), idle: idleArb, audible: fc.boolean() });

const actionArb = (withClockBack: boolean): fc.Arbitrary<Action> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .integer({ min: 0, max: 90 * MINUTE })
        .map((ms): Action => ({ kind: 'advance', ms })),
    },
    // Sleeps both shorter and longer than the next wake-up.
    { weight: 2, arbitrary: gap(12 * HOUR).map((r): Action => ({ kind: 'sleep', ...r })) },
    { weight: 1, arbitrary: gap(30 * MINUTE).map((r): Action => ({ kind: 'sleep', ...r })) },
    { weight: 1, arbitrary: gap(12 * HOUR).map((r): Action => ({ kind: 'browserRestart', ...r })) },
    {
      weight: withClockBack ? 1 : 0,
      arbitrary: fc
        .integer({ min: 1, max: 3 * HOUR })
        .map((ms): Action => ({ kind: 'clockBack', ms })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({ idle: idleArb, audible: fc.boolean() })
        .map((r): Action => ({ kind: 'idle', ...r })),
    },
    { weight: 1, arbitrary: fc.boolean().map((audible): Action => ({ kind: 'sound', audible })) },
    {
      weight: 1,
      arbitrary: fc.boolean().map((fullscreen): Action => ({ kind: 'fullscreen', fullscreen })),
    },
    { weight: 3, arbitrary: commandArb.map((command): Action => ({ kind: 'command', command })) },
    {
      weight: 1,
      arbitrary: settingsArb.map((settings): Action => ({ kind: 'settings', settings })),
    },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'restart' }) },
  );

/** Present as the tracker should judge it: input, or sound while idle when that counts. */
const presentIn = (w: Observation, settings: Settings) =>
  w.idle === 'active' || (w.idle === 'idle' && w.audible && settings.audibleCountsAsSitting);

/**
 * Runs one action. The Sim counts, in machine time, how long the user was
 * really at the awake computer (`truth.presentMs`) and how long the sleeps
 * lasted that no wake-up could reveal (`truth.unseenSleepMs`: they ended
 * before the planned wake-up, so the extension cannot know of them).
 */
function perform(sim: Sim, action: Action, restarts = true, truth = newTruth()): void {
  switch (action.kind) {
    case 'advance': {
      // Present time passes in slices between wake-ups (the world changes only at events).
      const end = sim.now + action.ms;
      let mono = sim.mono;
      const tick = () => {
        if (presentIn(sim.world, sim.settings)) truth.presentMs += sim.mono - mono;
        mono = sim.mono;
      };
      while (sim.alarmAt !== null && sim.alarmAt <= sim.mono + (end - sim.now)) {
        const at = sim.alarmAt;
        sim.runUntil(sim.now + (at - sim.mono));
        tick();
      }
      sim.runUntil(end);
      tick();
      return;
    }
    case 'sleep': {
      const covers = sim.alarmAt !== null && sim.alarmAt <= sim.mono + action.ms;
      // Seen only when the wake-up it covered comes at least a threshold late.
      const seen =
        covers && sim.mono + action.ms - sim.alarmAt! >= sim.settings.naturalBreakMinutes * MINUTE;
      if (!seen) truth.unseenSleepMs += action.ms;
      const before = sim.world.idle;
      sim.sleep(action.ms);
      sim.world = { ...sim.world, idle: action.idle, audible: action.audible };
      // A wake-up missed in the sleep fires once, late, at once (and sees the
      // new world); then the idle detector reports its change, if any.
      if (covers) sim.runUntil(sim.now);
      if (sim.world.idle !== before) sim.send({ type: 'idle' });
      return;
    }
    case 'browserRestart':
      sim.browserRestart(action.ms, { idle: action.idle, audible: action.audible });
      return;
    case 'clockBack':
      sim.clockJump(-action.ms);
      return;
    case 'idle':
      sim.send({ type: 'idle', seen: { idle: action.idle, audible: action.audible } });
      return;
    case 'sound':
      sim.world = { ...sim.world, audible: action.audible };
      return;
    case 'fullscreen':
      sim.send({ type: 'fullscreen', seen: { fullscreen: action.fullscreen } });
      return;
    case 'command':
      sim.command(action.command);
      return;
    case 'settings':
      sim.settings = action.settings;
      sim.send({ type: 'settings' });
      return;
    case 'restart':
      if (restarts) sim.restartWorker();
      return;
  }
}

const newTruth = () => ({ presentMs: 0, unseenSleepMs: 0 });

/**
 * Start moments: the Saturdays before the 2026 DST changes of Berlin and New
 * York (local midnight in the zone the test runs in) plus up to two days, so
 * runs cross the skipped and the repeated hour; and the usual weekday T0.
 */
const startArb = fc.oneof(
  fc.constant(T0),
  fc
    .tuple(fc.constantFrom([2, 28], [9, 24], [2, 7], [9, 31]), fc.integer({ min: 0, max: 48 * 60 }))
    .map(([[month, day], minutes]) => new Date(2026, month!, day!).getTime() + minutes * MINUTE),
);

const runArb = (withClockBack: boolean) =>
  fc.record({
    settings: settingsArb,
    start: startArb,
    actions: fc.array(actionArb(withClockBack), { maxLength: 40 }),
  });

const isReminder = (e: { type: string; kind?: string }) =>
  e.type === 'notify' && (e.kind === 'nudge' || e.kind === 'break');
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

// Every invariant runs in two real zones with daylight saving time.
describe.each(['Europe/Berlin', 'America/New_York'])(
  'tracker invariants in %s',
  { timeout: 600_000 },
  (zone) => {
    const outer = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = outer;
    });

    it('runs in the zone it names', () => {
      const winterOffset = { 'Europe/Berlin': -60, 'America/New_York': 300 }[zone];
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(winterOffset);
      expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(winterOffset! - 60);
    });

    it('active hours: nothing changes before the wake-up they ask for, across DST changes', () => {
      // Around the 2026 changes of both zones (02:00–03:00 local on those Sundays).
      const around = fc
        .tuple(
          fc.constantFrom([2, 29], [9, 25], [2, 8], [10, 1]),
          fc.integer({ min: -4 * 60, max: 4 * 60 }),
        )
        .map(
          ([[month, day], minutes]) => new Date(2026, month!, day!, 2).getTime() + minutes * MINUTE,
        );
      const hoursArb = fc
        .tuple(fc.integer({ min: 60, max: 200 }), fc.integer({ min: 1, max: 120 }))
        .map(([start, length]) => {
          const clock = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          return { enabled: true, start: clock(start), end: clock(Math.min(start + length, 1439)) };
        });
      fc.assert(
        fc.property(around, hoursArb, (now, hours) => {
          const settings = settingsWith({
            activeHoursEnabled: true,
            activeDays: Array.from({ length: 7 }, () => hours),
          });
          const window = activeWindow(settings, now);
          expect(window.until).not.toBeNull();
          expect(window.until!).toBeGreaterThan(now);
          const last = Math.min(window.until!, now + 6 * HOUR);
          for (let t = now; t < last; t += MINUTE)
            expect(activeWindow(settings, t).active, new Date(t).toString()).toBe(window.active);
          expect(activeWindow(settings, window.until! - 1).active).toBe(window.active);
        }),
        { numRuns: Math.ceil(RUNS.numRuns / 4) },
      );
    });

    it('away only when the browser did not report the user here at the last observation', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          for (const action of actions) {
            const from = sim.log.length;
            perform(sim, action);
            for (const { event, result } of sim.log.slice(from)) {
              if (result.state.phase === 'away')
                expect(presentIn(event.seen, sim.settings)).toBe(false);
            }
          }
        }),
        RUNS,
      );
    });

    it('books no more sitting than the user was really here, plus one threshold and the sleeps no wake-up revealed', () => {
      fc.assert(
        fc.property(runArb(false), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          const truth = newTruth();
          let threshold = settings.naturalBreakMinutes * MINUTE;
          for (const action of actions) {
            perform(sim, action, true, truth);
            threshold = Math.max(threshold, sim.settings.naturalBreakMinutes * MINUTE);
          }
          expect(sim.history('sittingMs')).toBeLessThanOrEqual(
            truth.presentMs + threshold + truth.unseenSleepMs,
          );
        }),
        RUNS,
      );
    });

    it("per day, the longest streak is no longer than the day's sitting time", () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          actions.forEach((a) => perform(sim, a));
          sim.send({ type: 'fullscreen' });
          const history = applyHistoryEffects(
            {},
            sim.log.flatMap((e) => e.effects),
            localDayKey(sim.now),
          );
          for (const day of Object.values(history))
            expect(day.longestStreakMs).toBeLessThanOrEqual(day.sittingMs);
        }),
        RUNS,
      );
    });

    it('every phase with a future change has a wake-up at or before it', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          for (const action of actions) {
            const from = sim.log.length;
            perform(sim, action);
            for (const { at, result } of sim.log.slice(from)) {
              const s = result.state;
              const window = activeWindow(sim.settings, at);
              const changes = [
                s.relief?.endsAt,
                s.phase === 'onBreak' ? s.breakEndsAt : null,
                s.phase === 'paused' ? s.pausedUntil : null,
                s.phase === 'offHours' ? s.offHoursUntil : null,
                s.phase === 'tracking' || s.phase === 'away' ? window.until : null,
              ].filter((t): t is number => typeof t === 'number' && t > at);
              if (s.phase === 'tracking') expect(s.wakeAt).not.toBeNull();
              // Away, the user is asked after within 20 minutes, lost idle change or not.
              if (s.phase === 'away') {
                expect(s.wakeAt).not.toBeNull();
                expect(s.wakeAt! - at).toBeLessThanOrEqual(20 * MINUTE);
              }
              if (changes.length > 0) {
                expect(s.wakeAt).not.toBeNull();
                expect(s.wakeAt!).toBeLessThanOrEqual(Math.min(...changes));
              }
              if (s.phase === 'offHours') expect(window.active).toBe(false);
            }
          }
        }),
        RUNS,
      );
    });

    it('pauses, breaks and relief timers last their length in real time, whatever the clock does', () => {
      fc.assert(
        fc.property(
          startArb,
          fc.constantFrom('pause' as const, 'break' as const, 'relief' as const),
          fc.integer({ min: 1, max: 120 }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
          (start, what, minutes, jumpAtPercent, jump) => {
            const sim = new Sim(settingsWith({ breakMinutes: Math.min(60, minutes) }), start);
            const begun = sim.mono;
            let lengthMs = minutes * MINUTE;
            if (what === 'pause') sim.command({ type: 'pause', length: { minutes } });
            else if (what === 'break') {
              sim.command({ type: 'takeBreak' });
              lengthMs = Math.min(60, minutes) * MINUTE;
            } else {
              sim.command({ type: 'startRelief', timer: 'warm' });
              lengthMs = 10 * MINUTE;
            }
            const running = () =>
              what === 'relief'
                ? sim.state.relief !== null
                : sim.state.phase === (what === 'pause' ? 'paused' : 'onBreak');
            const jumpAt = Math.floor((lengthMs * jumpAtPercent) / 100);
            sim.runUntil(sim.now + Math.max(0, jumpAt - 1));
            sim.clockJump(jump);
            // Just before the end (machine time) it still runs; at the end it is over.
            sim.runUntil(sim.now + (begun + lengthMs - 1 - sim.mono));
            expect(running()).toBe(true);
            sim.runUntil(sim.now + 1);
            expect(running()).toBe(false);
          },
        ),
        RUNS,
      );
    });

    it('never reminds while paused, away, on a break or outside active hours', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          for (const action of actions) {
            const from = sim.log.length;
            perform(sim, action);
            for (const entry of sim.log.slice(from)) {
              if (!entry.effects.some(isReminder)) continue;
              expect(entry.result.state.phase).toBe('tracking');
              expect(activeWindow(sim.settings, entry.at).active).toBe(true);
            }
          }
        }),
        RUNS,
      );
    });

    it('never reminds twice for the same due moment', () => {
      fc.assert(
        fc.property(runArb(false), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          actions.forEach((a) => perform(sim, a));
          const keys = sim
            .notifications()
            .filter(isReminder)
            .map((n) => `${n.kind}@${'dueAt' in n ? n.dueAt : ''}`);
          expect(new Set(keys).size).toBe(keys.length);
        }),
        RUNS,
      );
    });

    it('"break due" only after a break reminder was shown in the streak, or is held', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          actions.forEach((a) => perform(sim, a));
          // Drawn from the log, not from the tracker's own flags: the moments
          // a break reminder was really handed to the browser.
          const shownAt: number[] = [];
          for (const entry of sim.log) {
            if (entry.effects.some((e) => e.type === 'notify' && e.kind === 'break'))
              shownAt.push(entry.at);
            const state = entry.result.state;
            if (viewOf(state, sim.settings, entry.at).status !== 'breakDue') continue;
            const since = state.sittingSince ?? -Infinity;
            const shown = shownAt.some((at) => at >= since);
            const held =
              state.heldSince !== null &&
              state.nextBreakAt !== null &&
              entry.at >= state.nextBreakAt;
            expect(shown || held).toBe(true);
          }
        }),
        RUNS,
      );
    });

    it('Snooze never makes the next break earlier', () => {
      fc.assert(
        fc.property(runArb(false), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          actions.forEach((a) => perform(sim, a));
          sim.log.forEach((entry) => {
            if (entry.event.type !== 'command' || entry.event.command.type !== 'snooze') return;
            // Accepted, it answers a due break: the next one is only ever ahead.
            if (!entry.result.refused)
              expect(entry.result.state.nextBreakAt!).toBeGreaterThan(entry.at);
          });
        }),
        RUNS,
      );
    });

    it('Snooze never brings a break earlier: refused before it is due, the snooze length from now after', () => {
      fc.assert(
        fc.property(
          settingsArb,
          fc.integer({ min: 0, max: 20 * MINUTE }),
          fc.integer({ min: 0, max: 4 * HOUR }),
          (settings, delay, early) => {
            const sim = new Sim({ ...settings, activeHoursEnabled: false }, T0);
            // Some time before the first break reminder: nothing to snooze.
            sim.advance(Math.min(early, settings.breakIntervalMinutes * MINUTE - 1));
            if (sim.notifications('break').length === 0 && sim.state.heldSince === null) {
              const planned = sim.state.nextBreakAt;
              expect(sim.command({ type: 'snooze' }).refused).toBe('notApplicable');
              expect(sim.state.nextBreakAt).toBe(planned);
            }
            for (let i = 0; i < 24 * 60 && sim.notifications('break').length === 0; i++)
              sim.advance(MINUTE);
            const shown = sim.notifications('break').at(-1);
            if (!shown) return;
            sim.advance(delay);
            const result = sim.command({ type: 'snooze' });
            if (result.refused) return;
            expect(result.state.nextBreakAt).toBe(sim.now + settings.snoozeMinutes * MINUTE);
            expect(result.state.nextBreakAt!).toBeGreaterThan(shown.dueAt);
          },
        ),
        RUNS,
      );
    });

    it('never has a negative time, and always keeps a wake-up while tracking', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          for (const action of actions) {
            const from = sim.log.length;
            perform(sim, action);
            // Judge the state as of the last time the tracker ran (a clock change alone runs nothing).
            const s = sim.state;
            const ranAt = sim.log.at(-1)!.at;
            for (const t of [s.sittingSince, s.awaySince, s.accountedUntil, s.breakCountFrom]) {
              if (t !== null) expect(t).toBeLessThanOrEqual(ranAt);
            }
            if (s.wakeAt !== null) expect(s.wakeAt).toBeGreaterThan(ranAt);
            if (s.phase === 'tracking') expect(s.wakeAt).not.toBeNull();
            for (const { effects } of sim.log.slice(from)) {
              for (const e of effects) {
                if (e.type === 'history')
                  Object.values(e.add).forEach((n) => expect(n).toBeGreaterThanOrEqual(0));
                if (e.type === 'longestStreak') expect(e.ms).toBeGreaterThanOrEqual(0);
                if (e.type === 'notify' && e.kind === 'break')
                  expect(e.sittingMinutes).toBeGreaterThanOrEqual(0);
              }
            }
          }
        }),
        RUNS,
      );
    });

    it('after a gap of at least the threshold, nothing fires for the sitting before it', () => {
      fc.assert(
        fc.property(
          runArb(false),
          fc.integer({ min: 0, max: 12 * HOUR }),
          fc.constantFrom('wake' as const, 'start' as const),
          ({ settings, start, actions }, extra, then) => {
            const sim = new Sim(settings, start);
            actions.forEach((a) => perform(sim, a));
            const wasTracking = sim.state.phase === 'tracking';
            const gap =
              Math.max(0, (sim.state.wakeAt ?? sim.now) - sim.now) +
              sim.settings.naturalBreakMinutes * MINUTE +
              extra;
            const from = sim.log.length;
            if (then === 'wake')
              perform(sim, { kind: 'sleep', ms: gap, idle: sim.world.idle, audible: false });
            else perform(sim, { kind: 'browserRestart', ms: gap, idle: 'active', audible: false });
            const fired = sim.log
              .slice(from)
              .flatMap((e) => e.effects)
              .filter(isReminder);
            expect(fired).toEqual([]);
            if (wasTracking && sim.state.phase === 'tracking')
              expect(sim.state.sittingSince).toBe(sim.now);
          },
        ),
        RUNS,
      );
    });

    it('state always round-trips through JSON and through the storage repair', () => {
      fc.assert(
        fc.property(runArb(true), ({ settings, start, actions }) => {
          const sim = new Sim(settings, start);
          for (const action of actions) {
            perform(sim, action);
            const json = JSON.parse(JSON.stringify(sim.state));
            expect(json).toEqual(sim.state);
            expect(repairState(json)).toEqual(sim.state);
          }
        }),
        RUNS,
      );
    });

    it('a run interrupted by worker restarts reminds exactly as an uninterrupted one', () => {
      fc.assert(
        // Restarts after the clock went back cannot know how much time passed in
        // between (nothing survives the worker but storage), so this property runs
        // without backward jumps; forward jumps and sleeps are in. And the sitting
        // time still open (the last threshold) depends on when steps ran, so the
        // threshold stays fixed: with it changing, a restart may close more of it.
        fc.property(runArb(false), ({ settings, start, actions: raw }) => {
          const actions = raw.map((x) =>
            x.kind === 'settings'
              ? {
                  ...x,
                  settings: { ...x.settings, naturalBreakMinutes: settings.naturalBreakMinutes },
                }
              : x,
          );
          const a = new Sim(settings, start);
          const b = new Sim(settings, start);
          actions.forEach((x) => perform(a, x, false));
          actions.forEach((x) => perform(b, x, true));
          // One neutral event at the end, so both have added their sitting time up to now.
          for (const sim of [a, b]) sim.send({ type: 'fullscreen' });
          const shown = (sim: Sim) => sim.notifications().filter((n) => n.kind !== 'test');
          expect(shown(b)).toEqual(shown(a));
          expect(b.state.wakeAt).toBe(a.state.wakeAt);
          for (const counter of [
            'breaksTaken',
            'naturalBreaks',
            'snoozes',
            'skips',
            'nudges',
            'sittingMs',
          ] as const) {
            expect(b.history(counter)).toBe(a.history(counter));
          }
        }),
        RUNS,
      );
    });
  },
);

it('T0 is the documented Wednesday morning', () => {
  expect(new Date(T0).getDay()).toBe(3);
});

describe('repaired state', () => {
  it('whatever storage held, one step leaves a state that can run: each phase has its moments', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        runArb(false),
        fc.dictionary(fc.constantFrom(...Object.keys(new Sim().state)), junk),
        ({ settings, start, actions }, damage) => {
          const sim = new Sim(settings, start);
          actions.forEach((a) => perform(sim, a));
          sim.state = repairState({ ...JSON.parse(JSON.stringify(sim.state)), ...damage });
          sim.send({ type: 'start' });
          const s = sim.state;
          if (s.phase === 'tracking') {
            expect(s.wakeAt).not.toBeNull();
            expect(s.sittingSince).not.toBeNull();
            if (s.breakReminders === 0 && !s.snoozed) expect(s.nextBreakAt).not.toBeNull();
          }
          if (s.phase === 'away') expect(s.awaySince).not.toBeNull();
          if (s.phase === 'onBreak') expect(s.breakEndsAt).not.toBeNull();
        },
      ),
      RUNS,
    );
  });
});
