/**
 * Fuzzing what was tried by hand against stored tracker state: storage is
 * the truth, and anything can be in it (another version, a sync glitch, a
 * user with the devtools open). Whatever it holds, each step repairs it,
 * never throws, finishes quickly, saves only state that repairs to itself,
 * sets at most one alarm and shows no burst of notifications.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELIEF_TIMER_IDS } from '@/utils/content/relief-timers';
import { applyHistoryEffects, repairHistory } from '@/utils/history';
import { DAY, localDayKey, MINUTE } from '@/utils/time';
import { initialState, repairState } from '@/utils/tracker/state';
import { step } from '@/utils/tracker/step';
import type { Command, TrackerEvent, TrackerState } from '@/utils/tracker/types';
import { validSettings } from '../../components/options/settings-arbitrary';
import { T0 } from './sim';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const BIG = 'x'.repeat(1_000_000);

/** Moments a tampered or ancient store may hold, from the edges of Date to nonsense. */
const moment = fc.oneof(
  fc.constantFrom(
    -8.64e15,
    8.64e15,
    8.64e15 + 1,
    -8.64e15 - 1,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e300,
    -1e300,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    Number.MIN_VALUE,
    -0,
    0,
    NaN,
    Infinity,
    -Infinity,
  ),
  // Year 0 to 99 (Date.UTC's trap), and around now, a century either way.
  fc.integer({ min: -62_167_219_200_000, max: -59_011_459_200_000 }),
  fc.integer({ min: T0 - 100 * 365 * DAY, max: T0 + 100 * 365 * DAY }),
  fc.integer({ min: T0 - DAY, max: T0 + DAY }),
  fc.double(),
);

/** A value of the wrong kind for any field. */
const junk = fc.oneof(
  fc.constant(BIG),
  fc.constant(Array.from({ length: 10_000 }, (_, i) => i)),
  fc.constant({ nested: { deeper: { deepest: BIG } } }),
  fc.constantFrom('__proto__', 'constructor', 'tracking', '', '\u202E', true, false, null),
  fc.anything({ maxDepth: 3 }),
);

const relief = fc.oneof(
  fc.constant(null),
  fc.record(
    {
      timer: fc.oneof(fc.constantFrom(...RELIEF_TIMER_IDS), junk),
      startedAt: moment,
      endsAt: moment,
      junk: fc.constant(BIG),
    },
    { requiredKeys: [] },
  ),
  junk,
);

const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, moment, junk);

const storedState = fc
  .record(
    {
      version: field(fc.constant(1)),
      phase: field(fc.constantFrom('tracking', 'away', 'onBreak', 'paused', 'offHours')),
      sittingSince: moment,
      awaySince: moment,
      nextNudgeAt: moment,
      nextBreakAt: moment,
      breakCountFrom: moment,
      breakReminders: field(fc.integer({ min: 0, max: 1e9 })),
      snoozed: field(fc.boolean()),
      heldSince: moment,
      breakEndsAt: moment,
      pausedUntil: fc.oneof(fc.constant(null), moment),
      offHoursUntil: fc.oneof(fc.constant(null), moment),
      idle: field(fc.constantFrom('active', 'idle', 'locked')),
      fullscreen: field(fc.boolean()),
      lastTipId: junk,
      relief,
      lastColdStartedAt: moment,
      accountedUntil: moment,
      wakeAt: moment,
      lastStepAt: moment,
      extra: junk,
    },
    { requiredKeys: [] },
  )
  .map((s) => s as unknown);

const command: fc.Arbitrary<Command> = fc.oneof(
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
    { type: 'pause', length: { minutes: 30 } },
  ),
  fc.constantFrom(...RELIEF_TIMER_IDS).map((timer): Command => ({ type: 'startRelief', timer })),
);

const idleState = fc.constantFrom('active' as const, 'idle' as const, 'locked' as const);
const seen = fc.record({ idle: idleState, audible: fc.boolean(), fullscreen: fc.boolean() });
const event: fc.Arbitrary<TrackerEvent> = fc.oneof(
  fc.record({ type: fc.constant('start' as const), fresh: fc.boolean(), seen }),
  fc.record({
    type: fc.constant('wake' as const),
    scheduledFor: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    seen,
  }),
  fc.record({ type: fc.constant('idle' as const), seen }),
  fc.record({ type: fc.constant('fullscreen' as const), seen }),
  fc.record({ type: fc.constant('settings' as const), seen }),
  fc
    .record({ command, seen })
    .map(({ command: c, seen: o }): TrackerEvent => ({ type: 'command', command: c, seen: o })),
);

/** Ample for one pure step (they take well under a millisecond), even on a loaded machine. */
const STEP_BUDGET_MS = 250;

function timedStep(
  state: TrackerState,
  e: TrackerEvent,
  settings: Parameters<typeof step>[2],
  now: number,
) {
  const started = performance.now();
  const result = step(state, e, settings, now);
  const took = performance.now() - started;
  expect(took, `step ${e.type} took ${took} ms`).toBeLessThan(STEP_BUDGET_MS);
  return result;
}

describe('hostile stored tracker state', () => {
  it(
    'repair never throws, keeps nothing unknown, and is idempotent',
    () => {
      fc.assert(
        fc.property(storedState, (stored) => {
          const state = repairState(stored);
          expect(Object.keys(state).sort()).toEqual(Object.keys(initialState()).sort());
          expect(repairState(structuredClone(state))).toEqual(state);
          expect(JSON.stringify(state).length).toBeLessThan(2_000);
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * 10 + 5_000,
  );

  it(
    'every step from it: no throw, bounded time, valid saved state, one alarm at most, no burst',
    () => {
      fc.assert(
        fc.property(
          storedState,
          validSettings,
          fc.array(fc.tuple(event, fc.integer({ min: 0, max: 3 * 60 * MINUTE })), {
            minLength: 1,
            maxLength: 6,
          }),
          (stored, settings, events) => {
            let state = repairState(stored);
            let now = T0;
            let history = {};
            for (const [e, later] of events) {
              now += later;
              const result = timedStep(state, e, settings, now);
              // What is saved (Chrome's storage keeps JSON) is what the next load reads back.
              const saved = JSON.parse(JSON.stringify(result.state)) as TrackerState;
              expect(repairState(saved)).toEqual(saved);
              expect(JSON.stringify(result.state).length).toBeLessThan(2_000);
              const schedules = result.effects.filter((x) => x.type === 'schedule');
              expect(schedules.length).toBeLessThanOrEqual(1);
              for (const s of schedules)
                if (s.type === 'schedule' && s.at !== null)
                  expect(Number.isFinite(s.at)).toBe(true);
              const notes = result.effects.filter((x) => x.type === 'notify');
              expect(notes.length).toBeLessThanOrEqual(2);
              // The same moment, observed the same, again brings nothing new to see.
              const again = timedStep(
                result.state,
                {
                  type: 'wake',
                  scheduledFor: now,
                  seen: {
                    idle: result.state.idle,
                    audible: result.state.audible,
                    fullscreen: result.state.fullscreen,
                  },
                },
                settings,
                now,
              );
              expect(again.effects.filter((x) => x.type === 'notify' && x.kind !== 'test')).toEqual(
                [],
              );
              // History effects land on real days inside the window, with finite amounts.
              const today = localDayKey(now);
              history = applyHistoryEffects(history, result.effects, today);
              expect(repairHistory(history, today)).toEqual(history);
              for (const stats of Object.values(history))
                for (const n of Object.values(stats as Record<string, number>))
                  expect(Number.isFinite(n) && n >= 0).toBe(true);
              state = result.state;
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    RUNS * 10 + 5_000,
  );
});
