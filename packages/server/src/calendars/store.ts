import {
  type BranchCalendarOverride,
  type BusinessCalendar,
  type CalendarData,
  compileCalendar,
  layerBranchCalendar,
  type NamedDay,
  type Weekday,
  type WorkingHours,
} from '@claimline/domain/calendar';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import * as repo from './repository.ts';

type Q = Db | Tx;

const named = (days: repo.CalendarDayRow[], type: string): NamedDay[] =>
  days.filter((d) => d.type === type).map((d) => ({ date: d.day, name: d.name }));

/** A national calendar row and its days as the calendar engine's data. */
export const nationalData = (row: repo.CalendarRow, days: repo.CalendarDayRow[]): CalendarData => ({
  id: row.id,
  name: row.name,
  timeZone: 'Asia/Shanghai',
  weekendDays: (row.weekend_days ?? [0, 6]) as Weekday[],
  holidays: days.filter((d) => d.type === 'holiday').map((d) => d.day),
  makeUpWorkdays: days.filter((d) => d.type === 'makeUpWorkday').map((d) => d.day),
  dayNames: Object.fromEntries(days.map((d) => [d.day, d.name])),
  publishedYears: row.published_years,
  workingHours: row.working_hours as WorkingHours,
});

/** A branch calendar row and its days as an override of its base calendar. */
export const branchOverride = (
  row: repo.CalendarRow,
  days: repo.CalendarDayRow[],
): BranchCalendarOverride => ({
  id: row.id,
  name: row.name,
  closedDays: named(days, 'closed'),
  openDays: named(days, 'open'),
  ...(row.weekend_days ? { weekendDays: row.weekend_days as Weekday[] } : {}),
  ...(row.working_hours ? { workingHours: row.working_hours as WorkingHours } : {}),
});

export type EffectiveCalendar = { id: string; data: CalendarData; compiled: BusinessCalendar };

/** Data of a calendar as it stands in `q` (a transaction sees its own uncommitted edits). */
export const loadCalendarData = async (q: Q, id: string): Promise<CalendarData> => {
  const row = await repo.findCalendar(q, id);
  if (!row) throw new AppError('CALENDAR_NOT_FOUND');
  const days = await repo.calendarDays(q, id);
  if (row.kind === 'national' || !row.base_calendar_id) return nationalData(row, days);
  const base = await loadCalendarData(q, row.base_calendar_id);
  return layerBranchCalendar(base, branchOverride(row, days));
};

// Compiling takes ~10 ms and ~300 KB; a calendar is keyed by its own and its base's version, which every edit
// bumps, so each node notices another node's edit at its next look-up.
const CACHE_LIMIT = 32;
const cache = new Map<string, EffectiveCalendar>();

const cacheKey = async (q: Q, id: string): Promise<string | undefined> => {
  const row = await repo.findCalendar(q, id);
  if (!row) return undefined;
  const ids = row.base_calendar_id ? [row.id, row.base_calendar_id] : [row.id];
  const versions = await repo.calendarVersions(q, ids);
  return ids.map((i) => `${i}@${versions.get(i)}`).join('|');
};

/**
 * The compiled calendar for `id`. With `fresh`, it is built from what `q` sees and never cached: a transaction
 * that edits a calendar must not publish a version number that a rollback could hand to other data.
 */
export const effectiveCalendar = async (
  q: Q,
  id: string,
  options: { fresh?: boolean } = {},
): Promise<EffectiveCalendar> => {
  const key = options.fresh ? undefined : await cacheKey(q, id);
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const data = await loadCalendarData(q, id);
  const built = { id, data, compiled: compileCalendar(data) };
  if (key) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, built);
  }
  return built;
};
