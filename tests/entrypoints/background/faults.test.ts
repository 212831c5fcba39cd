/**
 * Fault injection in the runner: the run that shows the first movement-break
 * reminder is made to fail at each browser call in turn, or the worker to
 * "die" there (that call and every later one never settle). Afterwards —
 * the same worker hearing its alarms, or a new worker started by the next
 * event — an alarm exists whenever the phase needs one, and the reminder was
 * shown exactly once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { defaultSettings } from '@/utils/settings-core';
import { MINUTE } from '@/utils/time';
import type { TrackerState } from '@/utils/tracker/types';

const T0 = Date.parse('2026-03-10T10:00:00+01:00');
const BREAK_AT = T0 + 50 * MINUTE;

type Listener = (...args: never[]) => unknown;
function testEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: unknown[]) =>
      Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

function stubMissingApis() {
  Object.assign(fakeBrowser, {
    idle: {
      queryState: vi.fn(async () => 'active'),
      setDetectionInterval: vi.fn(),
      onStateChanged: testEvent(),
    },
    commands: { onCommand: testEvent() },
  });
}

async function settled() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

const tracker = async () =>
  (await fakeBrowser.storage.local.get('tracker')).tracker as TrackerState;

/** Fires the wake alarm at its time, as long as it is due by `until`. */
async function fireWakesThrough(until: number) {
  for (let i = 0; i < 50; i++) {
    const alarm = await fakeBrowser.alarms.get('wake');
    if (!alarm || alarm.scheduledTime > until) return;
    vi.setSystemTime(alarm.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await settled();
  }
}

/** Every asynchronous browser call the runner makes, wrapped so one of them can fail or hang. */
const CALLS: Array<[object, string]> = [
  [fakeBrowser.alarms, 'get'],
  [fakeBrowser.alarms, 'create'],
  [fakeBrowser.alarms, 'clear'],
  [fakeBrowser.storage.local, 'get'],
  [fakeBrowser.storage.local, 'set'],
  [fakeBrowser.storage.session, 'get'],
  [fakeBrowser.storage.session, 'set'],
  [fakeBrowser.notifications, 'create'],
  [fakeBrowser.notifications, 'clear'],
  [fakeBrowser.notifications, 'getAll'],
  [fakeBrowser.action, 'setBadgeText'],
  [fakeBrowser.action, 'setBadgeBackgroundColor'],
  [fakeBrowser.action, 'setTitle'],
  [fakeBrowser.tabs, 'query'],
  [fakeBrowser.windows, 'getLastFocused'],
];

type Mode = 'count' | 'fail' | 'die';
const injector = {
  mode: 'count' as Mode,
  at: 0,
  calls: 0,
  dead: false,
  breaksShown: 0,
  names: [] as string[],
};

/** Wraps every call once per browser; counts them, and the break notifications shown. */
function instrument() {
  for (const [target, name] of CALLS) {
    const obj = target as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const original = obj[name]!.bind(obj);
    vi.spyOn(obj, name).mockImplementation((...args: unknown[]) => {
      if (injector.dead) return new Promise(() => {});
      injector.calls += 1;
      injector.names[injector.calls] = name;
      if (injector.calls === injector.at) {
        if (injector.mode === 'fail') return Promise.reject(new Error(`injected at ${name}`));
        if (injector.mode === 'die') {
          injector.dead = true;
          return new Promise(() => {});
        }
      }
      const result = original(...args);
      if (target === fakeBrowser.notifications && name === 'create' && args[0] === 'break')
        return result.then((r) => {
          injector.breaksShown += 1;
          return r;
        });
      return result;
    });
  }
}

/** A new worker on the same browser: storage (session too), alarms and notifications stay, listeners go. */
async function newWorker() {
  const local = await fakeBrowser.storage.local.get(null);
  const sync = await fakeBrowser.storage.sync.get(null);
  const session = await fakeBrowser.storage.session.get(null);
  const alarms = (await fakeBrowser.alarms.getAll()).map((a) => ({ ...a }));
  // What is on screen stays on screen: notifications outlive the worker.
  const shown = await fakeBrowser.notifications.getAll();
  const shownCount = injector.breaksShown;
  fakeBrowser.reset();
  stubMissingApis();
  for (const [id, options] of Object.entries(shown))
    await fakeBrowser.notifications.create(id, options as never);
  injector.breaksShown = shownCount;
  await fakeBrowser.storage.local.set(local);
  await fakeBrowser.storage.sync.set(sync);
  await fakeBrowser.storage.session.set(session);
  for (const a of alarms) await fakeBrowser.alarms.create(a.name, { when: a.scheduledTime });
  background.main();
  await settled();
}

/** Up to just before the break reminder, with no faults. */
async function upToTheBreak(): Promise<void> {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  stubMissingApis();
  Object.assign(injector, { mode: 'count', at: 0, calls: 0, dead: false, breaksShown: 0 });
  instrument();
  vi.setSystemTime(T0);
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), nudgeEnabled: false } });
  background.main();
  await settled();
  await fireWakesThrough(BREAK_AT - 1);
}

/** Runs the wake-up at the break time with a fault at call `at`; returns how many calls it made. */
async function faultyBreakRun(mode: Mode, at: number): Promise<number> {
  const alarm = await fakeBrowser.alarms.get('wake');
  expect(alarm?.scheduledTime).toBe(BREAK_AT);
  vi.setSystemTime(BREAK_AT);
  Object.assign(injector, { mode, at, calls: 0 });
  void fakeBrowser.alarms.onAlarm.trigger(alarm!);
  await settled();
  const calls = injector.calls;
  Object.assign(injector, { mode: 'count', at: 0 });
  return calls;
}

/** After the fault: the reminder was shown once, and the alarm matches the stored wake-up. */
async function expectRecovered(label: string) {
  await fireWakesThrough(BREAK_AT + 2 * MINUTE);
  expect(injector.breaksShown, `${label}: break reminders shown`).toBe(1);
  const state = await tracker();
  expect(state.breakReminders, label).toBe(1);
  expect(state.wakeAt, label).not.toBeNull();
  const alarm = await fakeBrowser.alarms.get('wake');
  expect(alarm?.scheduledTime, `${label}: alarm`).toBe(state.wakeAt);
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date'] });
});
afterEach(async () => {
  injector.dead = false;
  await settled();
  vi.useRealTimers();
});

describe('faults in the run that shows a reminder', { timeout: 120_000 }, () => {
  it('with no fault, the reminder shows once and the next wake-up is set', async () => {
    await upToTheBreak();
    expect(await faultyBreakRun('count', 0)).toBeGreaterThan(10);
    await expectRecovered('no fault');
  });

  it.each(['fail', 'die'] as const)(
    'a call that %ss, at each call in turn: shown once, alarm kept',
    async (mode) => {
      await upToTheBreak();
      const total = await faultyBreakRun('count', 0);
      const names = [...injector.names];
      for (let at = 1; at <= total; at++) {
        await upToTheBreak();
        await faultyBreakRun(mode, at);
        if (injector.dead) {
          injector.dead = false;
          await newWorker(); // the next event starts a new worker
        }
        await expectRecovered(`${mode} at call ${at} of ${total} (${names[at]})`);
      }
    },
  );
});
