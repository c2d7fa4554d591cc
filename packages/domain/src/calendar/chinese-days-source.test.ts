import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import {
  CLAIMS_DESK_HOURS,
  chineseDaysYears,
  nationalCalendarFromChineseDays,
} from './chinese-days-source.ts';
import { compileCalendar } from './engine.ts';

/** Transcribed from the State Council notices themselves, not from the package, so the two sources are compared. */
const NOTICES = {
  // 国办发明电〔2024〕12号, 2024-11-12
  2025: {
    holidays: [
      '2025-01-01',
      ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2025-${d}`),
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      ...['05-01', '05-02', '05-03', '05-04', '05-05'].map((d) => `2025-${d}`),
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
      ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07', '10-08'].map((d) => `2025-${d}`),
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04
  2026: {
    holidays: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d}`),
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      ...['01', '02', '03', '04', '05'].map((d) => `2026-05-${d}`),
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`),
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

describe('national calendar from chinese-days', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('agrees with the 2025 and 2026 notices day for day', () => {
    for (const year of [2025, 2026] as const) {
      const data = nationalCalendarFromChineseDays([year]);
      expect([...data.holidays].sort()).toEqual([...NOTICES[year].holidays].sort());
      expect(data.makeUpWorkdays).toEqual(NOTICES[year].makeUpWorkdays);
      expect(data.publishedYears).toEqual([year]);
    }
  });

  it('names the days after the festival and seeds the claims desk hours', () => {
    const data = nationalCalendarFromChineseDays([2026]);
    expect(data.dayNames?.['2026-02-14']).toBe('春节');
    expect(data.dayNames?.['2026-10-10']).toBe('国庆节');
    expect(data.dayNames?.['2026-09-26']).toBe('中秋');
    expect(data.workingHours).toEqual(CLAIMS_DESK_HOURS);
    expect(() => compileCalendar(data)).not.toThrow();
  });

  it('gives the same data whatever the process time zone is', () => {
    const inShanghai = nationalCalendarFromChineseDays([2025, 2026]);
    for (const tz of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(nationalCalendarFromChineseDays([2025, 2026])).toEqual(inShanghai);
    }
  });

  it('lists the years the package covers and refuses others', () => {
    const years = chineseDaysYears();
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years).not.toContain(2027);
    let error: unknown;
    try {
      nationalCalendarFromChineseDays([2026, 2027]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CALENDAR_SOURCE_YEAR_MISSING');
    expect((error as DomainError).details?.missing).toEqual([2027]);
  });
});
