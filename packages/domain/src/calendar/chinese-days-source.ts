import chineseDays from 'chinese-days';
import { DomainError } from '../core/index.ts';
import {
  epochDayOf,
  FIRST_YEAR,
  type IsoDate,
  isoOfEpochDay,
  LAST_YEAR,
  weekdayOfEpochDay,
} from './local-time.ts';
import type { CalendarData, TimeRange, WorkingHours } from './types.ts';

/** The claims desk: 08:30–17:30 with a 12:00–13:00 lunch break. */
export const CLAIMS_DESK_HOURS: readonly TimeRange[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:00', end: '17:30' },
];

/** The hotline answers around the clock, holidays included (seed 000 duty system). */
export const HOTLINE_HOURS = '24x7' as const;

export const NATIONAL_CALENDAR_ID = 'CN';

/*
 * chinese-days reads dates through the process time zone: a 'YYYY-MM-DD' string becomes UTC midnight and is then
 * formatted with local getters, so west of UTC getDayDetail('2026-02-14') answers for 2026-02-13. A Date at local
 * noon has the intended local year, month and day in every zone, and each answer's `date` is checked anyway.
 */
const detailOf = (iso: IsoDate): { work: boolean; name: string } => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const detail = chineseDays.getDayDetail(new Date(y, m - 1, d, 12));
  if (detail.date !== iso) {
    throw new DomainError('CALENDAR_SOURCE_MISMATCH', { asked: iso, answered: detail.date });
  }
  return detail;
};

/** Notice days carry 'English,中文,days' names; ordinary days carry the weekday name. */
const noticeName = (name: string): string | undefined => {
  const parts = name.split(',');
  return parts.length >= 2 ? parts[1] : undefined;
};

/** Years chinese-days has a State Council notice for (元旦 is in every notice, so 1 January tells). */
export const chineseDaysYears = (): number[] => {
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const detail = detailOf(`${y}-01-01`);
    if (!detail.work && noticeName(detail.name) !== undefined) years.push(y);
  }
  return years;
};

/**
 * The national calendar from the chinese-days data: the seed row the server stores and an administrator then
 * edits. Asking for a year the package has no notice for is refused rather than filled with plain weekdays.
 * Checked against the State Council notices for 2025 (国办发明电〔2024〕12号) and 2026 (published 2025-11-04) in
 * chinese-days-source.test.ts.
 */
export const nationalCalendarFromChineseDays = (
  years: readonly number[],
  options: { id?: string; name?: string; workingHours?: WorkingHours } = {},
): CalendarData => {
  const available = new Set(chineseDaysYears());
  const missing = years.filter((y) => !available.has(y));
  if (missing.length > 0) {
    throw new DomainError('CALENDAR_SOURCE_YEAR_MISSING', { missing, available: [...available] });
  }
  const holidays: IsoDate[] = [];
  const makeUpWorkdays: IsoDate[] = [];
  const dayNames: Record<IsoDate, string> = {};
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  for (const year of sorted) {
    const end = epochDayOf(`${year + 1}-01-01`)!;
    for (let day = epochDayOf(`${year}-01-01`)!; day < end; day++) {
      const iso = isoOfEpochDay(day);
      const detail = detailOf(iso);
      const name = noticeName(detail.name);
      const weekend = weekdayOfEpochDay(day) === 0 || weekdayOfEpochDay(day) === 6;
      if (detail.work && weekend) makeUpWorkdays.push(iso);
      else if (!detail.work && (name !== undefined || !weekend)) holidays.push(iso);
      else continue;
      if (name !== undefined) dayNames[iso] = name;
    }
  }
  return {
    id: options.id ?? NATIONAL_CALENDAR_ID,
    name: options.name ?? '全国法定节假日',
    timeZone: 'Asia/Shanghai',
    weekendDays: [0, 6],
    holidays,
    makeUpWorkdays,
    dayNames,
    publishedYears: sorted,
    workingHours: options.workingHours ?? CLAIMS_DESK_HOURS,
  };
};
