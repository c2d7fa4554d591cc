import type { BusinessCalendar } from '../calendar/engine.ts';
import { epochDayOf, type IsoDate, isoOfEpochDay, weekdayOfEpochDay } from '../calendar/local-time.ts';
import { isWorkingDay } from '../calendar/working-days.ts';

/**
 * KPI periods are runs of Beijing local days (the business calendar's days): a day, a week from Monday (ISO 8601,
 * as the duty roster's weeks), a month, a quarter. Seed 002 §五(二)1 assesses "每月或每季度".
 */
export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = { kind: PeriodKind; key: string; from: IsoDate; to: IsoDate };

export const PERIOD_LABELS: Record<PeriodKind, { zh: string; en: string }> = {
  day: { zh: '日', en: 'Day' },
  week: { zh: '周', en: 'Week' },
  month: { zh: '月', en: 'Month' },
  quarter: { zh: '季度', en: 'Quarter' },
};

const pad2 = (n: number) => String(n).padStart(2, '0');
const epoch = (day: IsoDate): number => {
  const e = epochDayOf(day);
  if (e === undefined) throw new RangeError(`not a date: ${day}`);
  return e;
};
const ymd = (day: IsoDate) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)) });
const monthStart = (y: number, m: number): number => Date.UTC(y, m - 1, 1) / 86_400_000;

/** ISO week-numbering year and week of a Monday-based week containing `e`. */
const isoWeek = (e: number) => {
  const monday = e - ((weekdayOfEpochDay(e) + 6) % 7);
  const thursday = monday + 3;
  const y = Number(isoOfEpochDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - monthStart(y, 1)) / 7) + 1;
  return { y, week, monday };
};

/** The period of `kind` that holds the local day `day`. */
export const periodOf = (kind: PeriodKind, day: IsoDate): Period => {
  const e = epoch(day);
  const { y, m } = ymd(day);
  switch (kind) {
    case 'day':
      return { kind, key: day, from: day, to: day };
    case 'week': {
      const w = isoWeek(e);
      return {
        kind,
        key: `${w.y}-W${pad2(w.week)}`,
        from: isoOfEpochDay(w.monday),
        to: isoOfEpochDay(w.monday + 6),
      };
    }
    case 'month':
      return {
        kind,
        key: `${y}-${pad2(m)}`,
        from: isoOfEpochDay(monthStart(y, m)),
        to: isoOfEpochDay(monthStart(y, m + 1) - 1),
      };
    case 'quarter': {
      const q = Math.floor((m - 1) / 3);
      const first = q * 3 + 1;
      return {
        kind,
        key: `${y}-Q${q + 1}`,
        from: isoOfEpochDay(monthStart(y, first)),
        to: isoOfEpochDay(monthStart(y, first + 3) - 1),
      };
    }
  }
};

const KEY_PATTERNS: Record<PeriodKind, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
};

/** The period a key names (`2026-12-07`, `2026-W50`, `2026-12`, `2026-Q4`), or undefined when it names none. */
export const periodOfKey = (kind: PeriodKind, key: string): Period | undefined => {
  const m = KEY_PATTERNS[kind].exec(key);
  if (!m) return undefined;
  let day: string;
  if (kind === 'day') day = key;
  else if (kind === 'month') day = `${key}-01`;
  else if (kind === 'quarter') day = `${m[1]}-${pad2((Number(m[2]) - 1) * 3 + 1)}-01`;
  else {
    // Week 1 holds 4 January.
    const jan4 = epoch(`${m[1]}-01-04`);
    day = isoOfEpochDay(isoWeek(jan4).monday + (Number(m[2]) - 1) * 7);
  }
  if (epochDayOf(day) === undefined) return undefined;
  const p = periodOf(kind, day);
  return p.key === key ? p : undefined;
};

/** The `count` periods ending with the one that holds `day`, oldest first (a trend's x axis). */
export const periodsEndingAt = (kind: PeriodKind, day: IsoDate, count: number): Period[] => {
  const out: Period[] = [];
  let p = periodOf(kind, day);
  for (let i = 0; i < count; i++) {
    out.unshift(p);
    p = periodOf(kind, isoOfEpochDay(epoch(p.from) - 1));
  }
  return out;
};

/** Every local day of a period, in order. */
export const daysOf = (p: Period): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let e = epoch(p.from); e <= epoch(p.to); e++) out.push(isoOfEpochDay(e));
  return out;
};

/** Working days of a period on a branch's business calendar (holidays out, 调休 make-up days in). */
export const workingDaysIn = (cal: BusinessCalendar, p: Period): number =>
  daysOf(p).filter((d) => isWorkingDay(cal, d).value).length;
