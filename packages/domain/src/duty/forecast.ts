/**
 * Call-volume forecast per 30-minute interval (issue #16), so the duty plan of 第一条 can follow the load that
 * 第二条 ("电话繁忙时…及时增加人员") and 第七条 ("保持专线畅通") ask it to meet.
 *
 * Method, chosen to be explainable to a service manager: every day is of one class — its weekday, or 法定节假日
 * (a statutory holiday, whatever its weekday), or 调休上班 (a make-up working day, whatever its weekday) — taken from
 * the business calendar's data. The forecast of a day is, interval by interval, the weighted average of the last
 * `sameClassDays` days of its class in the history (for weekdays: the same weekday of the last k weeks), the most
 * recent weighing most (weights k, k−1, …, 1). Holidays are few, so when the history holds none of a class the
 * fallback class stands in (a holiday is run like a Sunday, a make-up day like a Monday), and the answer says so.
 */

import type { CalendarData } from '../calendar/index.ts';
import { epochDayOf, type IsoDate, weekdayOfEpochDay } from '../calendar/local-time.ts';

/** 48 half-hour intervals: the hotline runs 24 × 7 (calendar HOTLINE_HOURS). */
export const INTERVAL_MINUTES = 30;
export const INTERVALS_PER_DAY = (24 * 60) / INTERVAL_MINUTES;

export const DAY_CLASSES = [
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'holiday',
  'makeUpWorkday',
] as const;
export type DayClass = (typeof DAY_CLASSES)[number];

/** The day classes a forecast may borrow from when the history holds none of the class itself. */
export type ForecastSettings = {
  /** How many past days of the same class are averaged (for weekdays: weeks). A setting; 4 is common practice. */
  sameClassDays: number;
  /** Stand-ins when a class has no history: a holiday like a Sunday, a make-up day like a Monday (the calendar's
   * own choice for make-up working hours). */
  fallback: Readonly<Partial<Record<DayClass, DayClass>>>;
};

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = {
  sameClassDays: 4,
  fallback: { holiday: 'sun', makeUpWorkday: 'mon' },
};

/** Calls offered per interval on one past day; `calls.length` must be INTERVALS_PER_DAY. */
export type DayCounts = { date: IsoDate; calls: readonly number[] };

export type ForecastDay = {
  date: IsoDate;
  dayClass: DayClass;
  /** Expected calls per interval (not rounded: the queueing model takes rates). */
  calls: number[];
  /** The class whose history was used: differs from `dayClass` when the fallback stood in. */
  basedOnClass: DayClass | null;
  /** The past days averaged, most recent first; empty when no history of any usable class exists. */
  basedOn: IsoDate[];
};

const WEEKDAY_CLASSES: readonly DayClass[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const epochDay = (date: IsoDate): number => {
  const d = epochDayOf(date);
  if (d === undefined) throw new RangeError(`not a date: ${date}`);
  return d;
};

/**
 * The class of each date from the calendar's own data (its holiday and make-up lists), so a branch calendar with a
 * local holiday forecasts that day as a holiday too. Built once; each look-up is a set test.
 */
export const dayClassifier = (calendar: CalendarData): ((date: IsoDate) => DayClass) => {
  const holidays = new Set<IsoDate>(calendar.holidays);
  const makeUps = new Set<IsoDate>(calendar.makeUpWorkdays);
  return (date) => {
    if (makeUps.has(date)) return 'makeUpWorkday';
    if (holidays.has(date)) return 'holiday';
    return WEEKDAY_CLASSES[weekdayOfEpochDay(epochDay(date))]!;
  };
};

/**
 * Forecast `dates` from `history`. History days on or after a forecast date are ignored for it, so a back-test
 * over known days never peeks at the day it predicts.
 */
export const forecastCalls = (
  history: readonly DayCounts[],
  dates: readonly IsoDate[],
  classify: (date: IsoDate) => DayClass,
  settings: ForecastSettings = DEFAULT_FORECAST_SETTINGS,
): ForecastDay[] => {
  if (!Number.isInteger(settings.sameClassDays) || settings.sameClassDays < 1)
    throw new RangeError('sameClassDays must be an integer ≥ 1');
  const byClass = new Map<DayClass, { day: number; counts: DayCounts }[]>();
  for (const counts of history) {
    if (counts.calls.length !== INTERVALS_PER_DAY)
      throw new RangeError(`${counts.date}: ${counts.calls.length} intervals, expected ${INTERVALS_PER_DAY}`);
    if (counts.calls.some((c) => !(c >= 0)))
      throw new RangeError(`${counts.date}: negative or missing count`);
    const cls = classify(counts.date);
    const list = byClass.get(cls) ?? [];
    list.push({ day: epochDay(counts.date), counts });
    byClass.set(cls, list);
  }
  for (const list of byClass.values()) list.sort((a, b) => b.day - a.day);

  return dates.map((date) => {
    const dayClass = classify(date);
    const target = epochDay(date);
    const pick = (cls: DayClass) =>
      (byClass.get(cls) ?? []).filter((h) => h.day < target).slice(0, settings.sameClassDays);
    let basedOnClass: DayClass | null = dayClass;
    let used = pick(dayClass);
    const fallback = settings.fallback[dayClass];
    if (used.length === 0 && fallback !== undefined) {
      basedOnClass = fallback;
      used = pick(fallback);
    }
    if (used.length === 0) basedOnClass = null;
    const calls = new Array<number>(INTERVALS_PER_DAY).fill(0);
    let weightSum = 0;
    used.forEach((h, rank) => {
      const w = used.length - rank;
      weightSum += w;
      for (let i = 0; i < INTERVALS_PER_DAY; i++) calls[i]! += w * h.counts.calls[i]!;
    });
    if (weightSum > 0) for (let i = 0; i < INTERVALS_PER_DAY; i++) calls[i]! /= weightSum;
    return { date, dayClass, calls, basedOnClass, basedOn: used.map((h) => h.counts.date) };
  });
};
