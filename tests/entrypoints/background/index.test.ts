/**
 * The background's wiring, through WXT's fake browser: each browser event
 * reaches the tracker, and the tracker's effects reach the browser. The fake
 * lacks `idle` and `commands`, and never fires alarms itself, so this file
 * stubs the first two and fires the `wake` alarm by hand. Only `Date` is faked:
 * the runner's queue settles on real microtasks.
 */
import { i18n } from '#i18n';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { History } from '@/utils/history';
import { clearHistoryMessage, COMMAND_KIND } from '@/utils/messages';
import { defaultSettings, type Settings } from '@/utils/settings-core';
import { localDayKey, MINUTE } from '@/utils/time';
import type { TrackerState } from '@/utils/tracker/types';

/** A Tuesday morning in Berlin (the test zone), far from midnight and DST. */
const T0 = Date.parse('2026-03-10T10:00:00+01:00');

type Listener = (...args: never[]) => unknown;

/** An event the test can fire, shaped like the fake browser's own. */
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

let idle: {
  queryState: Mock<(seconds: number) => Promise<string>>;
  setDetectionInterval: Mock<(seconds: number) => void>;
  onStateChanged: ReturnType<typeof testEvent>;
};
let commands: { onCommand: ReturnType<typeof testEvent> };

/** What a restarted worker gets: the stubs the fake lacks, on a browser with no listeners. */
function stubMissingApis() {
  idle = {
    queryState: vi.fn(async () => 'active'),
    setDetectionInterval: vi.fn(),
    onStateChanged: testEvent(),
  };
  commands = { onCommand: testEvent() };
  Object.assign(fakeBrowser, { idle, commands });
}

/** Lets every queued `run` finish: the fake browser only ever waits on microtasks. */
async function settled() {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

const at = (ms: number) => vi.setSystemTime(ms);

async function start(opts: { settings?: Partial<Settings>; tracker?: unknown } = {}) {
  if (opts.settings)
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), ...opts.settings } });
  if ('tracker' in opts) await fakeBrowser.storage.local.set({ tracker: opts.tracker });
  background.main();
  await settled();
}

async function tracker(): Promise<TrackerState> {
  return (await fakeBrowser.storage.local.get('tracker')).tracker as TrackerState;
}

async function today() {
  const history = ((await fakeBrowser.storage.local.get('history')).history ?? {}) as History;
  return history[localDayKey(Date.now())];
}

async function wakeAlarm() {
  const alarms = await fakeBrowser.alarms.getAll();
  expect(alarms.map((a) => a.name)).toEqual(['wake']);
  return alarms[0]!;
}

/** Fires the `wake` alarm at its own time, as Chrome would, until the one at `until` has fired. */
async function fireWakesThrough(until: number) {
  for (let i = 0; i < 100; i++) {
    const alarm = await wakeAlarm();
    if (alarm.scheduledTime > until) return;
    await fireWake();
  }
}

/** Fires the `wake` alarm at its own time, as Chrome would. */
async function fireWake() {
  const alarm = await wakeAlarm();
  at(alarm.scheduledTime);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await settled();
}

async function send(message: unknown) {
  const reply = fakeBrowser.runtime.sendMessage(message);
  await settled();
  return reply;
}

/**
 * Drops every listener and the badge but keeps storage (alarms are dropped
 * with `dropAlarms`; storage.session too with `browserClosed`, as a browser restart does).
 */
async function restartWorker({
  dropAlarms,
  browserClosed = false,
}: {
  dropAlarms: boolean;
  browserClosed?: boolean;
}) {
  await settled();
  const local = await fakeBrowser.storage.local.get(null);
  const sync = await fakeBrowser.storage.sync.get(null);
  const session = browserClosed ? {} : await fakeBrowser.storage.session.get(null);
  const alarms = await fakeBrowser.alarms.getAll();
  const kept = alarms.map((a) => ({ ...a }));
  fakeBrowser.reset();
  stubMissingApis();
  await fakeBrowser.storage.local.set(local);
  await fakeBrowser.storage.sync.set(sync);
  await fakeBrowser.storage.session.set(session);
  if (!dropAlarms)
    for (const a of kept) fakeBrowser.alarms.create(a.name, { when: a.scheduledTime });
  expect(await title()).toBe('');
  background.main();
  await settled();
}

const command = (c: object) => ({ kind: COMMAND_KIND, command: c });
const title = () => fakeBrowser.action.getTitle({});
const NO_NUDGES = { nudgeEnabled: false } as const;

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date'] });
  stubMissingApis();
});

afterEach(async () => {
  await settled(); // nothing left in the runner's queue for the next test
  vi.useRealTimers();
});

describe('reconcile at start', () => {
  it('stores a new streak, sets one wake alarm, the badge and the idle threshold', async () => {
    await start();
    const state = await tracker();
    expect(state).toMatchObject({
      phase: 'tracking',
      sittingSince: T0,
      nextNudgeAt: T0 + 20 * MINUTE,
      nextBreakAt: T0 + 50 * MINUTE,
      wakeAt: T0 + 20 * MINUTE,
      lastStepAt: T0,
    });
    expect((await wakeAlarm()).scheduledTime).toBe(state.wakeAt);
    expect(await title()).toBe(i18n.t('badge.tracking'));
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(5 * 60);
    expect(idle.queryState).toHaveBeenCalledWith(5 * 60);
  });

  it('starts away when the screen is locked at start', async () => {
    idle.queryState.mockResolvedValue('locked');
    await start();
    expect(await tracker()).toMatchObject({ phase: 'away', awaySince: T0 });
    expect(await title()).toBe(i18n.t('badge.away'));
  });

  it('follows the natural-break setting for the idle threshold', async () => {
    await start({ settings: { naturalBreakMinutes: 1 } });
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(60);
  });

  it('reconciles again on browser start-up and on update, without opening a tab', async () => {
    await start();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    at(T0 + MINUTE);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await settled();
    expect((await tracker()).lastStepAt).toBe(T0 + MINUTE);
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the welcome page on install', async () => {
    await start();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settled();
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });
  });

  it('opens it only once, even when the browser reports another install on the same data', async () => {
    await start();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: true });
    await settled();
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('alarms', () => {
  it('ignores an alarm with another name', async () => {
    await start({ settings: NO_NUDGES });
    at(T0 + 51 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'other', scheduledTime: T0 + 50 * MINUTE });
    await settled();
    expect((await tracker()).lastStepAt).toBe(T0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it("'wake' at the break time shows the break notification with two buttons", async () => {
    await start({ settings: NO_NUDGES });
    await fireWakesThrough(T0 + 50 * MINUTE);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['break']);
    expect(shown.break).toMatchObject({
      type: 'basic',
      title: i18n.t('notify.breakTitle'),
      requireInteraction: true,
      buttons: [{ title: i18n.t('notify.startBreak') }, { title: expect.any(String) }],
    });
    expect(await tracker()).toMatchObject({ breakReminders: 1, phase: 'tracking' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await title()).toBe(i18n.t('badge.due'));
    // The repeat comes after the repeat interval, from the moment it was shown.
    expect((await wakeAlarm()).scheduledTime).toBe(T0 + 60 * MINUTE);
  });

  it("'wake' opens the break window itself when that is the chosen action", async () => {
    await start({ settings: { ...NO_NUDGES, breakAction: 'window' } });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fireWakesThrough(T0 + 50 * MINUTE);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it("'wake' at a nudge shows the nudge notification and counts it", async () => {
    await start();
    await fireWake();
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['nudge']);
    expect(shown.nudge).toMatchObject({ title: i18n.t('notify.nudgeTitle') });
    expect(shown.nudge).not.toHaveProperty('buttons');
    expect((await today())?.nudges).toBe(1);
  });
});

describe('notifications', () => {
  async function breakShown() {
    await start({ settings: NO_NUDGES });
    await fireWakesThrough(T0 + 50 * MINUTE);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break']);
    return vi.spyOn(fakeBrowser.windows, 'create');
  }

  function expectBreakWindow(create: Mock) {
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringMatching(/\/break\.html$/) }),
    );
  }

  it('a click on the break notification starts the break in its window', async () => {
    const create = await breakShown();
    await fakeBrowser.notifications.onClicked.trigger('break');
    await settled();
    expect(await tracker()).toMatchObject({
      phase: 'onBreak',
      breakEndsAt: Date.now() + 5 * MINUTE,
    });
    expectBreakWindow(create);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await title()).toBe(i18n.t('badge.onBreak'));
  });

  it('button 0 starts the break', async () => {
    const create = await breakShown();
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 0);
    await settled();
    expect((await tracker()).phase).toBe('onBreak');
    expectBreakWindow(create);
  });

  it('button 1 snoozes', async () => {
    const create = await breakShown();
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 1);
    await settled();
    const now = Date.now();
    expect(await tracker()).toMatchObject({
      phase: 'tracking',
      snoozed: true,
      breakReminders: 0,
      nextBreakAt: now + 10 * MINUTE,
    });
    expect((await today())?.snoozes).toBe(1);
    expect((await wakeAlarm()).scheduledTime).toBe(now + 10 * MINUTE);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(create).not.toHaveBeenCalled();
  });

  it("a click on another notification only clears it; another id's buttons do nothing", async () => {
    await start();
    await fireWake(); // the nudge
    const before = await tracker();
    await fakeBrowser.notifications.onButtonClicked.trigger('nudge', 0);
    await fakeBrowser.notifications.onClicked.trigger('nudge');
    await settled();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await tracker()).toEqual(before);
  });

  it('a second break focuses the open break window instead of opening another', async () => {
    await start();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const update = vi.spyOn(fakeBrowser.windows, 'update');
    await commands.onCommand.trigger('take-break');
    await settled();
    await commands.onCommand.trigger('take-break');
    await settled();
    expect(create).toHaveBeenCalledTimes(1);
    const id = (await create.mock.results[0]!.value).id;
    expect(update).toHaveBeenCalledWith(id, { focused: true, drawAttention: true });
  });
});

describe('break time is up', () => {
  async function breakRunsOut(windowFocused: boolean) {
    await start();
    await commands.onCommand.trigger('take-break');
    await settled();
    const win = (await fakeBrowser.windows.getAll()).at(-1)!;
    vi.spyOn(fakeBrowser.windows, 'get').mockResolvedValue({ ...win, focused: windowFocused });
    await fireWake();
    expect((await tracker()).phase).toBe('tracking');
    return Object.keys(await fakeBrowser.notifications.getAll());
  }

  it('a gentle notification when the break window is not focused', async () => {
    expect(await breakRunsOut(false)).toEqual(['breakOver']);
  });

  it('none when the user is looking at the break window', async () => {
    expect(await breakRunsOut(true)).toEqual([]);
  });
});

describe('a running relief timer', () => {
  it('is in the toolbar tooltip, and gone from it when cancelled', async () => {
    await start();
    await send(command({ type: 'startRelief', timer: 'cold' }));
    expect(await title()).toMatch(
      /^Posture Break: tracking your sitting time · Cold compress: 15 minutes left, until /,
    );
    await send(command({ type: 'cancelRelief' }));
    expect(await title()).toBe(i18n.t('badge.tracking'));
  });

  it('takes the countdown badge with its minutes', async () => {
    await start({ settings: { badgeStyle: 'countdown' } });
    await send(command({ type: 'startRelief', timer: 'warm' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('10');
  });
});

describe('keyboard commands', () => {
  it("'take-break' starts a break", async () => {
    await start();
    await commands.onCommand.trigger('take-break');
    await settled();
    expect((await tracker()).phase).toBe('onBreak');
  });

  it("'toggle-pause' pauses, then resumes with a new streak", async () => {
    await start();
    await commands.onCommand.trigger('toggle-pause');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'paused', pausedUntil: null });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');

    at(T0 + 30 * MINUTE);
    await commands.onCommand.trigger('toggle-pause');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'tracking', sittingSince: T0 + 30 * MINUTE });
    expect((await wakeAlarm()).scheduledTime).toBe(T0 + 50 * MINUTE);
  });

  it('an unknown command does nothing', async () => {
    await start();
    const before = await tracker();
    await commands.onCommand.trigger('_execute_action');
    await settled();
    expect(await tracker()).toEqual(before);
  });
});

describe('messages from pages', () => {
  it('a valid command replies ok and is carried out', async () => {
    await start();
    expect(await send(command({ type: 'testReminder' }))).toEqual({ ok: true });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['test']);
  });

  it.each([
    ['a malformed command', command({ type: 'explode' })],
    ['a pause of a negative length', command({ type: 'pause', length: { minutes: -5 } })],
    ['a command without our kind', { type: 'takeBreak' }],
    ['a string', 'takeBreak'],
    ['null', null],
  ])('%s gets no reply and changes nothing', async (_, message) => {
    await start();
    const before = await tracker();
    expect(await send(message)).toBeUndefined();
    expect(await tracker()).toEqual(before);
  });

  it('"Clear history" is done in the queue: a step under way cannot write the cleared days back', async () => {
    await start({ settings: NO_NUDGES });
    at(T0 + 10 * MINUTE);
    // The break books ten minutes of sitting; the clear is sent while that step runs.
    const took = fakeBrowser.runtime.sendMessage(command({ type: 'takeBreak' }));
    const cleared = fakeBrowser.runtime.sendMessage(clearHistoryMessage());
    await settled();
    expect(await took).toEqual({ ok: true });
    expect(await cleared).toEqual({ ok: true });
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual({});
    expect((await tracker()).phase).toBe('onBreak');
  });

  it('a refused command replies with the reason', async () => {
    await start();
    const cold = command({ type: 'startRelief', timer: 'cold' });
    expect(await send(cold)).toEqual({ ok: true });
    at(T0 + 90 * MINUTE);
    expect(await send(cold)).toEqual({ ok: false, reason: 'coldTooSoon' });
    expect((await tracker()).lastColdStartedAt).toBe(T0);
    expect(await send(command({ type: 'resume' }))).toEqual({
      ok: false,
      reason: 'notApplicable',
    });
  });
});

describe('overlapping events', () => {
  it('run one after the other, so no update is lost', async () => {
    await start({ settings: { nudgeEnabled: false } });
    // The check-ins (every 20 minutes of a streak) come on time, then the break.
    for (const minutes of [20, 40, 50]) {
      at(T0 + minutes * MINUTE);
      await fireWake();
    }
    // One break reminder is open: whichever Snooze runs first takes it, and
    // every later one sees it is gone (had two read the same state, both would count).
    const snooze = command({ type: 'snooze' });
    const replies = Promise.all([
      fakeBrowser.runtime.sendMessage(snooze),
      fakeBrowser.runtime.sendMessage(snooze),
    ]);
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 1);
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 1);
    await settled();
    expect(await replies).toEqual([{ ok: true }, { ok: false, reason: 'notApplicable' }]);
    expect((await today())?.snoozes).toBe(1);
  });
});

describe('idle', () => {
  it("'locked', then 'active' 6 minutes later, is a natural break and a new streak", async () => {
    await start();
    at(T0 + 10 * MINUTE);
    await idle.onStateChanged.trigger('locked');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'away', awaySince: T0 + 10 * MINUTE });
    expect(await title()).toBe(i18n.t('badge.away'));

    at(T0 + 16 * MINUTE);
    await idle.onStateChanged.trigger('active');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'tracking', sittingSince: T0 + 16 * MINUTE });
    expect((await today())?.naturalBreaks).toBe(1);
    expect((await wakeAlarm()).scheduledTime).toBe(T0 + 36 * MINUTE);
  });

  it("'locked' for under the threshold keeps the streak", async () => {
    await start();
    at(T0 + 10 * MINUTE);
    await idle.onStateChanged.trigger('locked');
    at(T0 + 12 * MINUTE);
    await idle.onStateChanged.trigger('active');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'tracking', sittingSince: T0 });
    expect((await today())?.naturalBreaks ?? 0).toBe(0);
  });

  it("'idle' while a tab plays sound keeps tracking", async () => {
    await start();
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([
        { id: 1, audible: true } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number],
      ]);
    at(T0 + 10 * MINUTE);
    await idle.onStateChanged.trigger('idle');
    await settled();
    expect(query).toHaveBeenCalledWith({ audible: true });
    expect(await tracker()).toMatchObject({
      phase: 'tracking',
      idle: 'idle',
      audible: true,
      sittingSince: T0,
    });
  });

  it("'idle' with no sound is away since the threshold began", async () => {
    await start();
    at(T0 + 10 * MINUTE);
    await idle.onStateChanged.trigger('idle');
    await settled();
    expect(await tracker()).toMatchObject({ phase: 'away', awaySince: T0 + 5 * MINUTE });
  });
});

describe('settings changes', () => {
  it('move the wake alarm and re-apply the idle threshold', async () => {
    await start({ settings: NO_NUDGES });
    expect((await wakeAlarm()).scheduledTime).toBe(T0 + 20 * MINUTE); // the check-in
    idle.setDetectionInterval.mockClear();

    at(T0 + 5 * MINUTE);
    await fakeBrowser.storage.sync.set({
      settings: {
        ...defaultSettings(),
        ...NO_NUDGES,
        breakIntervalMinutes: 15,
        naturalBreakMinutes: 2,
      },
    });
    await settled();
    expect((await tracker()).nextBreakAt).toBe(T0 + 15 * MINUTE);
    expect((await wakeAlarm()).scheduledTime).toBe(T0 + 15 * MINUTE);
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(2 * 60);
  });

  it('in another area or key are ignored', async () => {
    await start();
    const before = await tracker();
    at(T0 + MINUTE);
    await fakeBrowser.storage.local.set({ settings: { breakIntervalMinutes: 5 } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await settled();
    expect(await tracker()).toEqual(before);
  });
});

describe('corrupt storage', () => {
  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    [
      'wrong types in every field',
      {
        version: 'one',
        phase: 42,
        sittingSince: 'yesterday',
        nextBreakAt: {},
        breakReminders: -3,
        snoozed: 'no',
        idle: 7,
        relief: { timer: 'lava', startedAt: 0, endsAt: 1 },
        lastTipId: 'no-such-tip',
        wakeAt: [],
      },
    ],
  ])('a tracker state that is %s is repaired without an error', async (_, garbage) => {
    const errors = vi.spyOn(console, 'error');
    await start({ tracker: garbage });
    expect(errors).not.toHaveBeenCalled();
    const state = await tracker();
    expect(state).toMatchObject({
      version: 1,
      phase: 'tracking',
      sittingSince: T0,
      nextBreakAt: T0 + 50 * MINUTE,
      relief: null,
    });
    expect((await wakeAlarm()).scheduledTime).toBe(state.wakeAt);
  });

  it('corrupt settings fall back to the defaults', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { breakIntervalMinutes: 'soon', nudgeEnabled: 3 },
    });
    await start();
    expect((await tracker()).nextBreakAt).toBe(T0 + 50 * MINUTE);
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(5 * 60);
  });

  // A field that is repaired on its own can leave a state that never moves on.
  it('a break whose end time is corrupt still ends', async () => {
    await start();
    await commands.onCommand.trigger('take-break');
    await settled();
    const onBreak = await tracker();
    await fakeBrowser.storage.local.set({ tracker: { ...onBreak, breakEndsAt: 'soon' } });
    await restartWorker({ dropAlarms: true });
    const state = await tracker();
    // Either the break still has an end (and an alarm for it), or it is over.
    if (state.phase === 'onBreak') {
      expect(state.breakEndsAt).not.toBeNull();
      expect((await wakeAlarm()).scheduledTime).toBe(state.breakEndsAt);
    } else expect(state.phase).toBe('tracking');
  });

  it('a streak whose next break time is corrupt still gets its break reminder', async () => {
    await start({ settings: NO_NUDGES });
    const state = await tracker();
    await fakeBrowser.storage.local.set({ tracker: { ...state, nextBreakAt: 'later' } });
    at(T0 + MINUTE);
    await restartWorker({ dropAlarms: true });
    expect((await tracker()).nextBreakAt).toBe(T0 + 50 * MINUTE);
  });
});

describe('a worker restart', () => {
  it.each([
    ['with its alarm kept', false],
    ['after its alarm was lost', true],
  ])('rebuilds the same alarm and badge and keeps the streak, %s', async (_, dropAlarms) => {
    await start();
    const before = await tracker();
    at(T0 + 3 * MINUTE);
    await restartWorker({ dropAlarms });
    // Only the bookkeeping of the step itself moves; the streak and its schedule stay.
    const { lastStepAt, accountedUntil, seenAt, ...streak } = before;
    expect(await tracker()).toMatchObject({ ...streak, lastStepAt: T0 + 3 * MINUTE });
    expect(lastStepAt).toBe(T0);
    expect(accountedUntil).toBe(T0);
    expect(seenAt).toBe(T0);
    expect((await wakeAlarm()).scheduledTime).toBe(before.wakeAt);
    expect(await title()).toBe(i18n.t('badge.tracking'));
  });

  it('counts a long closed gap as a natural break, not a pile of reminders', async () => {
    await start();
    at(T0 + 3 * 60 * MINUTE);
    await restartWorker({ dropAlarms: true, browserClosed: true });
    expect(await tracker()).toMatchObject({ phase: 'tracking', sittingSince: T0 + 180 * MINUTE });
    expect((await today())?.naturalBreaks).toBe(1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
