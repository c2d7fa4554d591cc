import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { claimsDesk, hotline, sh, wall } from './test-fixtures.ts';
import {
  addCalendarDays,
  addElapsedHours,
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
} from './working-days.ts';

const due = (from: string, n: number, mode?: 'endOfDay' | 'sameTime' | 'closeOfBusiness') =>
  addWorkingDays(claimsDesk, sh(from), n, mode ? { mode } : {});
const working = (date: string) => isWorkingDay(claimsDesk, date).value;

describe('working days around Spring Festival and National Day', () => {
  it('knows the 2025 make-up days and holidays (notice 国办发明电〔2024〕12号)', () => {
    expect(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'].map(working)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2025-01-25', '2025-01-28', '2025-02-03', '2025-02-04', '2025-10-01', '2025-10-08'].map(working),
    ).toEqual([false, false, false, false, false, false]);
    expect(['2025-02-05', '2025-10-09'].map(working)).toEqual([true, true]);
  });

  it('knows the 2026 make-up days and holidays (notice of 2025-11-04)', () => {
    expect(
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].map(working),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['2026-01-03', '2026-02-15', '2026-02-23', '2026-09-25', '2026-10-07', '2026-10-11'].map(working),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('counts a make-up Sunday and skips the Spring Festival 2025 week', () => {
    // Friday 24 Jan: Sun 26 is worked, Mon 27 too, then nothing until Wed 5 Feb.
    expect(due('2025-01-24 10:00', 1).date).toBe('2025-01-26');
    expect(due('2025-01-24 10:00', 2).date).toBe('2025-01-27');
    expect(due('2025-01-24 10:00', 3).date).toBe('2025-02-05');
    expect(countWorkingDays(claimsDesk, sh('2025-01-24 10:00'), sh('2025-02-10 09:00')).value).toBe(7);
  });

  it('hands claim materials over on the make-up Saturday after National Day 2025 (seed 003 (五))', () => {
    // Received Tue 30 Sep: Thu 9 Oct, Fri 10 Oct, and the make-up Saturday 11 Oct is the 3rd working day.
    const r = due('2025-09-30 16:00', 3);
    expect(r.date).toBe('2025-10-11');
    expect(r.value.toISOString()).toBe('2025-10-11T16:00:00.000Z');
    expect(r.calendarNotPublished).toBe(false);
    expect(due('2025-09-26 10:00', 1).date).toBe('2025-09-28');
  });

  it('skips Spring Festival 2026 between the two make-up Saturdays', () => {
    expect(due('2026-02-12 10:00', 3).date).toBe('2026-02-24');
    expect(due('2026-02-13 17:00', 1).date).toBe('2026-02-14');
    expect(countWorkingDays(claimsDesk, sh('2026-02-13 09:00'), sh('2026-02-28 09:00')).value).toBe(6);
    expect(due('2026-02-24 10:00', -1).date).toBe('2026-02-14');
  });

  it('handles Mid-Autumn and National Day 2026 with the make-up Sunday 20 Sep and Saturday 10 Oct', () => {
    expect(due('2026-09-18 10:00', 1).date).toBe('2026-09-20');
    expect(due('2026-09-23 10:00', 3).date).toBe('2026-09-29');
    expect(due('2026-09-29 10:00', 3).date).toBe('2026-10-09');
    expect(due('2026-09-29 10:00', 4).date).toBe('2026-10-10');
  });

  it('crosses New Year 2026 onto the make-up Sunday 4 Jan', () => {
    expect(due('2025-12-31 10:00', 1).date).toBe('2026-01-04');
    expect(countWorkingDays(claimsDesk, sh('2025-12-30 10:00'), sh('2026-01-05 10:00')).value).toBe(3);
  });
});

describe('deadline modes', () => {
  it('ends the last day at 24:00 by default, whatever the hour of receipt', () => {
    expect(wall(due('2026-02-13 00:05', 1).value)).toBe('2026-02-15 00:00');
    expect(wall(due('2026-02-13 23:55', 1).value)).toBe('2026-02-15 00:00');
  });

  it('keeps the wall time or stops at closing time on request', () => {
    expect(wall(due('2026-02-13 15:00', 1, 'sameTime').value)).toBe('2026-02-14 15:00');
    expect(wall(due('2026-02-13 15:00', 1, 'closeOfBusiness').value)).toBe('2026-02-14 17:30');
    expect(wall(addWorkingDays(hotline, sh('2026-02-13 15:00'), 1, { mode: 'closeOfBusiness' }).value)).toBe(
      '2026-02-15 00:00',
    );
  });

  it('treats a receipt on a day off like any other day: the next working day is day 1', () => {
    expect(due('2026-02-15 10:00', 1).date).toBe('2026-02-24');
    expect(due('2026-03-07 10:00', 1).date).toBe('2026-03-09');
    expect(wall(due('2026-03-07 10:00', 1, 'sameTime').value)).toBe('2026-03-10 00:00');
    expect(wall(due('2026-03-06 23:00', 1, 'sameTime').value)).toBe('2026-03-09 23:00');
  });

  it('returns the day of receipt for N = 0', () => {
    expect(due('2026-03-07 10:00', 0).date).toBe('2026-03-07');
    expect(wall(due('2026-03-07 10:00', 0, 'sameTime').value)).toBe('2026-03-07 10:00');
  });
});

describe('unpublished years', () => {
  it('flags a deadline that runs into 2027, which has no notice yet', () => {
    const r = due('2026-12-29 10:00', 3);
    expect(r.date).toBe('2027-01-01');
    expect(r).toMatchObject({ calendarNotPublished: true, unpublishedYears: [2027] });
    expect(due('2026-12-25 10:00', 3)).toMatchObject({ date: '2026-12-30', calendarNotPublished: false });
  });

  it('flags counting back into 2024 and asking about a day of 2027', () => {
    expect(due('2025-01-03 10:00', -3)).toMatchObject({ date: '2024-12-30', unpublishedYears: [2024] });
    expect(isWorkingDay(claimsDesk, '2027-10-01')).toEqual({
      value: true,
      calendarNotPublished: true,
      unpublishedYears: [2027],
    });
    expect(
      countWorkingDays(claimsDesk, sh('2024-12-01 10:00'), sh('2027-01-10 10:00')).unpublishedYears,
    ).toEqual([2024, 2027]);
  });
});

describe('calendar days and elapsed hours', () => {
  it('adds calendar days and, on request, rolls a last day off to the next working day (Civil Code art. 203)', () => {
    expect(addCalendarDays(claimsDesk, sh('2026-09-21 10:00'), 10).date).toBe('2026-10-01');
    const rolled = addCalendarDays(claimsDesk, sh('2026-09-21 10:00'), 10, { rollToWorkingDay: true });
    expect(rolled.date).toBe('2026-10-08');
    expect(wall(rolled.value)).toBe('2026-10-09 00:00');
    expect(wall(addCalendarDays(claimsDesk, sh('2026-09-21 10:00'), 10, { mode: 'sameTime' }).value)).toBe(
      '2026-10-01 10:00',
    );
  });

  it('flags calendar days only when it had to look at the calendar', () => {
    expect(addCalendarDays(claimsDesk, sh('2026-12-25 10:00'), 10).calendarNotPublished).toBe(false);
    expect(addCalendarDays(claimsDesk, sh('2026-12-25 10:00'), 10, { rollToWorkingDay: true })).toMatchObject(
      {
        date: '2027-01-04',
        calendarNotPublished: true,
      },
    );
  });

  it('adds elapsed hours without any calendar (24 h major-case report)', () => {
    expect(wall(addElapsedHours(sh('2026-09-30 18:00'), 24).value)).toBe('2026-10-01 18:00');
  });
});

describe('bad input', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainError ? e.code : 'not a DomainError';
    }
    return 'no error';
  };

  it('refuses invalid dates, fractional N and instants outside the tables', () => {
    expect(code(() => addWorkingDays(claimsDesk, new Date('nope'), 1))).toBe('CALENDAR_INVALID_ARGUMENT');
    expect(code(() => addWorkingDays(claimsDesk, sh('2026-01-05 10:00'), 1.5))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
    expect(code(() => addWorkingDays(claimsDesk, sh('2026-01-05 10:00'), Number.NaN))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
    expect(code(() => isWorkingDay(claimsDesk, '2026-02-30'))).toBe('CALENDAR_INVALID_ARGUMENT');
    expect(code(() => isWorkingDay(claimsDesk, '1999-12-31'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(code(() => addWorkingDays(claimsDesk, sh('1999-06-01 10:00'), 1))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(code(() => addWorkingDays(claimsDesk, sh('2100-12-20 10:00'), 100))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(code(() => addCalendarDays(claimsDesk, sh('2026-01-05 10:00'), 1e9))).toBe(
      'CALENDAR_OUT_OF_RANGE',
    );
    const unknownMode = { mode: 'endOfMonth' } as unknown as { mode: 'endOfDay' };
    expect(code(() => addWorkingDays(claimsDesk, sh('2026-01-05 10:00'), 1, unknownMode))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
    expect(code(() => addCalendarDays(claimsDesk, sh('2026-01-05 10:00'), 1, unknownMode))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
    const sameTimeRolled = { mode: 'sameTime', rollToWorkingDay: true } as unknown as {
      rollToWorkingDay: true;
    };
    expect(code(() => addCalendarDays(claimsDesk, sh('2026-01-05 10:00'), 1, sameTimeRolled))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
    expect(code(() => addElapsedHours(sh('2026-01-05 10:00'), Number.POSITIVE_INFINITY))).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
  });
});
