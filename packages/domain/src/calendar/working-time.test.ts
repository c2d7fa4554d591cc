import { describe, expect, it } from 'vitest';
import { compileCalendar } from './engine.ts';
import { claimsDesk, hotline, national2025To2026, sh, wall } from './test-fixtures.ts';
import { addWorkingDays, isWorkingDay } from './working-days.ts';
import {
  addWorkingHours,
  addWorkingMinutes,
  workingMinutesBetween,
  workingTimeBetween,
} from './working-time.ts';

const H = 3_600_000;
const between = (a: string, b: string) => workingTimeBetween(claimsDesk, sh(a), sh(b)).value / H;
const plus = (from: string, hours: number) => wall(addWorkingHours(claimsDesk, sh(from), hours).value);

describe('claims desk 08:30–17:30 with lunch 12:00–13:00', () => {
  it('leaves the lunch break out', () => {
    expect(between('2026-03-02 11:30', '2026-03-02 13:30')).toBe(1);
    expect(plus('2026-03-02 11:30', 1)).toBe('2026-03-02 13:30');
    expect(between('2026-03-02 12:10', '2026-03-02 12:50')).toBe(0);
  });

  it('is due when the desk closes, not when it reopens', () => {
    expect(plus('2026-03-02 11:00', 1)).toBe('2026-03-02 12:00');
    expect(plus('2026-03-02 16:30', 1)).toBe('2026-03-02 17:30');
  });

  it('carries over the night to the next morning', () => {
    expect(plus('2026-03-02 17:00', 1)).toBe('2026-03-03 09:00');
    expect(between('2026-03-02 17:00', '2026-03-03 09:00')).toBe(1);
    expect(between('2026-03-02 00:00', '2026-03-03 00:00')).toBe(8);
    expect(plus('2026-03-02 20:00', 1)).toBe('2026-03-03 09:30');
  });

  it('carries over weekends, holidays and onto make-up days', () => {
    expect(plus('2026-03-06 17:00', 1)).toBe('2026-03-09 09:00');
    expect(plus('2026-09-30 16:30', 2)).toBe('2026-10-08 09:30');
    expect(plus('2026-02-13 17:00', 1)).toBe('2026-02-14 09:00');
    expect(between('2026-02-13 17:00', '2026-02-24 09:30')).toBe(0.5 + 8 + 1);
    expect(between('2026-03-07 10:00', '2026-03-08 10:00')).toBe(0);
  });

  it('counts back for reminders before a due time', () => {
    expect(plus('2026-03-09 09:00', -1)).toBe('2026-03-06 17:00');
    expect(between('2026-03-09 09:00', '2026-03-06 17:00')).toBe(-1);
  });

  it('leaves the instant alone for zero and works in minutes too', () => {
    expect(plus('2026-03-07 10:00', 0)).toBe('2026-03-07 10:00');
    expect(addWorkingHours(claimsDesk, sh('2027-03-01 10:00'), 0).calendarNotPublished).toBe(false);
    expect(wall(addWorkingMinutes(claimsDesk, sh('2026-03-02 11:50'), 20).value)).toBe('2026-03-02 13:10');
    expect(workingMinutesBetween(claimsDesk, sh('2026-03-02 11:50'), sh('2026-03-02 13:10')).value).toBe(20);
  });

  it('flags working time that reaches into an unpublished year', () => {
    expect(addWorkingHours(claimsDesk, sh('2026-12-31 17:00'), 2)).toMatchObject({
      calendarNotPublished: true,
      unpublishedYears: [2027],
    });
  });
});

describe('hotline 24×7', () => {
  it('works through holidays, so working hours are elapsed hours and never flagged', () => {
    expect(wall(addWorkingHours(hotline, sh('2026-10-01 10:00'), 24).value)).toBe('2026-10-02 10:00');
    expect(workingTimeBetween(hotline, sh('2026-10-01 00:00'), sh('2026-10-08 00:00')).value).toBe(
      7 * 24 * H,
    );
    expect(addWorkingHours(hotline, sh('2027-03-01 10:00'), 5)).toMatchObject({
      calendarNotPublished: false,
    });
  });

  it('still counts working days by the holiday notice', () => {
    expect(isWorkingDay(hotline, '2026-10-01').value).toBe(false);
    expect(addWorkingDays(hotline, sh('2026-09-30 10:00'), 1).date).toBe('2026-10-08');
  });
});

describe('other shapes of working hours', () => {
  it('runs a night desk as two ranges on each working date', () => {
    const night = compileCalendar({
      ...national2025To2026,
      id: 'night',
      workingHours: [
        { start: '00:00', end: '08:00' },
        { start: '20:00', end: '24:00' },
      ],
    });
    expect(wall(addWorkingHours(night, sh('2026-03-02 22:00'), 4).value)).toBe('2026-03-03 02:00');
    // Saturday is not a working date, so Friday night's shift stops at midnight and resumes on Monday.
    expect(wall(addWorkingHours(night, sh('2026-03-06 22:00'), 4).value)).toBe('2026-03-09 02:00');
  });

  it('uses hours per weekday, and Monday hours on a make-up Saturday unless told otherwise', () => {
    const long = [{ start: '08:30', end: '17:30' }];
    const short = [{ start: '08:30', end: '16:00' }];
    const base = { ...national2025To2026, id: 'weekly' };
    const byWeekday = compileCalendar({
      ...base,
      workingHours: { byWeekday: { 1: long, 2: long, 3: long, 4: long, 5: short } },
    });
    expect(
      wall(addWorkingDays(byWeekday, sh('2026-03-05 10:00'), 1, { mode: 'closeOfBusiness' }).value),
    ).toBe('2026-03-06 16:00');
    expect(
      wall(addWorkingDays(byWeekday, sh('2026-02-13 10:00'), 1, { mode: 'closeOfBusiness' }).value),
    ).toBe('2026-02-14 17:30');
    const withMakeUp = compileCalendar({
      ...base,
      workingHours: { byWeekday: { 1: long, 2: long, 3: long, 4: long, 5: short }, makeUpWorkday: short },
    });
    expect(wall(addWorkingHours(withMakeUp, sh('2026-02-14 15:00'), 2).value)).toBe('2026-02-24 09:30');
  });
});
