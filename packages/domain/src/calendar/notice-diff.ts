import { DomainError } from '../core/index.ts';
import { epochDayOf, type IsoDate } from './local-time.ts';
import type { CalendarData, CalendarDay, CalendarDayType } from './types.ts';

export type CalendarDiff = {
  /** The years compared: those the incoming notice covers, so importing 2027 never "removes" 2026. */
  years: number[];
  added: CalendarDay[];
  removed: CalendarDay[];
  changedType: { date: IsoDate; from: CalendarDayType; to: CalendarDayType; name: string }[];
  renamed: { date: IsoDate; from: string; to: string }[];
  unchanged: number;
};

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** The dated entries of a calendar (holidays and make-up days), as a notice lists them, sorted by date. */
export const calendarDays = (data: CalendarData): CalendarDay[] => {
  const name = (date: IsoDate) => data.dayNames?.[date] ?? '';
  return [
    ...[...data.holidays].map((date) => ({ date, type: 'holiday' as const, name: name(date) })),
    ...data.makeUpWorkdays.map((date) => ({ date, type: 'makeUpWorkday' as const, name: name(date) })),
  ].sort(byDate);
};

/** The preview an administrator confirms before an import replaces a year: what appears, goes and changes. */
export const diffCalendarDays = (
  current: CalendarData | readonly CalendarDay[],
  incoming: readonly CalendarDay[],
  options: { years?: readonly number[] } = {},
): CalendarDiff => {
  const years = [...new Set(options.years ?? incoming.map((d) => yearOf(d.date)))].sort((a, b) => a - b);
  const inScope = (d: CalendarDay) => years.includes(yearOf(d.date));
  const before = new Map(
    (Array.isArray(current) ? current : calendarDays(current as CalendarData))
      .filter(inScope)
      .map((d) => [d.date, d]),
  );
  const after = new Map(incoming.filter(inScope).map((d) => [d.date, d]));
  const diff: CalendarDiff = { years, added: [], removed: [], changedType: [], renamed: [], unchanged: 0 };
  for (const [date, next] of after) {
    const prev = before.get(date);
    if (!prev) diff.added.push(next);
    else if (prev.type !== next.type)
      diff.changedType.push({ date, from: prev.type, to: next.type, name: next.name });
    else if (prev.name !== next.name) diff.renamed.push({ date, from: prev.name, to: next.name });
    else diff.unchanged++;
  }
  for (const [date, prev] of before) if (!after.has(date)) diff.removed.push(prev);
  diff.added.sort(byDate);
  diff.removed.sort(byDate);
  diff.changedType.sort(byDate);
  diff.renamed.sort(byDate);
  return diff;
};

/**
 * The calendar after an administrator confirms an import: the given years' days are replaced by the notice's
 * and those years count as published from then on. The result still has to pass `compileCalendar`.
 */
export const applyHolidayNotice = (
  data: CalendarData,
  days: readonly CalendarDay[],
  years: readonly number[] = [...new Set(days.map((d) => yearOf(d.date)))],
): CalendarData => {
  const outside = days.filter((d) => !years.includes(yearOf(d.date)));
  if (outside.length > 0) {
    throw new DomainError('CALENDAR_IMPORT_INVALID', {
      errors: [{ row: 0, reason: 'dayOutsideYears', value: outside.map((d) => d.date) }],
    });
  }
  const keep = (date: IsoDate) => !years.includes(yearOf(date));
  const dayNames: Record<IsoDate, string> = {};
  for (const [date, name] of Object.entries(data.dayNames ?? {})) if (keep(date)) dayNames[date] = name;
  for (const d of days) dayNames[d.date] = d.name;
  return {
    ...data,
    holidays: [
      ...[...data.holidays].filter(keep),
      ...days.filter((d) => d.type === 'holiday').map((d) => d.date),
    ].sort(),
    makeUpWorkdays: [
      ...data.makeUpWorkdays.filter(keep),
      ...days.filter((d) => d.type === 'makeUpWorkday').map((d) => d.date),
    ].sort(),
    dayNames,
    publishedYears: [...new Set([...data.publishedYears, ...years])].sort((a, b) => a - b),
  };
};

/**
 * Whether an administrator must load a notice now. The State Council usually publishes next year's notice in
 * November (2025's on 2024-11-12, 2026's on 2025-11-04), so from 1 November a missing next year is due; a
 * missing current year is overdue and also answers true.
 */
export const needsNextYearNotice = (
  calendar: Pick<CalendarData, 'publishedYears'>,
  today: IsoDate,
): boolean => {
  if (epochDayOf(today) === undefined) {
    throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field: 'today', reason: 'badDate', value: today });
  }
  const year = yearOf(today);
  const published = new Set(calendar.publishedYears);
  if (!published.has(year)) return true;
  return Number(today.slice(5, 7)) >= 11 && !published.has(year + 1);
};
