import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_TARGET } from './erlang-c.ts';
import { type ForecastDay, INTERVALS_PER_DAY } from './forecast.ts';
import { DEFAULT_SHRINKAGE, scheduledAgents, staffingPlan } from './staffing.ts';

const day = (calls: number[]): ForecastDay => ({
  date: '2025-09-29',
  dayClass: 'mon',
  calls,
  basedOnClass: 'mon',
  basedOn: [],
});

describe('shrinkage', () => {
  it('schedules ⌈required / (1 − shrinkage)⌉', () => {
    expect(DEFAULT_SHRINKAGE).toBe(0.3);
    expect(scheduledAgents(14)).toBe(20); // 14 / 0.7 = 20 exactly
    expect(scheduledAgents(7)).toBe(10); // 7 / 0.7 is 10.000000000000002 in doubles
    expect(scheduledAgents(15)).toBe(22); // 21.43 → 22
    expect(scheduledAgents(0)).toBe(0);
    expect(scheduledAgents(14, 0)).toBe(14);
    expect(() => scheduledAgents(14, 1)).toThrow(RangeError);
  });
});

describe('staffing plan', () => {
  it('the classic example in one interval: 100 calls, AHT 180 s, 80/20 → 14 on the phones, 20 on the roster', () => {
    const calls = new Array<number>(INTERVALS_PER_DAY).fill(0);
    calls[20] = 100;
    const [plan] = staffingPlan([day(calls)], DEFAULT_SERVICE_TARGET, 180);
    expect(plan!.intervals[20]).toEqual({
      interval: 20,
      calls: 100,
      traffic: 10,
      required: 14,
      scheduled: 20,
    });
    expect(plan!.intervals[0]).toMatchObject({ required: 0, scheduled: 0 });
  });

  it('Erlang A needs fewer when callers hang up', () => {
    const calls = new Array<number>(INTERVALS_PER_DAY).fill(100);
    const [c] = staffingPlan([day(calls)], DEFAULT_SERVICE_TARGET, 180, 0.3);
    const [a] = staffingPlan([day(calls)], DEFAULT_SERVICE_TARGET, 180, 0.3, {
      kind: 'erlangA',
      patienceSeconds: 120,
    });
    expect(a!.intervals[5]!.required).toBe(12);
    expect(c!.intervals[5]!.required).toBe(14);
  });
});
