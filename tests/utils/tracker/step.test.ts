import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, nextLocalMidnight } from '@/utils/time';
import type { Effect } from '@/utils/tracker/types';
import { viewOf } from '@/utils/tracker/view';
import { Sim, T0, settingsWith } from './sim';

describe('sitting streak', () => {
  it('starts at the first start-up and wakes for the first nudge', () => {
    const sim = new Sim();
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(T0);
    expect(sim.state.wakeAt).toBe(T0 + 20 * MINUTE);
  });

  it.each([
    ['a short lock (2 min) keeps the streak', 2, T0, 0],
    ['a lock of the threshold (5 min) is a natural break', 5, T0 + 35 * MINUTE, 1],
    ['a long lock (30 min) is a natural break', 30, T0 + 60 * MINUTE, 1],
  ])('%s', (_, minutes, sittingSince, natural) => {
    const sim = new Sim();
    sim.advance(30 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'locked', audible: false } });
    expect(sim.state.phase).toBe('away');
    sim.now += minutes * MINUTE;
    sim.send({ type: 'idle', seen: { idle: 'active', audible: false } });
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(sittingSince);
    expect(sim.history('naturalBreaks')).toBe(natural);
  });

  it('an idle event (no input for the threshold) makes the break start when input stopped', () => {
    const sim = new Sim();
    sim.advance(30 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle', audible: false } });
    expect(sim.state.awaySince).toBe(T0 + 25 * MINUTE);
    sim.advance(MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'active', audible: false } });
    expect(sim.history('naturalBreaks')).toBe(1);
    expect(sim.state.sittingSince).toBe(T0 + 31 * MINUTE);
  });

  it('going idle while a tab plays sound is still sitting (watching a video, on a call)', () => {
    const sim = new Sim();
    sim.advance(30 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle', audible: true } });
    expect(sim.state.phase).toBe('tracking');
    sim.advance(25 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'active', audible: false } });
    expect(sim.history('naturalBreaks')).toBe(0);
    expect(sim.notifications('break')).toHaveLength(1);
  });

  it('counts audible idle time as a break when that setting is off', () => {
    const sim = new Sim(settingsWith({ audibleCountsAsSitting: false }));
    sim.advance(30 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle', audible: true } });
    expect(sim.state.phase).toBe('away');
  });

  it('does not remind anyone who is away', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'locked', audible: false } });
    sim.advance(3 * HOUR);
    expect(sim.notifications()).toEqual([]);
  });

  it('adds sitting time to each local day, split at midnight', () => {
    const sim = new Sim(
      settingsWith({ nudgeEnabled: false }),
      new Date(2026, 10, 25, 23, 50).getTime(),
    );
    sim.advance(20 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'locked', audible: false } });
    const days = new Map<string, number>();
    for (const { effects } of sim.log) {
      for (const e of effects)
        if (e.type === 'history' && e.add.sittingMs)
          days.set(e.day, (days.get(e.day) ?? 0) + e.add.sittingMs);
    }
    expect(Object.fromEntries(days)).toEqual({
      '2026-11-25': 10 * MINUTE,
      '2026-11-26': 10 * MINUTE,
    });
  });
});

describe('position nudges', () => {
  it('come every 20 minutes of the streak, each with a different tip than the last', () => {
    const sim = new Sim(settingsWith({ breakIntervalMinutes: 240 }));
    sim.advance(100 * MINUTE);
    const nudges = sim.notifications('nudge');
    expect(nudges.map((n) => (n.dueAt - T0) / MINUTE)).toEqual([20, 40, 60, 80, 100]);
    for (let i = 1; i < nudges.length; i++) expect(nudges[i]!.tipId).not.toBe(nudges[i - 1]!.tipId);
    expect(sim.history('nudges')).toBe(5);
    expect(sim.state.sittingSince).toBe(T0); // a nudge does not end the streak
  });

  it('are off when the setting is off', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(45 * MINUTE);
    expect(sim.notifications('nudge')).toEqual([]);
  });

  it('stay quiet while a movement break is due', () => {
    const sim = new Sim(settingsWith({ repeatCount: 0 }));
    sim.advance(90 * MINUTE);
    expect(sim.notifications('nudge').map((n) => (n.dueAt - T0) / MINUTE)).toEqual([20, 40]);
  });
});

describe('movement breaks', () => {
  it('remind after 50 minutes, repeat every 10 minutes at most 3 times, then stay quiet', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(3 * HOUR);
    const reminders = sim.notifications('break');
    expect(reminders.map((r) => [(r.at - T0) / MINUTE, r.repeat])).toEqual([
      [50, 0],
      [60, 1],
      [70, 2],
      [80, 3],
    ]);
    expect(reminders[0]).toMatchObject({ sittingMinutes: 50, via: 'notification' });
  });

  it('open the break window instead when the user chose that', () => {
    const sim = new Sim(settingsWith({ breakAction: 'window' }));
    sim.advance(50 * MINUTE);
    expect(sim.notifications('break')[0]?.via).toBe('window');
  });

  it('take a break: the window opens, the break runs its length, then a new streak begins', () => {
    const sim = new Sim();
    sim.advance(50 * MINUTE);
    const taken = sim.command({ type: 'takeBreak' });
    expect(taken.effects).toContainEqual({ type: 'openBreakWindow' });
    expect(sim.state.phase).toBe('onBreak');
    expect(sim.state.breakEndsAt).toBe(T0 + 55 * MINUTE);
    sim.advance(5 * MINUTE);
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(T0 + 55 * MINUTE);
    expect(sim.history('breaksTaken')).toBe(1);
  });

  it('done records a break taken and restarts the streak', () => {
    const sim = new Sim();
    sim.advance(52 * MINUTE);
    sim.command({ type: 'done' });
    expect(sim.history('breaksTaken')).toBe(1);
    expect(sim.state.sittingSince).toBe(T0 + 52 * MINUTE);
    expect(sim.state.nextBreakAt).toBe(T0 + 102 * MINUTE);
  });

  it('a Done that races the end of the break counts the break once', () => {
    const sim = new Sim();
    sim.command({ type: 'takeBreak' });
    sim.advance(5 * MINUTE); // the alarm ends the break
    expect(sim.command({ type: 'done' }).refused).toBeUndefined();
    expect(sim.history('breaksTaken')).toBe(1);
  });

  it('snooze reminds again after the snooze length and counts a snooze', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(51 * MINUTE);
    sim.command({ type: 'snooze' });
    sim.advance(20 * MINUTE);
    expect(sim.notifications('break').map((r) => (r.at - T0) / MINUTE)).toEqual([50, 61, 71]);
    expect(sim.history('snoozes')).toBe(1);
  });

  it('skip schedules the next break one full interval later and keeps the streak', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(50 * MINUTE);
    sim.command({ type: 'skip' });
    expect(sim.history('skips')).toBe(1);
    expect(sim.state.sittingSince).toBe(T0);
    sim.advance(55 * MINUTE);
    expect(sim.notifications('break').map((r) => (r.at - T0) / MINUTE)).toEqual([50, 100]);
  });
});

describe('holding reminders while fullscreen', () => {
  it('holds a due reminder until the window leaves fullscreen', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.runUntil(T0 + 53 * MINUTE, { fullscreen: true });
    expect(sim.notifications()).toEqual([]);
    sim.send({ type: 'fullscreen', seen: { fullscreen: false } });
    expect(sim.notifications('break')).toEqual([
      expect.objectContaining({ dueAt: T0 + 50 * MINUTE, at: T0 + 53 * MINUTE }),
    ]);
  });

  it('shows it anyway after the longest hold (15 min)', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.runUntil(T0 + 70 * MINUTE, { fullscreen: true });
    expect(sim.notifications('break').map((n) => n.at)).toEqual([T0 + 65 * MINUTE]);
  });

  it('does not hold when the setting is off', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false, holdWhileFullscreen: false }));
    sim.runUntil(T0 + 50 * MINUTE, { fullscreen: true });
    expect(sim.notifications('break')).toHaveLength(1);
  });
});

describe('pause', () => {
  it.each([
    [{ minutes: 30 }, T0 + 40 * MINUTE],
    ['tomorrow' as const, nextLocalMidnight(T0 + 10 * MINUTE)],
    ['indefinite' as const, null],
  ])('pause %j lasts until %s and nothing is shown meanwhile', (length, until) => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.command({ type: 'pause', length });
    expect(sim.state.phase).toBe('paused');
    expect(sim.state.pausedUntil).toBe(until);
    expect(sim.state.wakeAt).toBe(until);
    sim.runUntil(until === null ? T0 + 5 * HOUR : until - 1);
    expect(sim.notifications()).toEqual([]);
  });

  it('restarts the streak when the pause runs out, or on resume', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.command({ type: 'pause', length: { minutes: 30 } });
    sim.advance(30 * MINUTE);
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(T0 + 40 * MINUTE);
    sim.command({ type: 'pause', length: 'indefinite' });
    sim.advance(HOUR);
    sim.command({ type: 'resume' });
    expect(sim.state.sittingSince).toBe(T0 + 100 * MINUTE);
  });

  it('the shortcut toggles pause and resume', () => {
    const sim = new Sim();
    sim.command({ type: 'togglePause' });
    expect(sim.state).toMatchObject({ phase: 'paused', pausedUntil: null });
    sim.command({ type: 'togglePause' });
    expect(sim.state.phase).toBe('tracking');
  });

  it.each([
    ['resume when not paused', { type: 'resume' as const }],
    ['cancel with no relief timer', { type: 'cancelRelief' as const }],
  ])('refuses %s and changes nothing', (_, command) => {
    const sim = new Sim();
    const before = sim.state;
    const result = sim.command(command);
    expect(result.refused).toBe('notApplicable');
    expect({ ...result.state, lastStepAt: null }).toEqual({ ...before, lastStepAt: null });
  });
});

describe('active hours', () => {
  const hours = settingsWith({
    activeHoursEnabled: true,
    activeDays: Array.from({ length: 7 }, (_, d) => ({
      enabled: d >= 1 && d <= 5,
      start: '09:00',
      end: '17:00',
    })),
  });

  it('outside them nothing is tracked and the wake-up is the next start', () => {
    const sim = new Sim(hours, new Date(2026, 10, 25, 7, 0).getTime());
    expect(sim.state.phase).toBe('offHours');
    expect(sim.state.wakeAt).toBe(T0);
    sim.runUntil(T0 - 1);
    expect(sim.notifications()).toEqual([]);
  });

  it('tracking starts with the hours and stops at their end, until the next working day', () => {
    const friday = new Date(2026, 10, 27, 16, 0).getTime();
    const sim = new Sim(hours, friday);
    expect(sim.state.phase).toBe('tracking');
    sim.runUntil(friday + HOUR);
    expect(sim.state.phase).toBe('offHours');
    expect(sim.state.offHoursUntil).toBe(new Date(2026, 10, 30, 9, 0).getTime()); // Monday
  });
});

describe('gaps: sleep, a closed browser, clock changes', () => {
  it('a sleep longer than the threshold is a natural break, with no stale reminders', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(45 * MINUTE);
    sim.sleep(2 * HOUR); // the 50-minute alarm could not fire
    sim.runUntil(sim.now); // it fires once, late
    expect(sim.notifications()).toEqual([]);
    expect(sim.history('naturalBreaks')).toBe(1);
    expect(sim.state.sittingSince).toBe(sim.now);
  });

  it('a wake-up a little late (under the threshold) still reminds', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(45 * MINUTE);
    sim.sleep(7 * MINUTE);
    sim.runUntil(sim.now);
    expect(sim.notifications('break')).toHaveLength(1);
  });

  it('a browser start-up long after the last wake-up is a natural break too', () => {
    const sim = new Sim();
    sim.advance(15 * MINUTE);
    sim.sleep(8 * HOUR);
    sim.send({ type: 'start', fresh: true, seen: { idle: 'active', fullscreen: false } });
    expect(sim.history('naturalBreaks')).toBe(1);
    expect(sim.notifications()).toEqual([]);
  });

  it('the clock going back an hour: the alarm still comes after 50 minutes of sitting, nothing negative', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(30 * MINUTE);
    sim.clockJump(-HOUR); // 09:30 becomes 08:30
    sim.advance(20 * MINUTE); // Chrome's alarm fires 20 real minutes later, at 08:50 on the wall
    expect(sim.notifications('break')).toEqual([
      expect.objectContaining({ sittingMinutes: 50, at: T0 - 10 * MINUTE }),
    ]);
    expect(sim.state.sittingSince).toBe(sim.now - 50 * MINUTE);
  });

  it('any other event after the clock went back takes the streak as it was', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.command({ type: 'testReminder' });
    sim.clockJump(-HOUR);
    sim.send({ type: 'idle', seen: { idle: 'locked', audible: false } });
    expect(sim.state.sittingSince).toBe(sim.now - 10 * MINUTE);
    expect(sim.state.awaySince).toBe(sim.now);
  });

  it('the clock jumping forward past the threshold is a natural break, not a burst of reminders', () => {
    const sim = new Sim();
    sim.advance(15 * MINUTE);
    sim.clockJump(3 * HOUR);
    sim.advance(5 * MINUTE); // the 20-minute alarm fires on time, three hours "late" on the wall
    expect(sim.notifications()).toEqual([]);
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('keeps a wake-up while reminders are used up, so a sleep is still noticed', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false, repeatCount: 0 }));
    sim.advance(55 * MINUTE);
    expect(sim.state.nextBreakAt).toBeNull();
    expect(sim.state.wakeAt).not.toBeNull();
  });
});

describe('settings changes', () => {
  it('a shorter break interval takes effect at once', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(40 * MINUTE);
    sim.settings = settingsWith({ nudgeEnabled: false, breakIntervalMinutes: 30 });
    sim.send({ type: 'settings' });
    expect(sim.notifications('break')).toEqual([
      expect.objectContaining({ dueAt: T0 + 30 * MINUTE }),
    ]);
  });

  it('a longer one moves the wake-up later', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.settings = settingsWith({ nudgeEnabled: false, breakIntervalMinutes: 90 });
    sim.send({ type: 'settings' });
    expect(sim.state.nextBreakAt).toBe(T0 + 90 * MINUTE);
    sim.advance(90 * MINUTE);
    expect(sim.notifications('break').map((n) => n.at)).toEqual([T0 + 90 * MINUTE]);
  });
});

describe('badge', () => {
  const badgeOf = (sim: Sim) => {
    const last = sim.log.at(-1)!.effects.find((e) => e.type === 'badge');
    return last?.type === 'badge' ? last.badge : undefined;
  };

  it.each([
    ['tracking', (s: Sim) => s.advance(MINUTE), { kind: 'tracking' }],
    ['break due', (s: Sim) => s.advance(50 * MINUTE), { kind: 'due' }],
    ['on a break', (s: Sim) => s.command({ type: 'takeBreak' }), { kind: 'onBreak' }],
    ['paused', (s: Sim) => s.command({ type: 'pause', length: 'indefinite' }), { kind: 'paused' }],
    [
      'away',
      (s: Sim) => s.send({ type: 'idle', seen: { idle: 'locked', audible: false } }),
      { kind: 'away' },
    ],
  ])('%s', (_, act, badge) => {
    const sim = new Sim();
    act(sim);
    expect(badgeOf(sim)).toEqual(badge);
  });

  it('counts down the minutes only when the user opted in, waking once a minute', () => {
    const sim = new Sim(settingsWith({ badgeStyle: 'countdown' }));
    sim.advance(90 * 1000);
    expect(badgeOf(sim)).toEqual({ kind: 'countdown', minutes: 49 });
    expect(sim.state.wakeAt).toBe(T0 + 2 * MINUTE);
  });
});

describe('relief timers', () => {
  it('runs one timer, notifies when done, and for the cold compress says when the next is allowed', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.command({ type: 'startRelief', timer: 'cold' });
    expect(sim.state.relief).toEqual({ timer: 'cold', startedAt: T0, endsAt: T0 + 15 * MINUTE });
    expect(sim.state.wakeAt).toBe(T0 + 15 * MINUTE);
    sim.advance(15 * MINUTE);
    expect(sim.notifications('relief')).toEqual([
      expect.objectContaining({ timer: 'cold', nextColdAt: T0 + 2 * HOUR, at: T0 + 15 * MINUTE }),
    ]);
    expect(sim.state.relief).toBeNull();
  });

  it('refuses a cold compress within two hours of the last unless confirmed', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.advance(HOUR);
    expect(sim.command({ type: 'startRelief', timer: 'cold' }).refused).toBe('coldTooSoon');
    expect(
      sim.command({ type: 'startRelief', timer: 'cold', confirmEarly: true }).refused,
    ).toBeUndefined();
    sim.advance(2 * HOUR);
    expect(sim.command({ type: 'startRelief', timer: 'cold' }).refused).toBeUndefined();
  });

  it.each([
    ['warm', 10],
    ['massage', 10],
    ['towel', 10],
  ] as const)('%s lasts %i minutes; one timer at a time; cancel stops it', (timer, minutes) => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.command({ type: 'startRelief', timer });
    expect(sim.state.relief).toMatchObject({ timer, endsAt: T0 + minutes * MINUTE });
    sim.command({ type: 'cancelRelief' });
    expect(sim.state.relief).toBeNull();
    sim.advance(30 * MINUTE);
    expect(sim.notifications('relief')).toEqual([]);
  });

  it('keeps running while paused, and its end notice is dropped when stale after a long gap', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'warm' });
    sim.command({ type: 'pause', length: 'indefinite' });
    sim.sleep(3 * HOUR);
    sim.send({ type: 'start', fresh: true, seen: { idle: 'active', fullscreen: false } });
    expect(sim.notifications('relief')).toEqual([]);
    expect(sim.state.relief).toBeNull();
  });

  it('survives a restart: the state round-trips through JSON', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'massage' });
    sim.advance(4 * MINUTE);
    sim.state = JSON.parse(JSON.stringify(sim.state));
    sim.send({ type: 'start', fresh: true, seen: { idle: 'active', fullscreen: false } });
    expect(sim.state.relief).toMatchObject({ timer: 'massage', endsAt: T0 + 10 * MINUTE });
    sim.advance(6 * MINUTE);
    expect(sim.notifications('relief')).toHaveLength(1);
  });
});

describe('test reminder', () => {
  it('shows a test notification, even while paused', () => {
    const sim = new Sim();
    sim.command({ type: 'pause', length: 'indefinite' });
    expect(sim.command({ type: 'testReminder' }).effects).toContainEqual({
      type: 'notify',
      kind: 'test',
    });
  });
});

describe('a held nudge is not a break', () => {
  const viewAt = (sim: Sim) => viewOf(sim.state, sim.settings, sim.now);
  const lastBadge = (sim: Sim) =>
    sim.log.at(-1)!.effects.find((e): e is Extract<Effect, { type: 'badge' }> => e.type === 'badge')
      ?.badge;

  /** 21 minutes into a fullscreen call: the 20-minute nudge is held, the break is 29 minutes off. */
  const nudgeHeld = () => {
    const sim = new Sim();
    sim.runUntil(T0 + 21 * MINUTE, { fullscreen: true });
    expect(sim.state.heldSince).toBe(T0 + 20 * MINUTE);
    return sim;
  };

  it('the popup and the badge keep saying "tracking" while only a nudge is held', () => {
    const sim = nudgeHeld();
    expect(viewAt(sim).status).toBe('tracking');
    expect(lastBadge(sim)).toEqual({ kind: 'tracking' });
  });

  it('Snooze is refused and the break stays 50 minutes into the streak', () => {
    const sim = nudgeHeld();
    expect(sim.command({ type: 'snooze' }).refused).toBe('notApplicable');
    expect(sim.state.nextBreakAt).toBe(T0 + 50 * MINUTE);
    expect(sim.history('snoozes')).toBe(0);
  });

  it('Skip is refused too: there is no break to skip', () => {
    const sim = nudgeHeld();
    expect(sim.command({ type: 'skip' }).refused).toBe('notApplicable');
    expect(sim.history('skips')).toBe(0);
  });

  it('Done counts no break and keeps the streak', () => {
    const sim = nudgeHeld();
    sim.command({ type: 'done' });
    expect(sim.history('breaksTaken')).toBe(0);
    expect(sim.state.sittingSince).toBe(T0);
  });

  it('a held break reminder is "break due": Snooze and Done act on it', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.runUntil(T0 + 52 * MINUTE, { fullscreen: true });
    expect(sim.notifications('break')).toEqual([]);
    expect(viewAt(sim).status).toBe('breakDue');
    expect(lastBadge(sim)).toEqual({ kind: 'due' });
    expect(sim.command({ type: 'snooze' }).refused).toBeUndefined();
    expect(sim.state.nextBreakAt).toBe(T0 + 62 * MINUTE);
    sim.runUntil(T0 + 63 * MINUTE, { fullscreen: true });
    sim.command({ type: 'done' });
    expect(sim.history('breaksTaken')).toBe(1);
  });

  it('Snooze is refused while nothing is due', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    expect(sim.command({ type: 'snooze' }).refused).toBe('notApplicable');
    expect(sim.state.nextBreakAt).toBe(T0 + 50 * MINUTE);
  });

  it('Snooze brings the reminder back the snooze length from now, as its button says', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false, snoozeMinutes: 5 }));
    sim.advance(50 * MINUTE); // shown; the ignored reminder's repeat was planned for 60
    sim.command({ type: 'snooze' });
    expect(sim.state.nextBreakAt).toBe(T0 + 55 * MINUTE);
    expect(sim.history('snoozes')).toBe(1);
  });
});

describe('a break under way: Done or End early, never Snooze or Skip', () => {
  it.each(['snooze', 'skip'] as const)(
    '%s is refused while a break runs, and nothing is recorded',
    (type) => {
      const sim = new Sim();
      sim.advance(50 * MINUTE);
      sim.command({ type: 'takeBreak' });
      expect(sim.command({ type }).refused).toBe('notApplicable');
      expect(sim.state.phase).toBe('onBreak');
      expect(sim.history('snoozes') + sim.history('skips')).toBe(0);
    },
  );

  it('a break the user started themselves is never snoozed', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.command({ type: 'takeBreak' });
    expect(sim.command({ type: 'snooze' }).refused).toBe('notApplicable');
    expect(sim.history('snoozes')).toBe(0);
  });

  it('End early counts a skip, not a break; the same streak goes on, the break time is not sitting', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(50 * MINUTE);
    sim.command({ type: 'takeBreak' });
    sim.advance(2 * MINUTE);
    expect(sim.command({ type: 'endBreak' }).refused).toBeUndefined();
    expect(sim.state).toMatchObject({ phase: 'tracking', sittingSince: T0, breakEndsAt: null });
    expect(sim.state.nextBreakAt).toBe(T0 + 102 * MINUTE);
    expect(sim.history('breaksTaken')).toBe(0);
    expect(sim.history('skips')).toBe(1);
    expect(sim.history('sittingMs')).toBe(50 * MINUTE);
  });

  it('Done while it runs counts the break and starts a new streak', () => {
    const sim = new Sim();
    sim.advance(20 * MINUTE);
    sim.command({ type: 'takeBreak' });
    sim.advance(MINUTE);
    sim.command({ type: 'done' });
    expect(sim.history('breaksTaken')).toBe(1);
    expect(sim.state.sittingSince).toBe(T0 + 21 * MINUTE);
  });

  it('End early is refused when no break runs', () => {
    const sim = new Sim();
    sim.advance(50 * MINUTE);
    expect(sim.command({ type: 'endBreak' }).refused).toBe('notApplicable');
  });

  it('a break that runs its full length says so (the background skips it if the window has focus)', () => {
    const sim = new Sim();
    sim.command({ type: 'takeBreak' });
    sim.advance(5 * MINUTE);
    expect(sim.notifications('breakOver')).toEqual([
      expect.objectContaining({ at: T0 + 5 * MINUTE }),
    ]);
  });

  it('no "time is up" when the end is learned long after (a sleep)', () => {
    const sim = new Sim();
    sim.command({ type: 'takeBreak' });
    sim.sleep(HOUR);
    sim.send({ type: 'wake', scheduledFor: sim.alarmFor, seen: { fullscreen: false } });
    expect(sim.notifications('breakOver')).toEqual([]);
    expect(sim.history('breaksTaken')).toBe(1);
  });

  it.each([
    ['on a break', (s: Sim) => s.command({ type: 'takeBreak' }), undefined],
    ['with a break due', (s: Sim) => s.advance(50 * MINUTE), undefined],
    ['while only tracking', (s: Sim) => s.advance(10 * MINUTE), 'notApplicable'],
  ])('Show break window %s', (_, act, refused) => {
    const sim = new Sim();
    act(sim);
    const result = sim.command({ type: 'showBreakWindow' });
    expect(result.refused).toBe(refused);
    if (!refused) expect(result.effects).toContainEqual({ type: 'openBreakWindow' });
  });
});

describe('only a cold compress that ran starts the two-hour spacing', () => {
  it('Start, Cancel a few seconds later, Start again: no question asked', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.now += 5 * 1000;
    sim.command({ type: 'cancelRelief' });
    expect(sim.state.lastColdStartedAt).toBeNull();
    expect(sim.command({ type: 'startRelief', timer: 'cold' }).refused).toBeUndefined();
  });

  it('cancelled after a third of its time (5 of 15 minutes), it counts', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.advance(5 * MINUTE);
    sim.command({ type: 'cancelRelief' });
    expect(sim.state.lastColdStartedAt).toBe(T0);
    expect(sim.command({ type: 'startRelief', timer: 'cold' }).refused).toBe('coldTooSoon');
  });

  it('replaced by another timer before a third, it does not count', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.advance(4 * MINUTE);
    sim.command({ type: 'startRelief', timer: 'warm' });
    expect(sim.state.lastColdStartedAt).toBeNull();
  });

  it('a refused early start changes nothing, the running timer included', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.advance(20 * MINUTE); // ran out: counts from T0
    sim.command({ type: 'startRelief', timer: 'warm' });
    const before = sim.state;
    const result = sim.command({ type: 'startRelief', timer: 'cold' });
    expect(result.refused).toBe('coldTooSoon');
    expect(result.state.relief).toEqual(before.relief);
    expect(result.state.lastColdStartedAt).toBe(T0);
  });

  it('a cold compress replaced by another cold one after a third counts from its own start', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    sim.advance(6 * MINUTE);
    expect(sim.command({ type: 'startRelief', timer: 'cold' }).refused).toBe('coldTooSoon');
    expect(sim.state.relief).toMatchObject({ timer: 'cold', startedAt: T0 });
  });
});

describe('paused and snoozed say what is going on', () => {
  const weekdays9to17 = settingsWith({
    activeHoursEnabled: true,
    activeDays: Array.from({ length: 7 }, (_, d) => ({
      enabled: d >= 1 && d <= 5,
      start: '09:00',
      end: '17:00',
    })),
  });

  it('"until tomorrow" with active hours resumes when they start the next day', () => {
    const sim = new Sim(weekdays9to17, new Date(2026, 10, 25, 15, 0).getTime()); // Wednesday
    sim.command({ type: 'pause', length: 'tomorrow' });
    const thursday9 = new Date(2026, 10, 26, 9, 0).getTime();
    expect(sim.state.pausedUntil).toBe(thursday9);
    sim.runUntil(thursday9);
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(thursday9);
  });

  it('"until tomorrow" on a Friday resumes on Monday morning, the next active hours', () => {
    const sim = new Sim(weekdays9to17, new Date(2026, 10, 27, 15, 0).getTime());
    sim.command({ type: 'pause', length: 'tomorrow' });
    expect(sim.state.pausedUntil).toBe(new Date(2026, 10, 30, 9, 0).getTime());
  });

  it('"until tomorrow" without active hours is midnight', () => {
    const sim = new Sim();
    sim.command({ type: 'pause', length: 'tomorrow' });
    expect(sim.state.pausedUntil).toBe(nextLocalMidnight(T0));
  });

  it('a new length while paused replaces the old one without resuming first', () => {
    const sim = new Sim();
    sim.command({ type: 'pause', length: { minutes: 30 } });
    sim.advance(MINUTE);
    sim.command({ type: 'pause', length: { minutes: 120 } });
    expect(sim.state).toMatchObject({ phase: 'paused', pausedUntil: T0 + 121 * MINUTE });
    expect(sim.history('breaksTaken') + sim.history('naturalBreaks')).toBe(0);
  });

  it('a snoozed reminder is told apart from ordinary tracking until it comes back', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(50 * MINUTE);
    sim.command({ type: 'snooze' });
    expect(viewOf(sim.state, sim.settings, sim.now)).toMatchObject({
      status: 'tracking',
      snoozedUntil: T0 + 60 * MINUTE,
    });
    sim.advance(10 * MINUTE);
    expect(viewOf(sim.state, sim.settings, sim.now)).toMatchObject({
      status: 'breakDue',
      snoozedUntil: null,
    });
  });
});

describe('a running relief timer in the toolbar', () => {
  const lastBadge = (sim: Sim) =>
    sim.log.at(-1)!.effects.find((e): e is Extract<Effect, { type: 'badge' }> => e.type === 'badge')
      ?.badge;

  it('the badge carries the timer and its end for the tooltip', () => {
    const sim = new Sim();
    sim.command({ type: 'startRelief', timer: 'cold' });
    expect(lastBadge(sim)).toEqual({
      kind: 'tracking',
      relief: { timer: 'cold', endsAt: T0 + 15 * MINUTE, minutes: 15 },
    });
    sim.advance(15 * MINUTE);
    expect(lastBadge(sim)).toEqual({ kind: 'tracking' });
  });

  it('the quiet badge adds no wake-ups; the countdown badge wakes once a minute to count it down', () => {
    const quiet = new Sim(settingsWith({ nudgeEnabled: false }));
    quiet.command({ type: 'startRelief', timer: 'warm' });
    expect(quiet.state.wakeAt).toBe(T0 + 10 * MINUTE);
    const countdown = new Sim(settingsWith({ nudgeEnabled: false, badgeStyle: 'countdown' }));
    countdown.advance(30 * 1000);
    countdown.command({ type: 'startRelief', timer: 'warm' });
    countdown.advance(2 * MINUTE);
    expect(countdown.log.at(-1)!.at).toBe(T0 + 150 * 1000); // the timer's own minute
    expect(lastBadge(countdown)?.relief).toMatchObject({ timer: 'warm', minutes: 8 });
  });
});

describe('what the browser says now wins over what was stored', () => {
  it('away, the browser closed and opened with the user at the keyboard: tracking at once, with a wake-up', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle' } });
    expect(sim.state.phase).toBe('away');
    sim.browserRestart(30 * MINUTE, { idle: 'active' }); // no 'active' event ever comes
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(sim.now);
    expect(sim.state.wakeAt).not.toBeNull();
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('tracking, but a wake-up finds the screen locked (its event lost): away, no nudge', () => {
    const sim = new Sim();
    sim.advance(19 * MINUTE);
    sim.world = { ...sim.world, idle: 'locked' }; // the lock event was lost
    sim.advance(MINUTE); // the 20-minute wake-up asks
    expect(sim.state.phase).toBe('away');
    expect(sim.notifications('nudge')).toEqual([]);
  });

  it('away, and the change that says the user is back never comes: a check-in finds them', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle' } });
    expect(sim.state.awaySince).toBe(sim.at(5));
    // Checked 1, 2, 4, 8 minutes after leaving: the first still to come is at 8.
    expect(sim.state.wakeAt).toBe(sim.at(13));
    sim.advance(MINUTE);
    sim.world = { ...sim.world, idle: 'active' }; // back at the keyboard, no event
    sim.advance(2 * MINUTE);
    expect(sim.state.phase).toBe('tracking');
    expect(sim.state.sittingSince).toBe(sim.at(13));
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('a long absence is checked 1, 2, 4, 8, 16 minutes after it began, then every 20', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false, naturalBreakMinutes: 1 }));
    sim.advance(10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle' } });
    const left = sim.state.awaySince!;
    expect(left).toBe(sim.at(9));
    sim.advance(3 * HOUR);
    const wakes = sim.log.filter((l) => l.event.type === 'wake').map((l) => (l.at - left) / MINUTE);
    expect(wakes.slice(0, 8)).toEqual([2, 4, 8, 16, 20, 40, 60, 80]);
    expect(wakes).toHaveLength(13); // 4 then 9 in three hours: no more
    expect(sim.state.phase).toBe('away');
    expect(sim.notifications('nudge')).toEqual([]);
    expect(sim.notifications('break')).toEqual([]);
  });

  it('a worker start that finds the user idle goes away; one that finds them active stays', () => {
    const sim = new Sim();
    sim.advance(10 * MINUTE);
    sim.send({ type: 'start', seen: { idle: 'active' } });
    expect(sim.state.phase).toBe('tracking');
    sim.send({ type: 'start', seen: { idle: 'idle' } });
    expect(sim.state.phase).toBe('away');
    expect(sim.state.awaySince).toBe(T0 + 5 * MINUTE);
  });
});

describe('sitting is booked only for time the user was seen', () => {
  it('sit 5 minutes, quit the browser, come back after 45: no sitting booked for the time away', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(5 * MINUTE); // last seen at the start: nothing ran since
    sim.browserRestart(45 * MINUTE);
    expect(sim.history('sittingMs')).toBe(0);
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('default settings, sit 21 minutes, the lid closes for an hour: 20 minutes booked, not 40', () => {
    const sim = new Sim();
    sim.advance(21 * MINUTE);
    sim.sleep(HOUR);
    sim.runUntil(sim.now); // the 40-minute wake-up fires late
    expect(sim.history('sittingMs')).toBe(20 * MINUTE);
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('the longest streak of each day across midnight is no longer than that day', () => {
    const sim = new Sim(
      settingsWith({ nudgeEnabled: false }),
      new Date(2026, 10, 25, 23, 30).getTime(),
    );
    sim.advance(60 * MINUTE);
    sim.command({ type: 'testReminder' });
    const longest = new Map<string, number>();
    for (const { effects } of sim.log)
      for (const e of effects)
        if (e.type === 'longestStreak') longest.set(e.day, Math.max(longest.get(e.day) ?? 0, e.ms));
    expect(Object.fromEntries(longest)).toEqual({
      '2026-11-25': 30 * MINUTE,
      '2026-11-26': 30 * MINUTE,
    });
  });
});

describe('sleeps', () => {
  it('with nudges off, a lid-closed lunch of 55 minutes is a natural break (the 20-minute check-in comes late)', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(5 * MINUTE);
    sim.sleep(55 * MINUTE);
    sim.runUntil(sim.now);
    expect(sim.history('naturalBreaks')).toBe(1);
    expect(sim.notifications('break')).toEqual([]);
    expect(sim.state.sittingSince).toBe(sim.now);
  });

  it('a sleep that ends before the next check-in is not seen: it counts as sitting', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(MINUTE);
    sim.sleep(15 * MINUTE);
    sim.advance(4 * MINUTE);
    expect(sim.history('naturalBreaks')).toBe(0);
  });
});

describe('sound', () => {
  it('a video that ends before a 55-minute lunch: the lunch is a natural break, no reminder to an empty room', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false }));
    sim.advance(10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'idle', audible: true } }); // watching
    expect(sim.state.phase).toBe('tracking');
    sim.advance(5 * MINUTE);
    sim.world = { ...sim.world, audible: false }; // the video ends; the user leaves
    sim.advance(55 * MINUTE);
    expect(sim.notifications('break')).toEqual([]);
    expect(sim.state.phase).toBe('away');
    // Away since the sound was last heard: the 10-minute idle step, not the 20-minute wake-up.
    expect(sim.state.awaySince).toBe(T0 + 10 * MINUTE);
    sim.send({ type: 'idle', seen: { idle: 'active' } });
    expect(sim.history('naturalBreaks')).toBe(1);
  });

  it('with "hold while a tab plays sound" on, a due reminder waits for the sound, at most the hold limit', () => {
    const sim = new Sim(settingsWith({ nudgeEnabled: false, holdWhileAudible: true }));
    sim.runUntil(T0 + 53 * MINUTE, { audible: true });
    expect(sim.notifications('break')).toEqual([]);
    expect(sim.state.heldSince).toBe(T0 + 50 * MINUTE);
    sim.runUntil(T0 + 54 * MINUTE, { audible: false }); // the call ends: the next minute's check shows it
    expect(sim.notifications('break').map((n) => n.at)).toEqual([T0 + 54 * MINUTE]);
  });

  it('the sound hold gives up after its limit (15 minutes) and is off by default', () => {
    const held = new Sim(settingsWith({ nudgeEnabled: false, holdWhileAudible: true }));
    held.runUntil(T0 + 70 * MINUTE, { audible: true });
    expect(held.notifications('break').map((n) => n.at)).toEqual([T0 + 65 * MINUTE]);
    const plain = new Sim(settingsWith({ nudgeEnabled: false }));
    plain.runUntil(T0 + 50 * MINUTE, { audible: true });
    expect(plain.notifications('break')).toHaveLength(1);
  });
});

describe('time', () => {
  it('a 30-minute pause lasts 30 real minutes when the clock is set back an hour', () => {
    const sim = new Sim();
    sim.command({ type: 'pause', length: { minutes: 30 } });
    sim.advance(10 * MINUTE);
    sim.clockJump(-HOUR);
    const mono = sim.mono;
    sim.advance(20 * MINUTE - 1);
    expect(sim.state.phase).toBe('paused');
    sim.advance(1);
    expect(sim.state.phase).toBe('tracking');
    expect(sim.mono - mono).toBe(20 * MINUTE);
  });

  it('a pause until tomorrow keeps its midnight when the clock is set back', () => {
    const sim = new Sim();
    sim.command({ type: 'pause', length: 'tomorrow' });
    const midnight = sim.state.pausedUntil;
    sim.clockJump(-HOUR);
    sim.send({ type: 'settings' });
    expect(sim.state.pausedUntil).toBe(midnight);
  });
});

describe('active hours across DST (Berlin)', () => {
  const from0230 = settingsWith({
    activeHoursEnabled: true,
    activeDays: Array.from({ length: 7 }, () => ({ enabled: true, start: '02:30', end: '04:00' })),
  });

  it('a range starting in the skipped hour (02:30 on 29 March) starts at 03:00, when the clock jumps', () => {
    const sim = new Sim(from0230, new Date(2026, 2, 29, 1, 0).getTime());
    expect(sim.state.phase).toBe('offHours');
    const jump = Date.parse('2026-03-29T03:00:00+02:00');
    expect(sim.state.wakeAt).toBe(jump);
    sim.runUntil(jump);
    expect(sim.state.phase).toBe('tracking');
  });

  it('a range starting in the repeated hour (02:30 on 25 October) wakes at the change and at the second 02:30', () => {
    const sim = new Sim(from0230, Date.parse('2026-10-25T02:40:00+02:00'));
    expect(sim.state.phase).toBe('tracking');
    const back = Date.parse('2026-10-25T03:00:00+02:00'); // = 02:00 CET
    expect(sim.state.wakeAt).toBe(back);
    sim.runUntil(back);
    expect(sim.state.phase).toBe('offHours'); // 02:00 again, before the range
    const second = Date.parse('2026-10-25T02:30:00+01:00');
    expect(sim.state.wakeAt).toBe(second);
    sim.runUntil(second);
    expect(sim.state.phase).toBe('tracking');
  });
});
