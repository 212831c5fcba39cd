import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyHistoryEffects,
  emptyDay,
  HISTORY_DAYS,
  repairHistory,
  type History,
} from '@/utils/history';
import { historyCsv, lastDayKeys } from '@/utils/history-export';
import { shiftDayKey } from '@/utils/time';
import type { Effect } from '@/utils/tracker/types';

const TODAY = '2026-11-25';
const day = (breaksTaken: number) => ({ ...emptyDay(), breaksTaken });
const took = (key: string): Effect => ({ type: 'history', day: key, add: { breaksTaken: 1 } });

describe('history repair: keys are real days from 399 days ago to tomorrow', () => {
  it.each([
    ['9999-99-99'],
    ['2026-02-30'],
    ['2026-13-01'],
    ['2027-11-25'], // a year ahead
    ['2026-11-27'], // the day after tomorrow
    [shiftDayKey(TODAY, -HISTORY_DAYS)], // one day older than the window
    ['0026-11-25'],
    ['not-a-day'],
    ['__proto__'],
  ])('%s is dropped', (key) => {
    const stored = JSON.parse(`{"${key}": {"breaksTaken": 3}, "${TODAY}": {"breaksTaken": 1}}`);
    expect(repairHistory(stored, TODAY)).toEqual({ [TODAY]: day(1) });
  });

  it.each([[TODAY], ['2026-11-26'], [shiftDayKey(TODAY, -(HISTORY_DAYS - 1))], ['2026-02-28']])(
    '%s is kept',
    (key) => {
      expect(repairHistory({ [key]: { breaksTaken: 2 } }, TODAY)).toEqual({ [key]: day(2) });
    },
  );

  it('a bogus day never reaches the CSV', () => {
    const repaired = repairHistory({ '9999-99-99': { breaksTaken: 9 }, [TODAY]: {} }, TODAY);
    expect(historyCsv(repaired)).not.toContain('9999');
  });
});

describe('history keeps 400 days by date, not 400 entries', () => {
  it('400 far-future keys do not push real days out', () => {
    const history: History = { [TODAY]: day(1), [shiftDayKey(TODAY, -300)]: day(2) };
    for (let i = 0; i < HISTORY_DAYS; i++) history[shiftDayKey('2090-01-01', i)] = day(5);
    const next = applyHistoryEffects(history, [took(TODAY)], TODAY);
    expect(next).toEqual({ [TODAY]: day(2), [shiftDayKey(TODAY, -300)]: day(2) });
  });

  it('a day older than 399 days goes, even when there are few days', () => {
    const history: History = { [shiftDayKey(TODAY, -HISTORY_DAYS)]: day(1), '2026-11-01': day(1) };
    expect(Object.keys(applyHistoryEffects(history, [took(TODAY)], TODAY)).sort()).toEqual([
      '2026-11-01',
      TODAY,
    ]);
  });

  it('a full window of 400 days stays whole as the days go by', () => {
    let history: History = {};
    let today = '2025-01-01';
    for (let i = 0; i < 500; i++) {
      history = applyHistoryEffects(history, [took(today)], today);
      today = shiftDayKey(today, 1);
    }
    const last = shiftDayKey(today, -1);
    expect(Object.keys(history).sort()).toEqual(lastDayKeys(last, HISTORY_DAYS));
  });

  it('any stored junk: repair keeps only window days, each with finite counters', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.string(),
            fc.integer({ min: -500, max: 500 }).map((n) => shiftDayKey(TODAY, n)),
            fc.constantFrom('9999-99-99', '0000-00-00', '2026-02-29'),
          ),
          fc.anything(),
        ),
        (stored) => {
          const repaired = repairHistory(stored, TODAY);
          const window = new Set(lastDayKeys(shiftDayKey(TODAY, 1), HISTORY_DAYS + 1));
          for (const [key, stats] of Object.entries(repaired)) {
            expect(window.has(key)).toBe(true);
            for (const n of Object.values(stats)) expect(Number.isFinite(n) && n >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
