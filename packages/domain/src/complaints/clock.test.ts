import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsDesk, sh, wall } from '../calendar/test-fixtures.ts';
import { computeDeadline } from '../deadlines/index.ts';
import { clockStartAfterStops, clockStopped, DEFAULT_COMPLAINT_CLOCK, decisionLimitDays } from './clock.ts';

/** The decision due time of a complaint received at `received` after `stage` approved extensions. */
const due = (received: string, stage: number, unit = DEFAULT_COMPLAINT_CLOCK.unit) =>
  wall(
    computeDeadline(
      { unit, amount: decisionLimitDays(DEFAULT_COMPLAINT_CLOCK, stage), warnBeforeMinutes: 0 },
      claimsDesk,
      sh(received),
    ).dueAt,
  );

describe('complaint decision clock on the 2026 calendar (holiday boundaries)', () => {
  it('15 days ending on a plain working day end at 24:00 that day (the day of receipt is not counted)', () => {
    // 2026-11-02 + 15 = Tue 17 Nov.
    expect(due('2026-11-02 10:00', 0)).toBe('2026-11-18 00:00');
  });

  it('uses natural days by default (办法 art. 43 ¶2: 除"7个工作日"以外的"日"均为自然日)', () => {
    expect(DEFAULT_COMPLAINT_CLOCK.unit).toBe('naturalDays');
  });

  it('15 natural days ending inside the National Day holiday end on that holiday, not after it', () => {
    // 20 Sep + 15 = Mon 5 Oct (holiday 1–7 Oct): the limit ends 5 Oct 24:00.
    expect(due('2026-09-20 10:00', 0)).toBe('2026-10-06 00:00');
  });

  it('15 natural days ending inside the Spring Festival holiday end on that holiday', () => {
    // 31 Jan + 15 = Sun 15 Feb (holiday 15–23 Feb 2026).
    expect(due('2026-01-31 09:00', 0)).toBe('2026-02-16 00:00');
  });

  it('a last day on an ordinary weekend does not move either', () => {
    // 2026-11-06 + 15 = Sat 21 Nov.
    expect(due('2026-11-06 09:00', 0)).toBe('2026-11-22 00:00');
  });

  it('with the unit set to calendar days rolled off a holiday (Civil Code art. 203) the limit moves past it', () => {
    expect(due('2026-09-20 10:00', 0, 'calendarDays')).toBe('2026-10-09 00:00');
    expect(due('2026-01-31 09:00', 0, 'calendarDays')).toBe('2026-02-25 00:00');
    expect(due('2026-11-06 09:00', 0, 'calendarDays')).toBe('2026-11-24 00:00');
  });

  it('a last day on a make-up working day (调休) does not roll', () => {
    // 2026-09-05 + 15 = Sun 20 Sep, a make-up working day for National Day.
    expect(due('2026-09-05 09:00', 0)).toBe('2026-09-21 00:00');
  });

  it('extensions count from the day of receipt: 30 and 60 days in all', () => {
    // 20 Sep + 30 = 20 Oct; + 60 = 19 Nov.
    expect(due('2026-09-20 10:00', 1)).toBe('2026-10-21 00:00');
    expect(due('2026-09-20 10:00', 2)).toBe('2026-11-20 00:00');
  });

  it('received just before midnight still counts from the next day', () => {
    expect(due('2026-11-02 23:59', 0)).toBe('2026-11-18 00:00');
    expect(due('2026-11-03 00:00', 0)).toBe('2026-11-19 00:00');
  });

  it('with the unit set to working days, holidays and weekends are skipped', () => {
    // 21–24 Sep (25 Sep Mid-Autumn off), 28–30 Sep, 8–9 Oct, Sat 10 Oct (make-up), 12–16 Oct: the 15th is Fri 16.
    expect(due('2026-09-20 10:00', 0, 'workingDays')).toBe('2026-10-17 00:00');
  });
});

describe('clock stops (办法 arts. 18 ¶2, 23: appraisal and mediation time is not counted)', () => {
  const at = (iso: string) => new Date(iso);
  it('moves the limit by the days an appraisal took', () => {
    // Received 2 Nov; an appraisal from 4 Nov 15:00 to 6 Nov 10:00 (43 h) moves the start to 4 Nov 05:00 local…
    const start = clockStartAfterStops(sh('2026-11-02 10:00'), [
      { startedAt: sh('2026-11-04 15:00'), endedAt: sh('2026-11-06 10:00') },
    ]);
    expect(wall(start)).toBe('2026-11-04 05:00');
    // …and 15 natural days from there end 19 Nov 24:00 instead of 17 Nov.
    const d = computeDeadline({ unit: 'naturalDays', amount: 15, warnBeforeMinutes: 0 }, claimsDesk, start);
    expect(wall(d.dueAt)).toBe('2026-11-20 00:00');
  });

  it('leaves out an unfinished stop (the clock has no due time while it lasts) and ignores nothing else', () => {
    const received = at('2026-11-02T02:00:00Z');
    expect(
      clockStartAfterStops(received, [{ startedAt: at('2026-11-03T00:00:00Z'), endedAt: null }]),
    ).toEqual(received);
    expect(clockStopped([{ startedAt: received, endedAt: null }])).toBe(true);
    expect(clockStopped([{ startedAt: received, endedAt: at('2026-11-03T00:00:00Z') }])).toBe(false);
  });

  it('never moves the start earlier and adds up every finished stop (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 })), {
          maxLength: 6,
        }),
        (spans) => {
          const received = at('2026-11-02T02:00:00Z');
          const stops = spans.map(([from, len]) => ({
            startedAt: new Date(received.getTime() + from),
            endedAt: new Date(received.getTime() + from + len),
          }));
          const total = spans.reduce((sum, [, len]) => sum + len, 0);
          expect(clockStartAfterStops(received, stops).getTime()).toBe(received.getTime() + total);
        },
      ),
    );
  });
});
