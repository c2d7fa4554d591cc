import type { IsoDate, Weekday } from './local-time.ts';

/** Local wall-clock range on one day, 'HH:mm'–'HH:mm', end exclusive; '24:00' ends at midnight. */
export type TimeRange = { start: string; end: string };

/**
 * When a calendar's working time runs.
 * - '24x7': every minute of every day, holidays included (the hotline). Working days still follow the holiday data,
 *   because "N working days" rules apply to hotline cases too.
 * - an array: the same ranges on every working day, including make-up days.
 * - byWeekday: ranges per working weekday; make-up days use `makeUpWorkday`, else Monday's ranges, because a
 *   make-up day is worked as an ordinary weekday and the notice does not say which.
 * Ranges never cross midnight: a night shift is two ranges, 20:00–24:00 and 00:00–08:00, each on its own date.
 */
export type WorkingHours =
  | '24x7'
  | readonly TimeRange[]
  | {
      byWeekday: Partial<Record<Weekday, readonly TimeRange[]>>;
      makeUpWorkday?: readonly TimeRange[];
    };

/**
 * A calendar as stored (one row an administrator edits). Plain data, JSON-serialisable when `holidays` is an
 * array; `compileCalendar` turns it into the precomputed tables the operations use.
 */
export type CalendarData = {
  id: string;
  name: string;
  timeZone: 'Asia/Shanghai';
  weekendDays: readonly Weekday[];
  /** Statutory (or branch) days off, weekend ones included as the notice lists them. */
  holidays: readonly IsoDate[] | ReadonlySet<IsoDate>;
  /** Make-up working days (调休上班): weekend days that are worked. */
  makeUpWorkdays: readonly IsoDate[];
  /** Display names of holidays and make-up days, e.g. '春节'. */
  dayNames?: Readonly<Record<IsoDate, string>>;
  /** Years whose notice is loaded; any other year is computed as plain weekdays and flagged. */
  publishedYears: readonly number[];
  workingHours: WorkingHours;
  /** Set on a branch calendar layered over a national one. */
  baseCalendarId?: string;
};

/**
 * A branch's differences from the national calendar: a local holiday it closes for, a holiday it opens on,
 * its own working hours.
 */
export type BranchCalendarOverride = {
  id: string;
  name: string;
  closedDays?: readonly NamedDay[];
  openDays?: readonly NamedDay[];
  weekendDays?: readonly Weekday[];
  workingHours?: WorkingHours;
};

export type CalendarDayType = 'holiday' | 'makeUpWorkday';

export type NamedDay = { date: IsoDate; name: string };

/** One dated entry of a holiday notice. */
export type CalendarDay = NamedDay & { type: CalendarDayType };

/**
 * Every answer says whether it relied on a year without a published notice, so a deadline in such a year is
 * shown as provisional instead of being trusted as ordinary weekdays.
 */
export type CalendarResult<T> = {
  value: T;
  calendarNotPublished: boolean;
  unpublishedYears: readonly number[];
};

/** A deadline: the instant it falls due (exclusive) and the local date of the last day counted. */
export type DeadlineResult = CalendarResult<Date> & { date: IsoDate };
