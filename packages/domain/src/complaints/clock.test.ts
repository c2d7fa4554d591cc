import { describe, expect, it } from 'vitest';
import { claimsDesk, sh, wall } from '../calendar/test-fixtures.ts';
import { computeDeadline } from '../deadlines/index.ts';
import { DEFAULT_COMPLAINT_CLOCK, decisionLimitDays } from './clock.ts';

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

  it('15 days ending inside the National Day holiday roll to the first working day after it', () => {
    // 20 Sep + 15 = 5 Oct (holiday 1–7 Oct) → Thu 8 Oct, ends 24:00 (Civil Code art. 203).
    expect(due('2026-09-20 10:00', 0)).toBe('2026-10-09 00:00');
  });

  it('15 days ending inside the Spring Festival holiday roll past it', () => {
    // 31 Jan + 15 = Sun 15 Feb (holiday 15–23 Feb 2026) → Tue 24 Feb.
    expect(due('2026-01-31 09:00', 0)).toBe('2026-02-25 00:00');
  });

  it('a last day on an ordinary weekend also rolls (it is not a working day)', () => {
    // 2026-11-06 + 15 = Sat 21 Nov → Mon 23 Nov.
    expect(due('2026-11-06 09:00', 0)).toBe('2026-11-24 00:00');
  });

  it('a last day on a make-up working day (调休) does not roll', () => {
    // 2026-09-05 + 15 = Sun 20 Sep, a make-up working day for National Day.
    expect(due('2026-09-05 09:00', 0)).toBe('2026-09-21 00:00');
  });

  it('extensions count from the day of receipt: 30 and 60 days in all', () => {
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
