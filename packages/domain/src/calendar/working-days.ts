import { DomainError } from '../core/index.ts';
import {
  type BusinessCalendar,
  dateOfIndex,
  dayIndexOf,
  NO_YEARS,
  outOfRange,
  unpublishedYearsIn,
} from './engine.ts';
import {
  DAY_COUNT,
  DAY_MS,
  epochDayOf,
  FIRST_EPOCH_DAY,
  HOUR_MS,
  type IsoDate,
  instantMs,
  startOfLocalDay,
} from './local-time.ts';
import type { CalendarResult, DeadlineResult } from './types.ts';

/**
 * Where inside the last counted day a deadline falls.
 * - 'endOfDay' (default): 24:00 local of that day. Seed 003 (五) says materials go to the insurer "within 3
 *   working days of receipt" (收到理赔材料3个工作日内); Civil Code art. 201 does not count the day a period starts
 *   and art. 203 ends its last day at 24:00, so receipt at any hour gets the same whole three days.
 * - 'closeOfBusiness': the end of that day's working hours, the second sentence of art. 203 (有业务时间的,
 *   停止业务活动的时间为截止时间) for desks that close; falls back to 24:00 on a day without hours.
 * - 'sameTime': the same local wall time, for rolling service targets ("answered within 3 working days"). A
 *   start on a day off has no meaningful wall time (Saturday 00:05 and Friday 23:55 both count from Monday), so
 *   it ends at 24:00 like 'endOfDay'; keeping its own time would let a later start fall due earlier.
 */
export type DeadlineMode = 'endOfDay' | 'closeOfBusiness' | 'sameTime';

const requireInteger = (n: number, field: string): void => {
  if (!Number.isSafeInteger(n))
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field, reason: 'notInteger', value: n });
};

const MODES: readonly string[] = ['endOfDay', 'closeOfBusiness', 'sameTime'];

/** Modes arrive from stored SLA settings as plain strings; an unknown one must not quietly mean 24:00. */
const requireMode = (mode: string): void => {
  if (!MODES.includes(mode))
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'mode', reason: 'unknownMode', value: mode });
};

const dayIndexOfDate = (day: IsoDate | Date): number => {
  if (day instanceof Date) return dayIndexOf(instantMs(day, 'day'));
  const epochDay = typeof day === 'string' ? epochDayOf(day) : undefined;
  if (epochDay === undefined)
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'day', reason: 'badDate', value: day });
  const i = epochDay - FIRST_EPOCH_DAY;
  if (i < 0 || i >= DAY_COUNT) throw outOfRange({ day });
  return i;
};

const deadline = (
  cal: BusinessCalendar,
  t: number,
  from: number,
  last: number,
  mode: DeadlineMode,
  lo: number,
  hi: number,
): DeadlineResult => {
  let ms: number;
  if (mode === 'sameTime') ms = t + (last - from) * DAY_MS;
  else {
    const start = startOfLocalDay(FIRST_EPOCH_DAY + last);
    ms = start + DAY_MS;
    if (mode === 'closeOfBusiness') {
      const bounds = cal.schedules[cal.scheduleOf[last]!]!.bounds;
      if (bounds.length > 0) ms = start + bounds[bounds.length - 1]!;
    }
  }
  const years = unpublishedYearsIn(cal, lo, hi);
  return {
    value: new Date(ms),
    date: dateOfIndex(last),
    calendarNotPublished: years.length > 0,
    unpublishedYears: years,
  };
};

/** Whether a local date (or the local date of an instant) is a working day. */
export const isWorkingDay = (cal: BusinessCalendar, day: IsoDate | Date): CalendarResult<boolean> => {
  const i = dayIndexOfDate(day);
  const years = unpublishedYearsIn(cal, i, i);
  return { value: cal.working[i] === 1, calendarNotPublished: years.length > 0, unpublishedYears: years };
};

/**
 * The deadline N working days after the local day of `at`: the day of `at` is never counted (even when it is a
 * working day and `at` is early), and the Nth working day after it is the last day. N < 0 counts back (reminders
 * "1 working day before"); N = 0 is the day of `at` itself. O(1): one prefix-sum read and one rank look-up.
 */
export const addWorkingDays = (
  cal: BusinessCalendar,
  at: Date,
  n: number,
  options: { mode?: DeadlineMode } = {},
): DeadlineResult => {
  const t = instantMs(at, 'at');
  requireInteger(n, 'n');
  const from = dayIndexOf(t);
  const asked = options.mode ?? 'endOfDay';
  requireMode(asked);
  if (n === 0)
    return deadline(cal, t, from, from, asked, from, asked === 'closeOfBusiness' ? from : from - 1);
  const mode = asked === 'sameTime' && cal.working[from] === 0 ? 'endOfDay' : asked;
  const rank = cal.workingBefore[from + 1]! + n - 1;
  if (rank < 0 || rank >= cal.workingDayAt.length) throw outOfRange({ at: at.toISOString(), n });
  const last = cal.workingDayAt[rank]!;
  return n > 0
    ? deadline(cal, t, from, last, mode, from + 1, last)
    : deadline(cal, t, from, last, mode, last, from);
};

/**
 * Working days after the local day of `from` up to and including the local day of `to`: the count that
 * `addWorkingDays` inverts, so count(at, addWorkingDays(at, n)) = n. Negative when `to` is earlier.
 */
export const countWorkingDays = (cal: BusinessCalendar, from: Date, to: Date): CalendarResult<number> => {
  const a = dayIndexOf(instantMs(from, 'from'));
  const b = dayIndexOf(instantMs(to, 'to'));
  const value = cal.workingBefore[b + 1]! - cal.workingBefore[a + 1]!;
  const years = a <= b ? unpublishedYearsIn(cal, a + 1, b) : unpublishedYearsIn(cal, b + 1, a);
  return { value, calendarNotPublished: years.length > 0, unpublishedYears: years };
};

/**
 * N calendar days after the local day of `at` (Insurance Law's "within 10 days" clocks). With
 * `rollToWorkingDay`, a last day that is not a working day moves to the next working day (Civil Code art. 203:
 * a period ending on a statutory day off ends on the day after it); only then is the calendar consulted and
 * can the result be flagged.
 */
export const addCalendarDays = (
  cal: BusinessCalendar,
  at: Date,
  n: number,
  options:
    | { mode?: 'endOfDay' | 'sameTime'; rollToWorkingDay?: false }
    | { mode?: 'endOfDay'; rollToWorkingDay: true } = {},
): DeadlineResult => {
  const t = instantMs(at, 'at');
  requireInteger(n, 'n');
  // A rolled day has no wall time of its own: Thu 23:00 + 2 and Fri 01:00 + 2 both roll to Monday, and keeping
  // their times would make the later start fall due earlier. Art. 203 ends the rolled day at 24:00 anyway. The
  // type already forbids the pair; the check is for options that arrive as JSON.
  if (options.rollToWorkingDay && (options.mode as string | undefined) === 'sameTime') {
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'mode', reason: 'sameTimeCannotRoll' });
  }
  const from = dayIndexOf(t);
  const target = from + n;
  if (target < 0 || target >= DAY_COUNT) throw outOfRange({ at: at.toISOString(), n });
  const mode = options.mode ?? 'endOfDay';
  requireMode(mode);
  if (!options.rollToWorkingDay) return deadline(cal, t, from, target, mode, target, target - 1);
  const rank = cal.workingBefore[target]!;
  if (rank >= cal.workingDayAt.length) throw outOfRange({ at: at.toISOString(), n });
  const last = cal.workingDayAt[rank]!;
  return deadline(cal, t, from, last, 'endOfDay', target, last);
};

/** Elapsed time ignores the calendar entirely (the 24 h major-case report, seed 003), so it is never flagged. */
export const addElapsedHours = (at: Date, hours: number): CalendarResult<Date> => {
  const t = instantMs(at, 'at');
  if (!Number.isFinite(hours)) {
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'hours', reason: 'notFinite', value: hours });
  }
  return {
    value: new Date(t + Math.round(hours * HOUR_MS)),
    calendarNotPublished: false,
    unpublishedYears: NO_YEARS,
  };
};
