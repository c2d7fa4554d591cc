import { DomainError } from '../core/index.ts';
import { epochDayOf, type IsoDate, weekdayOfEpochDay } from './local-time.ts';
import type { BranchCalendarOverride, CalendarData, NamedDay } from './types.ts';
import type { CalendarProblem } from './validate.ts';

const checkDays = (days: readonly NamedDay[], field: string, problems: CalendarProblem[]): Set<IsoDate> => {
  const out = new Set<IsoDate>();
  days.forEach((day, i) => {
    if (typeof day?.date !== 'string' || epochDayOf(day.date) === undefined) {
      problems.push({ field: `${field}[${i}].date`, reason: 'badDate', value: day?.date });
    } else if (typeof day.name !== 'string' || day.name.trim() === '') {
      problems.push({ field: `${field}[${i}].name`, reason: 'empty' });
    } else out.add(day.date);
  });
  return out;
};

/**
 * A branch calendar: the national data with the branch's own closures (a regional holiday) and openings (a
 * counter staffed on a national holiday) on top, and optionally its own weekend and hours. The result is plain
 * calendar data again, so a branch compiles, stores and diffs exactly like the national calendar. Branch days
 * win over national ones; the published years stay the national ones, since a branch cannot publish a notice.
 */
export const layerBranchCalendar = (base: CalendarData, branch: BranchCalendarOverride): CalendarData => {
  const problems: CalendarProblem[] = [];
  const closed = checkDays(branch.closedDays ?? [], 'closedDays', problems);
  const open = checkDays(branch.openDays ?? [], 'openDays', problems);
  for (const date of closed)
    if (open.has(date)) problems.push({ field: 'openDays', reason: 'alsoClosed', value: date });
  if (problems.length > 0) throw new DomainError('CALENDAR_INVALID', { calendarId: branch.id, problems });

  const weekendDays = branch.weekendDays ?? base.weekendDays;
  const weekend = new Set<number>(weekendDays);
  const onWeekend = (date: IsoDate): boolean => weekend.has(weekdayOfEpochDay(epochDayOf(date)!));
  const holidays = new Set([...base.holidays].filter((d) => !open.has(d)));
  for (const date of closed) holidays.add(date);
  // A national make-up day on a day the branch already works (its own weekend differs) is just a working day.
  const makeUps = new Set(
    base.makeUpWorkdays.filter((d) => !closed.has(d) && epochDayOf(d) !== undefined && onWeekend(d)),
  );
  for (const date of open) if (onWeekend(date)) makeUps.add(date);

  const dayNames: Record<IsoDate, string> = { ...base.dayNames };
  for (const day of [...(branch.closedDays ?? []), ...(branch.openDays ?? [])])
    dayNames[day.date] = day.name.trim();
  return {
    id: branch.id,
    name: branch.name,
    timeZone: base.timeZone,
    weekendDays,
    holidays: [...holidays].sort(),
    makeUpWorkdays: [...makeUps].sort(),
    dayNames,
    publishedYears: base.publishedYears,
    workingHours: branch.workingHours ?? base.workingHours,
    baseCalendarId: base.id,
  };
};
