import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TIME_ZONE } from '../core/index.ts';
import {
  DAY_MS,
  epochDayOf,
  FIRST_YEAR,
  isoOfEpochDay,
  LAST_YEAR,
  localDateOf,
  minutesOf,
  SHANGHAI_OFFSET_MS,
  weekdayOfEpochDay,
} from './local-time.ts';

describe('local time', () => {
  it('matches the tz database offset for Asia/Shanghai over the whole table range', () => {
    const lo = Date.UTC(FIRST_YEAR, 0, 1);
    const hi = Date.UTC(LAST_YEAR, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (ms) => {
        expect(tzOffset(BUSINESS_TIME_ZONE, new Date(ms)) * 60_000).toBe(SHANGHAI_OFFSET_MS);
      }),
      { numRuns: 500 },
    );
  });

  it('places the day boundary at Beijing midnight', () => {
    expect(localDateOf(new Date('2026-11-21T15:59:59.999Z'))).toBe('2026-11-21');
    expect(localDateOf(new Date('2026-11-21T16:00:00.000Z'))).toBe('2026-11-22');
  });

  it('round-trips dates and knows the weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 80_000 }), (day) => {
        expect(epochDayOf(isoOfEpochDay(day))).toBe(day);
        expect(isoOfEpochDay(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10));
        expect(weekdayOfEpochDay(day)).toBe(new Date(day * DAY_MS).getUTCDay());
      }),
    );
  });

  it('refuses dates that do not exist and times that are not HH:mm', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '20260105', '', '2026-01-05T00:00']) {
      expect(epochDayOf(bad)).toBeUndefined();
    }
    expect(epochDayOf('2024-02-29')).toBeDefined();
    expect(minutesOf('08:30')).toBe(510);
    expect(minutesOf('24:00')).toBe(1440);
    for (const bad of ['24:30', '8:30', '12:60', '25:00', 'noon']) expect(minutesOf(bad)).toBeUndefined();
  });
});
