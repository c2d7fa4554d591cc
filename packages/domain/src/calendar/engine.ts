import { DomainError } from '../core/index.ts';
import {
  DAY_COUNT,
  FIRST_EPOCH_DAY,
  FIRST_YEAR,
  isoOfEpochDay,
  LAST_YEAR,
  localEpochDay,
  MINUTE_MS,
  weekdayOfEpochDay,
  yearOfEpochDay,
} from './local-time.ts';
import type { CalendarData } from './types.ts';
import { type MinuteRanges, normalizeCalendar } from './validate.ts';

/** One day's working time: flat [start, end, start, end, …] in ms after local midnight. */
export type Schedule = { readonly bounds: readonly number[]; readonly totalMinutes: number };

/**
 * A calendar compiled into per-day tables over FIRST_YEAR…LAST_YEAR, so every operation is a few array reads
 * (prefix sums) or a binary search instead of a walk over days. Day indexes count from FIRST_EPOCH_DAY.
 * About 300 KB per calendar; the tables are internal, read them only through the operations.
 */
export type BusinessCalendar = {
  readonly data: CalendarData;
  readonly alwaysOpen: boolean;
  readonly working: Uint8Array;
  /** workingBefore[i] = working days among indexes < i. */
  readonly workingBefore: Uint16Array;
  /** workingDayAt[k] = index of the working day of rank k (0-based). */
  readonly workingDayAt: Uint16Array;
  readonly schedules: readonly Schedule[];
  readonly scheduleOf: Uint8Array;
  /** minutesBefore[i] = working minutes in all days with index < i. */
  readonly minutesBefore: Int32Array;
  /** unpublishedBefore[y - FIRST_YEAR] = unpublished years among FIRST_YEAR…y-1. */
  readonly unpublishedBefore: Uint8Array;
};

/** Year offset of every table day, shared by all calendars. */
const YEAR_OF_INDEX = (() => {
  const out = new Uint8Array(DAY_COUNT);
  for (let i = 0; i < DAY_COUNT; i++) out[i] = yearOfEpochDay(FIRST_EPOCH_DAY + i) - FIRST_YEAR;
  return out;
})();

const CLOSED: Schedule = { bounds: [], totalMinutes: 0 };

const scheduleOfRanges = (ranges: MinuteRanges): Schedule => ({
  bounds: ranges.flatMap(([s, e]) => [s * MINUTE_MS, e * MINUTE_MS]),
  totalMinutes: ranges.reduce((sum, [s, e]) => sum + e - s, 0),
});

export const compileCalendar = (data: CalendarData): BusinessCalendar => {
  const n = normalizeCalendar(data);
  const schedules: Schedule[] = [CLOSED];
  const ids = new Map<MinuteRanges, number>();
  const scheduleId = (ranges: MinuteRanges | undefined): number => {
    if (ranges === undefined) return 0;
    let id = ids.get(ranges);
    if (id === undefined) {
      id = schedules.push(scheduleOfRanges(ranges)) - 1;
      ids.set(ranges, id);
    }
    return id;
  };
  const working = new Uint8Array(DAY_COUNT);
  const workingBefore = new Uint16Array(DAY_COUNT + 1);
  const scheduleOf = new Uint8Array(DAY_COUNT);
  const minutesBefore = new Int32Array(DAY_COUNT + 1);
  const ranks: number[] = [];
  for (let i = 0; i < DAY_COUNT; i++) {
    const day = FIRST_EPOCH_DAY + i;
    const weekday = weekdayOfEpochDay(day);
    const makeUp = n.makeUps.has(day);
    const isWorking = makeUp || (!n.holidays.has(day) && !n.weekend.has(weekday));
    working[i] = isWorking ? 1 : 0;
    workingBefore[i + 1] = workingBefore[i]! + working[i]!;
    if (isWorking) ranks.push(i);
    if (n.alwaysOpen) scheduleOf[i] = scheduleId(n.makeUpHours);
    else if (isWorking) scheduleOf[i] = scheduleId(makeUp ? n.makeUpHours : n.hoursByWeekday[weekday]);
    minutesBefore[i + 1] = minutesBefore[i]! + schedules[scheduleOf[i]!]!.totalMinutes;
  }
  const unpublishedBefore = new Uint8Array(LAST_YEAR - FIRST_YEAR + 2);
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const i = y - FIRST_YEAR;
    unpublishedBefore[i + 1] = unpublishedBefore[i]! + (n.published.has(y) ? 0 : 1);
  }
  return {
    data,
    alwaysOpen: n.alwaysOpen,
    working,
    workingBefore,
    workingDayAt: Uint16Array.from(ranks),
    schedules,
    scheduleOf,
    minutesBefore,
    unpublishedBefore,
  };
};

export const outOfRange = (detail: Record<string, unknown>): DomainError =>
  new DomainError('CALENDAR_OUT_OF_RANGE', { ...detail, firstYear: FIRST_YEAR, lastYear: LAST_YEAR });

/** Table index of the local day an instant falls on; instants outside the tables are refused. */
export const dayIndexOf = (ms: number): number => {
  const i = localEpochDay(ms) - FIRST_EPOCH_DAY;
  if (i < 0 || i >= DAY_COUNT) throw outOfRange({ at: new Date(ms).toISOString() });
  return i;
};

// Deadlines name their date on every call; formatting it once per day keeps the hot path free of string building.
const DATE_OF_INDEX: (string | undefined)[] = new Array(DAY_COUNT);

export const dateOfIndex = (i: number): string => {
  let date = DATE_OF_INDEX[i];
  if (date === undefined) {
    date = isoOfEpochDay(FIRST_EPOCH_DAY + i);
    DATE_OF_INDEX[i] = date;
  }
  return date;
};

export const NO_YEARS: readonly number[] = Object.freeze([]);

/** Years without a notice among the days lo…hi (table indexes, inclusive); empty when lo > hi. */
export const unpublishedYearsIn = (cal: BusinessCalendar, lo: number, hi: number): readonly number[] => {
  if (lo > hi) return NO_YEARS;
  const ylo = YEAR_OF_INDEX[lo]!;
  const yhi = YEAR_OF_INDEX[hi]!;
  const before = cal.unpublishedBefore;
  if (before[yhi + 1] === before[ylo]) return NO_YEARS;
  const years: number[] = [];
  for (let y = ylo; y <= yhi; y++) if (before[y + 1] !== before[y]) years.push(FIRST_YEAR + y);
  return years;
};
