import type { CalendarDayEntry, CalendarDayType } from '../api/types.ts';

export type DayInfo = {
  /** Whether the desk works that day, after the national notice and the branch's own days. */
  working: boolean;
  own: CalendarDayEntry | undefined;
  base: CalendarDayEntry | undefined;
};

/** Weekday of a 'YYYY-MM-DD' date, 0 = Sunday, independent of the browser's time zone. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/**
 * What a day is on a calendar: a branch's own entry wins over the national one, which wins over the weekend
 * rule (the same order as the server's layering).
 */
export const dayInfo = (
  day: string,
  own: ReadonlyMap<string, CalendarDayEntry>,
  base: ReadonlyMap<string, CalendarDayEntry>,
  weekendDays: readonly number[],
): DayInfo => {
  const o = own.get(day);
  const b = base.get(day);
  const workingType = (type: CalendarDayType) => type === 'makeUpWorkday' || type === 'open';
  const working = o ? workingType(o.type) : b ? workingType(b.type) : !weekendDays.includes(weekdayOf(day));
  return { working, own: o, base: b };
};

export const byDay = (entries: readonly CalendarDayEntry[]): Map<string, CalendarDayEntry> =>
  new Map(entries.map((e) => [e.day, e]));

/** The year whose notice is missing: this year if even that is, else next year. */
export const missingNoticeYear = (today: string, publishedYears: readonly number[]): number => {
  const year = Number(today.slice(0, 4));
  return publishedYears.includes(year) ? year + 1 : year;
};
