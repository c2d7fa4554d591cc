import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, localDateOf } from './local-time.ts';
import { claimsDesk, hotline, sh } from './test-fixtures.ts';
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDays,
  type DeadlineMode,
  isWorkingDay,
} from './working-days.ts';
import { addWorkingTime, workingTimeBetween } from './working-time.ts';

// Instants anywhere in 2025–2026 local time, at any millisecond, so lunch, night and midnight edges all come up.
const instant = fc
  .integer({ min: sh('2025-01-01 00:00').getTime(), max: sh('2026-11-30 23:59').getTime() })
  .map((ms) => new Date(ms));
const steps = fc.integer({ min: 1, max: 20 });
const mode = fc.constantFrom<DeadlineMode>('endOfDay', 'sameTime', 'closeOfBusiness');
// Drawn by name so a counterexample prints one word instead of the calendar's tables.
const calendars = { claimsDesk, hotline };
const calendar = fc.constantFrom<keyof typeof calendars>('claimsDesk', 'hotline');
const duration = fc.integer({ min: 0, max: 300 * 3_600_000 });

/** The day walk the issue compares against: chinese-days asked one day at a time. */
const oracleAdd = (at: Date, n: number): string => {
  const [y, m, d] = localDateOf(at).split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d, 12);
  let left = n;
  while (left > 0) {
    day.setDate(day.getDate() + 1);
    if (chineseDays.isWorkday(day)) left--;
  }
  return chineseDays.getDayDetail(day).date;
};

describe('working days (properties)', () => {
  it('never lands on a non-working day', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0),
        mode,
        (at, n, m) => {
          const r = addWorkingDays(claimsDesk, at, n, { mode: m });
          expect(isWorkingDay(claimsDesk, r.date).value).toBe(true);
        },
      ),
    );
  });

  it('counts back exactly N, forwards and backwards', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -20, max: 20 }), mode, (at, n, m) => {
        const r = addWorkingDays(claimsDesk, at, n, { mode: m });
        const lastDay = sh(`${r.date} 12:00`);
        expect(countWorkingDays(claimsDesk, at, lastDay).value).toBe(n);
        expect(countWorkingDays(claimsDesk, lastDay, at).value).toBe(0 - n);
      }),
    );
  });

  it('puts an end-of-day deadline at the midnight that closes its date', () => {
    fc.assert(
      fc.property(instant, steps, (at, n) => {
        const r = addWorkingDays(claimsDesk, at, n);
        expect(localDateOf(new Date(r.value.getTime() - 1))).toBe(r.date);
        expect(localDateOf(r.value)).not.toBe(r.date);
      }),
    );
  });

  it('is strictly increasing in N and non-decreasing in the start time', () => {
    fc.assert(
      fc.property(instant, instant, steps, mode, (a, b, n, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const next = addWorkingDays(claimsDesk, early, n + 1, { mode: m }).value.getTime();
        expect(addWorkingDays(claimsDesk, early, n, { mode: m }).value.getTime()).toBeLessThan(next);
        expect(addWorkingDays(claimsDesk, early, n, { mode: m }).value.getTime()).toBeLessThanOrEqual(
          addWorkingDays(claimsDesk, late, n, { mode: m }).value.getTime(),
        );
      }),
    );
  });

  it('rolls calendar-day deadlines forward to a working day, never moving a later start earlier', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 0, max: 60 }), (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const options = { rollToWorkingDay: true } as const;
        const first = addCalendarDays(claimsDesk, early, n, options);
        expect(isWorkingDay(claimsDesk, first.date).value).toBe(true);
        expect(first.value.getTime()).toBeLessThanOrEqual(
          addCalendarDays(claimsDesk, late, n, options).value.getTime(),
        );
      }),
    );
  });

  it('agrees with walking chinese-days isWorkday day by day', () => {
    fc.assert(
      fc.property(instant, steps, (at, n) => {
        expect(addWorkingDays(claimsDesk, at, n).date).toBe(oracleAdd(at, n));
      }),
      { numRuns: 300 },
    );
  });

  it('flags a result exactly when it reaches a year without a notice', () => {
    const lateInYear = fc.integer({
      min: sh('2026-12-01 00:00').getTime(),
      max: sh('2026-12-31 23:59').getTime(),
    });
    fc.assert(
      fc.property(lateInYear, fc.integer({ min: 1, max: 40 }), (ms, n) => {
        const r = addWorkingDays(claimsDesk, new Date(ms), n);
        expect(r.calendarNotPublished).toBe(r.date.startsWith('2027'));
      }),
    );
  });
});

describe('working time (properties)', () => {
  it('round-trips: the time between a start and start + d is d', () => {
    fc.assert(
      fc.property(calendar, instant, duration, (name, at, d) => {
        const cal = calendars[name];
        const end = addWorkingTime(cal, at, d).value;
        expect(end.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(workingTimeBetween(cal, at, end).value).toBe(d);
      }),
    );
  });

  it('is the earliest such instant, so adding the time between two instants never overshoots', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (name, a, b) => {
        const cal = calendars[name];
        const [from, to] = a <= b ? [a, b] : [b, a];
        const spent = workingTimeBetween(cal, from, to).value;
        const reached = addWorkingTime(cal, from, spent).value;
        expect(reached.getTime()).toBeLessThanOrEqual(to.getTime());
        expect(workingTimeBetween(cal, reached, to).value).toBe(0);
      }),
    );
  });

  it('is additive and antisymmetric', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (name, a, b, c) => {
        const cal = calendars[name];
        const ab = workingTimeBetween(cal, a, b).value;
        expect(ab + workingTimeBetween(cal, b, c).value).toBe(workingTimeBetween(cal, a, c).value);
        expect(workingTimeBetween(cal, b, a).value).toBe(0 - ab);
      }),
    );
  });

  it('is monotonic in the duration and in the start time', () => {
    fc.assert(
      fc.property(calendar, instant, instant, duration, duration, (name, a, b, d1, d2) => {
        const cal = calendars[name];
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(addWorkingTime(cal, early, short).value.getTime()).toBeLessThanOrEqual(
          addWorkingTime(cal, early, long).value.getTime(),
        );
        expect(addWorkingTime(cal, early, short).value.getTime()).toBeLessThanOrEqual(
          addWorkingTime(cal, late, short).value.getTime(),
        );
      }),
    );
  });

  it('counts back to an instant from which the time runs up to the start', () => {
    fc.assert(
      fc.property(instant, duration, (at, d) => {
        const start = addWorkingTime(claimsDesk, at, -d).value;
        expect(workingTimeBetween(claimsDesk, start, at).value).toBe(d);
      }),
    );
  });

  it('equals elapsed time on the 24×7 hotline', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 * DAY_MS }), (at, d) => {
        expect(addWorkingTime(hotline, at, d).value.getTime()).toBe(at.getTime() + d);
      }),
    );
  });
});
