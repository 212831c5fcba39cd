import { describe, expect, it } from 'vitest';
import { RELIEF_TIMERS } from '@/utils/content/relief-timers';
import { MINUTE } from '@/utils/time';
import { initialState, repairState } from '@/utils/tracker/state';

const T0 = new Date(2026, 10, 25, 15, 0).getTime();

describe('repairState: the relief run', () => {
  it('is rebuilt from its known fields only: a 5 MB junk field stays behind', () => {
    const stored = {
      ...initialState(),
      relief: { timer: 'cold', startedAt: T0, endsAt: T0 + 15 * MINUTE, junk: 'x'.repeat(5e6) },
    };
    const repaired = repairState(stored);
    expect(repaired.relief).toEqual({ timer: 'cold', startedAt: T0, endsAt: T0 + 15 * MINUTE });
    expect(Object.keys(repaired.relief!)).toEqual(['timer', 'startedAt', 'endsAt']);
    expect(JSON.stringify(repaired).length).toBeLessThan(2000);
  });

  it.each(Object.values(RELIEF_TIMERS).map((t) => [t.id, t.minutes] as const))(
    '%s: its end is capped at %i minutes after its start',
    (timer, minutes) => {
      const stored = { relief: { timer, startedAt: T0, endsAt: T0 + 1e12 } };
      expect(repairState(stored).relief).toEqual({
        timer,
        startedAt: T0,
        endsAt: T0 + minutes * MINUTE,
      });
    },
  );

  it('keeps an end that is already within the timer', () => {
    const relief = { timer: 'warm', startedAt: T0, endsAt: T0 + 3 * MINUTE };
    expect(repairState({ relief }).relief).toEqual(relief);
  });

  it.each([
    ['an unknown timer', { timer: 'ice', startedAt: T0, endsAt: T0 }],
    ['a missing start', { timer: 'cold', endsAt: T0 }],
    ['a string end', { timer: 'cold', startedAt: T0, endsAt: '1' }],
    ['an infinite start', { timer: 'cold', startedAt: -Infinity, endsAt: T0 }],
    ['an array', ['cold', T0, T0]],
    ['a string', 'cold'],
  ])('%s: no relief run', (_, relief) => {
    expect(repairState({ relief }).relief).toBeNull();
  });
});
