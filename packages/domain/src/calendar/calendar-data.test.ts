import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { layerBranchCalendar } from './branch.ts';
import { compileCalendar } from './engine.ts';
import { national2025To2026, sh, wall } from './test-fixtures.ts';
import type { CalendarData } from './types.ts';
import { addWorkingDays, isWorkingDay } from './working-days.ts';
import { addWorkingHours } from './working-time.ts';

const problems = (f: () => unknown): { code: string; reasons: string[] } => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const list = (e.details?.problems ?? []) as { field: string; reason: string }[];
    return { code: e.code, reasons: list.map((p) => `${p.field}:${p.reason}`) };
  }
  throw new Error('expected a refusal');
};

describe('compileCalendar validation', () => {
  it('reports every problem of stored data at once', () => {
    const bad = {
      ...national2025To2026,
      id: ' ',
      timeZone: 'Europe/Berlin',
      weekendDays: [0, 6, 9],
      holidays: ['2026-02-30', '2026-10-01'],
      makeUpWorkdays: ['2026-10-01', '2026-03-03'],
      publishedYears: [2026, 1800],
      workingHours: [
        { start: '13:00', end: '12:00' },
        { start: '8:30', end: '12:00' },
      ],
    } as unknown as CalendarData;
    expect(problems(() => compileCalendar(bad))).toEqual({
      code: 'CALENDAR_INVALID',
      reasons: [
        'id:empty',
        'timeZone:unsupportedTimeZone',
        'weekendDays:badWeekday',
        'holidays:badDate',
        'makeUpWorkdays:alsoHoliday',
        'makeUpWorkdays:notOnWeekend',
        'makeUpWorkdays:notOnWeekend',
        'publishedYears:badYear',
        'workingHours[0]:endNotAfterStart',
        'workingHours[1]:badTime',
      ],
    });
  });

  it('refuses overlapping ranges, missing weekday hours and hours on a weekend day', () => {
    const overlap = [
      { start: '08:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
    ];
    expect(problems(() => compileCalendar({ ...national2025To2026, workingHours: overlap })).reasons).toEqual(
      ['workingHours:overlappingRanges'],
    );
    const day = [{ start: '09:00', end: '17:00' }];
    const missingFriday = { byWeekday: { 1: day, 2: day, 3: day, 4: day, 6: day } };
    expect(
      problems(() => compileCalendar({ ...national2025To2026, workingHours: missingFriday })).reasons,
    ).toEqual(['workingHours.byWeekday.5:missingWorkingDayHours', 'workingHours.byWeekday.6:hoursOnWeekend']);
    expect(problems(() => compileCalendar({ ...national2025To2026, workingHours: [] })).reasons).toEqual([
      'workingHours:noRanges',
    ]);
  });
});

describe('branch calendars', () => {
  const branch = layerBranchCalendar(national2025To2026, {
    id: 'GX-NN',
    name: '南宁服务中心',
    closedDays: [{ date: '2026-04-20', name: '地方假日' }],
    openDays: [
      { date: '2026-10-02', name: '国庆值守' },
      { date: '2026-03-07', name: '集中理赔日' },
    ],
    workingHours: [{ start: '09:00', end: '17:00' }],
  });
  const cal = compileCalendar(branch);

  it('layers its own closures and openings over the national days', () => {
    expect(branch).toMatchObject({ id: 'GX-NN', baseCalendarId: 'CN', publishedYears: [2025, 2026] });
    expect(isWorkingDay(cal, '2026-04-20').value).toBe(false);
    expect(isWorkingDay(cal, '2026-10-02').value).toBe(true);
    expect(isWorkingDay(cal, '2026-03-07').value).toBe(true);
    expect(isWorkingDay(cal, '2026-10-01').value).toBe(false);
    expect(isWorkingDay(cal, '2026-02-14').value).toBe(true);
    expect(branch.dayNames?.['2026-04-20']).toBe('地方假日');
  });

  it('computes deadlines with the branch days and hours', () => {
    expect(addWorkingDays(cal, sh('2026-09-30 10:00'), 1).date).toBe('2026-10-02');
    expect(addWorkingDays(cal, sh('2026-04-17 10:00'), 1).date).toBe('2026-04-21');
    expect(wall(addWorkingHours(cal, sh('2026-03-06 16:30'), 1).value)).toBe('2026-03-07 09:30');
  });

  it('drops national make-up days a branch already works when its weekend differs', () => {
    const sixDays = layerBranchCalendar(national2025To2026, { id: 'SIX', name: '六天班', weekendDays: [0] });
    expect(sixDays.makeUpWorkdays).toEqual(
      ['2025-01-26', '2025-09-28', '2025-04-27', '2026-01-04', '2026-09-20'].sort(),
    );
    expect(isWorkingDay(compileCalendar(sixDays), '2026-03-07').value).toBe(true);
  });

  it('refuses a day that is both closed and open, and bad days', () => {
    const both = () =>
      layerBranchCalendar(national2025To2026, {
        id: 'X',
        name: 'X',
        closedDays: [
          { date: '2026-05-06', name: 'a' },
          { date: '2026-13-01', name: 'b' },
        ],
        openDays: [
          { date: '2026-05-06', name: 'c' },
          { date: '2026-05-07', name: ' ' },
        ],
      });
    expect(problems(both).reasons).toEqual([
      'closedDays[1].date:badDate',
      'openDays[1].name:empty',
      'openDays:alsoClosed',
    ]);
  });
});
