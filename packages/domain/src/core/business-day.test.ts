import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TIME_ZONE, beijingDateTimeOf, beijingDayOf } from './business-day.ts';

const viaTz = (ms: number, pattern: string) => format(new TZDate(ms, BUSINESS_TIME_ZONE), pattern);

describe('Beijing local day and minute', () => {
  it('agree with the time-zone database on any instant from 1970 to 2100, DST years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        expect(beijingDayOf(new Date(ms))).toBe(viaTz(ms, 'yyyy-MM-dd'));
        expect(beijingDateTimeOf(new Date(ms))).toBe(viaTz(ms, 'yyyy-MM-dd HH:mm'));
      }),
      { numRuns: 5_000 },
    );
  });

  it('turn the day at 16:00 UTC, and at 15:00 UTC in a 1991 summer (UTC+9 then)', () => {
    expect(beijingDateTimeOf(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06 23:59');
    expect(beijingDayOf(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    expect(beijingDateTimeOf(new Date('1991-06-30T15:00:00Z'))).toBe('1991-07-01 00:00');
  });
});
