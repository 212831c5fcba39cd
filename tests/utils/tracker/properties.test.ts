/**
 * Invariants of the tracker over random days: random settings, user input,
 * sleeps, clock changes and worker restarts, driven through the Sim (which
 * fires the wake-up alarm on time, as the browser does).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Settings } from '@/utils/settings-core';
import { activeWindow } from '@/utils/tracker/active-hours';
import { repairState } from '@/utils/tracker/state';
import type { Command, TrackerEvent } from '@/utils/tracker/types';
import { HOUR, MINUTE } from '@/utils/time';
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

type Action =
  | { kind: 'advance'; ms: number }
  | { kind: 'sleep'; ms: number; then: 'wake' | 'start' }
  | { kind: 'clockBack'; ms: number }
  | { kind: 'idle'; idle: 'active' | 'idle' | 'locked'; audible: boolean }
  | { kind: 'fullscreen'; fullscreen: boolean }
  | { kind: 'command'; command: Command }
  | { kind: 'settings'; settings: Settings }
  | { kind: 'restart' };

const actionArb = (withClockBack: boolean): fc.Arbitrary<Action> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .integer({ min: 0, max: 90 * MINUTE })
        .map((ms): Action => ({ kind: 'advance', ms })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          ms: fc.integer({ min: 0, max: 12 * HOUR }),
          then: fc.constantFrom('wake' as const, 'start' as const),
        })
        .map((r): Action => ({ kind: 'sleep', ...r })),
    },
    {
      weight: withClockBack ? 1 : 0,
      arbitrary: fc
        .integer({ min: 1, max: 3 * HOUR })
        .map((ms): Action => ({ kind: 'clockBack', ms })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          idle: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
          audible: fc.boolean(),
        })
        .map((r): Action => ({ kind: 'idle', ...r })),
    },
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

function perform(sim: Sim, action: Action, restarts = true): void {
  switch (action.kind) {
    case 'advance':
      return sim.advance(action.ms);
    case 'sleep': {
      sim.sleep(action.ms);
      const event: TrackerEvent =
        action.then === 'wake'
          ? { type: 'wake', fullscreen: sim.state.fullscreen }
          : { type: 'start', idle: sim.state.idle, fullscreen: sim.state.fullscreen };
      sim.send(event);
      return;
    }
    case 'clockBack':
      sim.clockJump(-action.ms);
      return;
    case 'idle':
      sim.send({ type: 'idle', idle: action.idle, audible: action.audible });
      return;
    case 'fullscreen':
      sim.send({ type: 'fullscreen', fullscreen: action.fullscreen });
      return;
    case 'command':
      sim.command(action.command);
      return;
    case 'settings':
      sim.settings = action.settings;
      sim.send({ type: 'settings' });
      return;
    case 'restart':
      if (!restarts) return;
      sim.state = JSON.parse(JSON.stringify(sim.state));
      sim.send({ type: 'start', idle: sim.state.idle, fullscreen: sim.state.fullscreen });
      return;
  }
}

const runArb = (withClockBack: boolean) =>
  fc.record({
    settings: settingsArb,
    actions: fc.array(actionArb(withClockBack), { maxLength: 40 }),
  });

const isReminder = (e: { type: string; kind?: string }) =>
  e.type === 'notify' && (e.kind === 'nudge' || e.kind === 'break');
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('tracker invariants', { timeout: 120_000 }, () => {
  it('never reminds while paused, away, on a break or outside active hours', () => {
    fc.assert(
      fc.property(runArb(true), ({ settings, actions }) => {
        const sim = new Sim(settings);
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
      fc.property(runArb(false), ({ settings, actions }) => {
        const sim = new Sim(settings);
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

  it('never has a negative time, and always keeps a wake-up while tracking', () => {
    fc.assert(
      fc.property(runArb(true), ({ settings, actions }) => {
        const sim = new Sim(settings);
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
        ({ settings, actions }, extra, then) => {
          const sim = new Sim(settings);
          actions.forEach((a) => perform(sim, a));
          const wasTracking = sim.state.phase === 'tracking';
          const gap =
            Math.max(0, (sim.state.wakeAt ?? sim.now) - sim.now) +
            sim.settings.naturalBreakMinutes * MINUTE +
            extra;
          const from = sim.log.length;
          perform(sim, { kind: 'sleep', ms: gap, then });
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
      fc.property(runArb(true), ({ settings, actions }) => {
        const sim = new Sim(settings);
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
      fc.property(runArb(false), ({ settings, actions: raw }) => {
        const actions = raw.map((x) =>
          x.kind === 'settings'
            ? {
                ...x,
                settings: { ...x.settings, naturalBreakMinutes: settings.naturalBreakMinutes },
              }
            : x,
        );
        const a = new Sim(settings);
        const b = new Sim(settings);
        actions.forEach((x) => perform(a, x, false));
        actions.forEach((x) => perform(b, x, true));
        // One neutral event at the end, so both have added their sitting time up to now.
        for (const sim of [a, b])
          sim.send({ type: 'fullscreen', fullscreen: sim.state.fullscreen });
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
});

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
        ({ settings, actions }, damage) => {
          const sim = new Sim(settings);
          actions.forEach((a) => perform(sim, a));
          sim.state = repairState({ ...JSON.parse(JSON.stringify(sim.state)), ...damage });
          sim.send({ type: 'start', idle: sim.state.idle, fullscreen: false });
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
