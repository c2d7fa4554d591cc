import { DomainError } from '../core/index.ts';
import { type BusinessCalendar, dayIndexOf, NO_YEARS, outOfRange, unpublishedYearsIn } from './engine.ts';
import { DAY_COUNT, FIRST_EPOCH_DAY, HOUR_MS, instantMs, MINUTE_MS, startOfLocalDay } from './local-time.ts';
import type { CalendarResult } from './types.ts';

/*
 * Working time is measured by F(t) = working ms from the start of the tables up to instant t: the prefix sum of
 * whole days before t's local day plus the part of t's day already worked. F never decreases and is flat outside
 * working hours, so "working time between" is F(b) − F(a) and "add working time" is the earliest instant where F
 * reaches F(t) + d — a deadline at the moment the desk closes, not when it reopens the next morning.
 */

const workedInDay = (cal: BusinessCalendar, i: number, msOfDay: number): number => {
  const bounds = cal.schedules[cal.scheduleOf[i]!]!.bounds;
  let sum = 0;
  for (let j = 0; j < bounds.length; j += 2) {
    const start = bounds[j]!;
    if (msOfDay <= start) break;
    const end = bounds[j + 1]!;
    sum += Math.min(msOfDay, end) - start;
  }
  return sum;
};

const workedBefore = (cal: BusinessCalendar, t: number, i: number): number =>
  cal.minutesBefore[i]! * MINUTE_MS + workedInDay(cal, i, t - startOfLocalDay(FIRST_EPOCH_DAY + i));

/** A 24×7 desk works through holidays, so its working time never depends on a notice. */
const flagged = <T>(cal: BusinessCalendar, value: T, a: number, b: number): CalendarResult<T> => {
  const years = cal.alwaysOpen
    ? NO_YEARS
    : a <= b
      ? unpublishedYearsIn(cal, a, b)
      : unpublishedYearsIn(cal, b, a);
  return { value, calendarNotPublished: years.length > 0, unpublishedYears: years };
};

/** Working time in ms between two instants (negative when `to` is earlier); lunch breaks and nights excluded. */
export const workingTimeBetween = (cal: BusinessCalendar, from: Date, to: Date): CalendarResult<number> => {
  const a = instantMs(from, 'from');
  const b = instantMs(to, 'to');
  const ia = dayIndexOf(a);
  const ib = dayIndexOf(b);
  return flagged(cal, workedBefore(cal, b, ib) - workedBefore(cal, a, ia), ia, ib);
};

/**
 * The earliest instant by which `ms` of working time has passed since `at` (for ms < 0, the earliest instant
 * from which |ms| of working time runs up to `at`). Rounded to whole ms. O(log n): one binary search over the
 * per-day prefix sums, narrowed to the side of `at` the answer lies on.
 */
export const addWorkingTime = (cal: BusinessCalendar, at: Date, ms: number): CalendarResult<Date> => {
  const t = instantMs(at, 'at');
  if (!Number.isFinite(ms))
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'ms', reason: 'notFinite', value: ms });
  const delta = Math.round(ms);
  const from = dayIndexOf(t);
  if (delta === 0) return { value: new Date(t), calendarNotPublished: false, unpublishedYears: NO_YEARS };
  const target = workedBefore(cal, t, from) + delta;
  const before = cal.minutesBefore;
  if (target <= 0 || target > before[DAY_COUNT]! * MINUTE_MS) throw outOfRange({ at: at.toISOString(), ms });
  let lo = delta > 0 ? from : 0;
  let hi = delta > 0 ? DAY_COUNT - 1 : from;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before[mid + 1]! * MINUTE_MS >= target) hi = mid;
    else lo = mid + 1;
  }
  const bounds = cal.schedules[cal.scheduleOf[lo]!]!.bounds;
  let rest = target - before[lo]! * MINUTE_MS;
  let msOfDay = 0;
  for (let j = 0; j < bounds.length; j += 2) {
    const length = bounds[j + 1]! - bounds[j]!;
    if (rest <= length) {
      msOfDay = bounds[j]! + rest;
      break;
    }
    rest -= length;
  }
  return flagged(cal, new Date(startOfLocalDay(FIRST_EPOCH_DAY + lo) + msOfDay), from, lo);
};

export const addWorkingHours = (cal: BusinessCalendar, at: Date, hours: number): CalendarResult<Date> =>
  addWorkingTime(cal, at, hours * HOUR_MS);

export const addWorkingMinutes = (cal: BusinessCalendar, at: Date, minutes: number): CalendarResult<Date> =>
  addWorkingTime(cal, at, minutes * MINUTE_MS);

/** Working minutes between two instants, the unit SLA settings are written in. */
export const workingMinutesBetween = (
  cal: BusinessCalendar,
  from: Date,
  to: Date,
): CalendarResult<number> => {
  const r = workingTimeBetween(cal, from, to);
  return { ...r, value: r.value / MINUTE_MS };
};
