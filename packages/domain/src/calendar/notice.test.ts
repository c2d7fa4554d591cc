import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { compileCalendar } from './engine.ts';
import { applyHolidayNotice, calendarDays, diffCalendarDays, needsNextYearNotice } from './notice-diff.ts';
import { parseHolidayNotice } from './notice-import.ts';
import { national2025To2026, sh } from './test-fixtures.ts';
import { addWorkingDays } from './working-days.ts';

const importErrors = (f: () => unknown): { code: string; errors: { row: number; reason: string }[] } => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, errors: (e.details?.errors ?? []) as never };
    throw e;
  }
  throw new Error('expected a refusal');
};

// A made-up 2027 notice in the shape an administrator types it: the point is the format, not the dates.
const CSV_2027 = [
  '\uFEFFdate,type,name',
  '2027-01-01,holiday,元旦',
  '2027-02-06,holiday,春节',
  '2027-02-07,放假,春节',
  '2027-02-20,上班,"Spring Festival, make-up"',
  '',
].join('\r\n');

describe('parseHolidayNotice', () => {
  it('reads CSV with a BOM, CRLF, Chinese type words and quoted names', () => {
    expect(parseHolidayNotice(CSV_2027, 'csv')).toEqual({
      days: [
        { date: '2027-01-01', type: 'holiday', name: '元旦' },
        { date: '2027-02-06', type: 'holiday', name: '春节' },
        { date: '2027-02-07', type: 'holiday', name: '春节' },
        { date: '2027-02-20', type: 'makeUpWorkday', name: 'Spring Festival, make-up' },
      ],
      years: [2027],
    });
  });

  it('accepts Chinese column headers in any order', () => {
    const r = parseHolidayNotice('名称,日期,类型\n国庆节,2027-10-09,补班', 'csv');
    expect(r.days).toEqual([{ date: '2027-10-09', type: 'makeUpWorkday', name: '国庆节' }]);
  });

  it('reads JSON as an array or as { days }', () => {
    const days = [{ date: '2027-01-01', type: 'holiday', name: '元旦' }];
    expect(parseHolidayNotice(JSON.stringify(days), 'json').days).toEqual(days);
    expect(parseHolidayNotice(JSON.stringify({ year: 2027, days }), 'json').days).toEqual(days);
  });

  it('reports every bad row with its line number and a stable reason', () => {
    const text = [
      'date,type,name',
      '2027-02-30,holiday,春节',
      '2027-02-06,vacation,春节',
      '2027-02-07,holiday,',
      '2027-02-08,makeUpWorkday,春节',
      '2027-02-06,holiday,春节',
      '2027-02-09,holiday',
      '2027-02-10,holiday,"open quote',
      '1999-01-01,holiday,元旦',
    ].join('\n');
    const { code, errors } = importErrors(() => parseHolidayNotice(text, 'csv'));
    expect(code).toBe('CALENDAR_IMPORT_INVALID');
    expect(errors.map((e) => [e.row, e.reason])).toEqual([
      [7, 'wrongColumnCount'],
      [8, 'unterminatedQuote'],
      [2, 'badDate'],
      [3, 'badType'],
      [4, 'missingName'],
      [5, 'makeUpWorkdayNotOnWeekend'],
      [9, 'yearOutOfRange'],
    ]);
  });

  it('refuses duplicates, wrong headers, broken JSON, empty and oversized input', () => {
    const dup = 'date,type,name\n2027-02-06,holiday,春节\n2027-02-06,holiday,春节';
    expect(importErrors(() => parseHolidayNotice(dup, 'csv')).errors[0]).toMatchObject({
      row: 3,
      reason: 'duplicateDate',
    });
    expect(
      importErrors(() => parseHolidayNotice('day,kind\n2027-01-01,holiday', 'csv')).errors[0]?.reason,
    ).toBe('headerMustBeDateTypeName');
    expect(importErrors(() => parseHolidayNotice('[{', 'json')).errors[0]?.reason).toBe('notJson');
    expect(importErrors(() => parseHolidayNotice('{"year":2027}', 'json')).errors[0]?.reason).toBe(
      'expectedArrayOrDays',
    );
    expect(importErrors(() => parseHolidayNotice('[42]', 'json')).errors.map((e) => e.reason)).toEqual([
      'badDate',
      'badType',
      'missingName',
    ]);
    expect(importErrors(() => parseHolidayNotice('  ', 'csv')).errors[0]?.reason).toBe('empty');
    expect(importErrors(() => parseHolidayNotice('date,type,name\n', 'csv')).errors[0]?.reason).toBe(
      'noRows',
    );
    expect(importErrors(() => parseHolidayNotice('x'.repeat(300_000), 'csv')).errors[0]?.reason).toBe(
      'tooLarge',
    );
    expect(importErrors(() => parseHolidayNotice('[]', 'xml' as 'csv')).errors[0]?.reason).toBe(
      'unknownFormat',
    );
  });
});

describe('diff and apply', () => {
  it('previews what an import changes in the years it covers only', () => {
    const days = new Map(
      calendarDays(national2025To2026)
        .filter((d) => d.date.startsWith('2026'))
        .map((d) => [d.date, d]),
    );
    days.delete('2026-10-10');
    days.set('2026-10-08', { date: '2026-10-08', type: 'holiday', name: '国庆节' });
    days.set('2026-05-09', { date: '2026-05-09', type: 'holiday', name: '劳动节' });
    days.set('2026-02-28', { date: '2026-02-28', type: 'makeUpWorkday', name: '春节调休' });
    const diff = diffCalendarDays(national2025To2026, [...days.values()]);
    expect(diff.years).toEqual([2026]);
    expect(diff.added).toEqual([{ date: '2026-10-08', type: 'holiday', name: '国庆节' }]);
    expect(diff.removed).toEqual([{ date: '2026-10-10', type: 'makeUpWorkday', name: '国庆节' }]);
    expect(diff.changedType).toEqual([
      { date: '2026-05-09', from: 'makeUpWorkday', to: 'holiday', name: '劳动节' },
    ]);
    expect(diff.renamed).toEqual([{ date: '2026-02-28', from: '春节', to: '春节调休' }]);
    expect(diff.unchanged).toBe(
      calendarDays(national2025To2026).filter((d) => d.date.startsWith('2026')).length - 3,
    );
  });

  it('publishes an imported year, so deadlines into it are no longer flagged', () => {
    const notice = parseHolidayNotice(CSV_2027, 'csv');
    expect(diffCalendarDays(national2025To2026, notice.days).added).toHaveLength(4);
    const next = applyHolidayNotice(national2025To2026, notice.days, notice.years);
    expect(next.publishedYears).toEqual([2025, 2026, 2027]);
    const cal = compileCalendar(next);
    const r = addWorkingDays(cal, sh('2026-12-30 10:00'), 2);
    expect(r).toMatchObject({ date: '2027-01-04', calendarNotPublished: false });
    expect(addWorkingDays(cal, sh('2027-02-19 10:00'), 1).date).toBe('2027-02-20');
  });

  it('replaces a year instead of merging into it, and refuses days outside the given years', () => {
    const replaced = applyHolidayNotice(national2025To2026, [
      { date: '2026-01-01', type: 'holiday', name: '元旦' },
    ]);
    expect([...replaced.holidays].filter((d) => d.startsWith('2026'))).toEqual(['2026-01-01']);
    expect(replaced.makeUpWorkdays.filter((d) => d.startsWith('2026'))).toEqual([]);
    expect(replaced.makeUpWorkdays.filter((d) => d.startsWith('2025'))).toHaveLength(5);
    expect(
      importErrors(() =>
        applyHolidayNotice(
          national2025To2026,
          [{ date: '2027-01-01', type: 'holiday', name: '元旦' }],
          [2026],
        ),
      ).errors[0]?.reason,
    ).toBe('dayOutsideYears');
  });
});

describe('needsNextYearNotice', () => {
  it('asks for next year from 1 November, and at once when the current year is missing', () => {
    expect(needsNextYearNotice(national2025To2026, '2026-10-31')).toBe(false);
    expect(needsNextYearNotice(national2025To2026, '2026-11-01')).toBe(true);
    expect(needsNextYearNotice(national2025To2026, '2025-11-15')).toBe(false);
    expect(needsNextYearNotice(national2025To2026, '2027-03-01')).toBe(true);
    expect(importErrors(() => needsNextYearNotice(national2025To2026, '2026-11-31')).code).toBe(
      'CALENDAR_INVALID_ARGUMENT',
    );
  });
});
