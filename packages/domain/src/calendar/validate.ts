import { BUSINESS_TIME_ZONE, DomainError } from '../core/index.ts';
import {
  epochDayOf,
  FIRST_YEAR,
  isoOfEpochDay,
  LAST_YEAR,
  minutesOf,
  type Weekday,
  weekdayOfEpochDay,
  yearOfEpochDay,
} from './local-time.ts';
import type { CalendarData, TimeRange, WorkingHours } from './types.ts';

export type CalendarProblem = { field: string; reason: string; value?: unknown };

/** Working ranges of one day in minutes after midnight, sorted, as [start, end) pairs. */
export type MinuteRanges = readonly (readonly [number, number])[];

export type NormalizedCalendar = {
  weekend: ReadonlySet<number>;
  holidays: ReadonlySet<number>;
  makeUps: ReadonlySet<number>;
  published: ReadonlySet<number>;
  alwaysOpen: boolean;
  /** Index = weekday; undefined on weekend days. */
  hoursByWeekday: readonly (MinuteRanges | undefined)[];
  makeUpHours: MinuteRanges | undefined;
};

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

const rangesOf = (ranges: readonly TimeRange[], field: string, problems: CalendarProblem[]): MinuteRanges => {
  const out: [number, number][] = [];
  if (!Array.isArray(ranges) || ranges.length === 0) {
    problems.push({ field, reason: 'noRanges' });
    return out;
  }
  ranges.forEach((r, i) => {
    const start = minutesOf(r?.start);
    const end = minutesOf(r?.end);
    if (start === undefined || start === 1440 || end === undefined) {
      problems.push({ field: `${field}[${i}]`, reason: 'badTime', value: r });
    } else if (end <= start) {
      problems.push({ field: `${field}[${i}]`, reason: 'endNotAfterStart', value: r });
    } else out.push([start, end]);
  });
  out.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < out.length; i++) {
    if (out[i]![0] < out[i - 1]![1]) problems.push({ field, reason: 'overlappingRanges', value: ranges });
  }
  return out;
};

const normalizeHours = (
  hours: WorkingHours,
  weekend: ReadonlySet<number>,
  hasMakeUps: boolean,
  problems: CalendarProblem[],
): Pick<NormalizedCalendar, 'alwaysOpen' | 'hoursByWeekday' | 'makeUpHours'> => {
  if (hours === '24x7') {
    const all: MinuteRanges = [[0, 1440]];
    return { alwaysOpen: true, hoursByWeekday: WEEKDAYS.map(() => all), makeUpHours: all };
  }
  if (Array.isArray(hours)) {
    const all = rangesOf(hours, 'workingHours', problems);
    return {
      alwaysOpen: false,
      hoursByWeekday: WEEKDAYS.map((w) => (weekend.has(w) ? undefined : all)),
      makeUpHours: all,
    };
  }
  if (typeof hours !== 'object' || hours === null || !('byWeekday' in hours)) {
    problems.push({ field: 'workingHours', reason: 'unknownShape' });
    return { alwaysOpen: false, hoursByWeekday: [], makeUpHours: undefined };
  }
  const byWeekday = WEEKDAYS.map((w) => {
    const given = hours.byWeekday[w];
    // A weekend entry could never apply: make-up days have their own ranges, so it is a data mistake.
    if (weekend.has(w)) {
      if (given !== undefined)
        problems.push({ field: `workingHours.byWeekday.${w}`, reason: 'hoursOnWeekend' });
      return undefined;
    }
    if (given === undefined) {
      problems.push({ field: `workingHours.byWeekday.${w}`, reason: 'missingWorkingDayHours' });
      return undefined;
    }
    return rangesOf(given, `workingHours.byWeekday.${w}`, problems);
  });
  const makeUp = hours.makeUpWorkday ?? hours.byWeekday[1];
  if (makeUp === undefined && hasMakeUps)
    problems.push({ field: 'workingHours.makeUpWorkday', reason: 'missing' });
  const makeUpHours =
    makeUp === undefined ? undefined : rangesOf(makeUp, 'workingHours.makeUpWorkday', problems);
  return { alwaysOpen: false, hoursByWeekday: byWeekday, makeUpHours };
};

const daySet = (dates: Iterable<string>, field: string, problems: CalendarProblem[]): Set<number> => {
  const out = new Set<number>();
  for (const iso of dates) {
    const day = typeof iso === 'string' ? epochDayOf(iso) : undefined;
    if (day === undefined) problems.push({ field, reason: 'badDate', value: iso });
    else if (yearOfEpochDay(day) < FIRST_YEAR || yearOfEpochDay(day) > LAST_YEAR) {
      problems.push({ field, reason: 'yearOutOfRange', value: iso });
    } else out.add(day);
  }
  return out;
};

/**
 * Checks stored calendar data and returns it in the form the tables are built from. All problems are reported
 * at once so an administrator can fix a whole import in one pass.
 */
export const normalizeCalendar = (data: CalendarData): NormalizedCalendar => {
  const problems: CalendarProblem[] = [];
  if (typeof data.id !== 'string' || data.id.trim() === '') problems.push({ field: 'id', reason: 'empty' });
  if (typeof data.name !== 'string' || data.name.trim() === '')
    problems.push({ field: 'name', reason: 'empty' });
  if (data.timeZone !== BUSINESS_TIME_ZONE) {
    problems.push({ field: 'timeZone', reason: 'unsupportedTimeZone', value: data.timeZone });
  }
  const weekend = new Set<number>();
  for (const w of data.weekendDays ?? []) {
    if (!Number.isInteger(w) || w < 0 || w > 6)
      problems.push({ field: 'weekendDays', reason: 'badWeekday', value: w });
    else weekend.add(w);
  }
  if (weekend.size === 7) problems.push({ field: 'weekendDays', reason: 'noWorkingWeekday' });
  const holidays = daySet(data.holidays ?? [], 'holidays', problems);
  const makeUps = daySet(data.makeUpWorkdays ?? [], 'makeUpWorkdays', problems);
  for (const day of makeUps) {
    if (holidays.has(day))
      problems.push({ field: 'makeUpWorkdays', reason: 'alsoHoliday', value: isoOfEpochDay(day) });
    if (!weekend.has(weekdayOfEpochDay(day))) {
      problems.push({ field: 'makeUpWorkdays', reason: 'notOnWeekend', value: isoOfEpochDay(day) });
    }
  }
  const published = new Set<number>();
  for (const y of data.publishedYears ?? []) {
    if (!Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR) {
      problems.push({ field: 'publishedYears', reason: 'badYear', value: y });
    } else published.add(y);
  }
  const hours = normalizeHours(data.workingHours, weekend, makeUps.size > 0, problems);
  if (problems.length > 0) throw new DomainError('CALENDAR_INVALID', { calendarId: data.id, problems });
  return { weekend, holidays, makeUps, published, ...hours };
};
