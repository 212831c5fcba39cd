import { defaultSettings, type Settings } from '@/utils/settings-core';
import { initialState } from '@/utils/tracker/state';
import { step } from '@/utils/tracker/step';
import type {
  Effect,
  Observation,
  StepResult,
  TrackerEvent,
  TrackerState,
} from '@/utils/tracker/types';
import { MINUTE } from '@/utils/time';

/** Wednesday 25 November 2026, 09:00 local time (TZ is pinned in vitest.config.ts). */
export const T0 = new Date(2026, 10, 25, 9, 0).getTime();

export const settingsWith = (patch: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  ...patch,
});

export type Notify = Extract<Effect, { type: 'notify' }>;

type Bare<E> = E extends TrackerEvent ? Omit<E, 'seen' | 'fresh'> : never;
/**
 * An event as the test gives it: `seen` changes what the browser reports from
 * now on (the rest stays); a start is a worker start unless `fresh` is given.
 */
export type SimEvent = Bare<TrackerEvent> & { seen?: Partial<Observation>; fresh?: boolean };

/**
 * A browser in miniature: holds the state, fires the wake-up alarm when its
 * time comes (as Chrome does), and records every effect with its time.
 */
export class Sim {
  state: TrackerState = initialState();
  /** Time as the machine counts it; the wall clock is this plus `offset`. */
  mono: number;
  offset = 0;
  /** When (in machine time) the wake-up alarm will fire, as Chrome keeps it. */
  alarmAt: number | null = null;
  /** The wall time the alarm was set for (Chrome reports it as `scheduledTime`). */
  alarmFor = 0;
  log: Array<{ at: number; event: TrackerEvent; effects: Effect[]; result: StepResult }> = [];
  /** What the browser reports: changed by `seen` in events, or by `world` directly. */
  world: Observation = { idle: 'active', audible: false, fullscreen: false };
  /** Set by `restartWorker`: the next event is preceded by a (not fresh) start, as in a new worker. */
  restartPending = false;

  constructor(
    public settings: Settings = settingsWith(),
    start = T0,
    idle: TrackerState['idle'] = 'active',
  ) {
    this.mono = start;
    this.apply({ type: 'start', fresh: true, seen: { idle } });
  }

  /** The wall clock. Setting it lets time pass (no alarm fires meanwhile). */
  get now(): number {
    return this.mono + this.offset;
  }
  set now(wall: number) {
    this.mono += wall - this.now;
  }

  apply(input: SimEvent): StepResult {
    this.world = { ...this.world, ...input.seen };
    if (this.restartPending) {
      // The new worker's start asks the browser at the same moment as the event.
      this.restartPending = false;
      this.state = JSON.parse(JSON.stringify(this.state));
      if (input.type !== 'start') this.apply({ type: 'start' });
    }
    const { fresh, ...rest } = input;
    delete rest.seen;
    const event = {
      ...rest,
      ...(input.type === 'start' ? { fresh: fresh ?? false } : {}),
      seen: { ...this.world },
    } as TrackerEvent;
    const now = this.now;
    const result = step(this.state, event, this.settings, now);
    this.state = result.state;
    for (const e of result.effects) {
      // Chrome turns the wall time into a delay when the alarm is set; later clock changes do not move it.
      if (e.type === 'schedule') {
        this.alarmAt = e.at === null ? null : this.mono + Math.max(0, e.at - now);
        this.alarmFor = e.at ?? 0;
      }
    }
    this.log.push({ at: now, event, effects: result.effects, result });
    return result;
  }

  /** Lets time pass to wall time `to`, firing the wake-up alarm when it comes. */
  runUntil(to: number, seen: Partial<Observation> = {}): void {
    this.world = { ...this.world, ...seen };
    const end = this.mono + Math.max(0, to - this.now);
    for (let guard = 0; guard < 10_000; guard++) {
      if (this.alarmAt === null || this.alarmAt > end) break;
      this.mono = Math.max(this.mono, this.alarmAt);
      this.alarmAt = null;
      this.apply({ type: 'wake', scheduledFor: this.alarmFor });
    }
    this.mono = end;
  }

  advance(ms: number): void {
    this.runUntil(this.now + ms);
  }

  /** Time passes with no event at all (the computer sleeps, the alarm cannot fire). */
  sleep(ms: number): void {
    this.mono += ms;
  }

  /** The wall clock is set forward or back; alarms keep their machine-time schedule. */
  clockJump(ms: number): void {
    this.offset += ms;
  }

  at(minutes: number): number {
    return T0 + minutes * MINUTE;
  }

  send(event: SimEvent): StepResult {
    return this.apply(event);
  }

  /** The browser closes and opens again after `ms` (alarms missed meanwhile fire at the start). */
  browserRestart(ms: number, seen: Partial<Observation> = {}): StepResult {
    this.mono += ms;
    this.alarmAt = null;
    this.state = JSON.parse(JSON.stringify(this.state));
    return this.apply({ type: 'start', fresh: true, seen });
  }

  /** The worker dies and a new one hears the next event (its start step runs first). */
  restartWorker(): void {
    this.restartPending = true;
  }

  command(command: Extract<TrackerEvent, { type: 'command' }>['command']): StepResult {
    return this.apply({ type: 'command', command });
  }

  notifications<K extends Notify['kind'] = Notify['kind']>(
    kind?: K,
  ): Array<Extract<Notify, { kind: K }> & { at: number }> {
    return this.log.flatMap(({ at, effects }) =>
      effects
        .filter(
          (e): e is Extract<Notify, { kind: K }> =>
            e.type === 'notify' && (kind === undefined || e.kind === kind),
        )
        .map((e) => ({ ...e, at })),
    );
  }

  /** Sum of a history counter over all days. */
  history(
    counter: 'breaksTaken' | 'naturalBreaks' | 'snoozes' | 'skips' | 'nudges' | 'sittingMs',
  ): number {
    let total = 0;
    for (const { effects } of this.log) {
      for (const e of effects) if (e.type === 'history') total += e.add[counter] ?? 0;
    }
    return total;
  }
}
