import {
  addWorkingDays,
  CLAIMS_DESK_HOURS,
  compileCalendar,
  countWorkingDays,
  nationalCalendarFromChineseDays,
  workingTimeBetween,
} from '@claimline/domain/calendar';
import chineseDays from 'chinese-days';
import { opsPerSecond } from './lib/measure.ts';
import { randomInt, seededRandom } from './lib/random.ts';
import { type BenchResult, judge } from './lib/types.ts';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const INPUTS = 4_096;
const MASK = INPUTS - 1;
/** The bar for the business calendar: ≥ 1 M ops/s and ≥ 50× the day walk. */
const TARGET = { value: 1_000_000, ratio: 50 };
const BASELINE = 'day walk, chinese-days isWorkday';

const localDay = (ms: number): number => Math.floor((ms + OFFSET) / DAY);

/** chinese-days reads local getters, so it is asked with a Date at local noon of the day (correct in any TZ). */
const isWorkday = (epochDay: number): boolean => {
  const d = new Date(epochDay * DAY);
  return chineseDays.isWorkday(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
};

/** What a straightforward implementation does: step one day at a time and ask the package. */
const walkAddWorkingDays = (at: Date, n: number): Date => {
  let day = localDay(at.getTime());
  for (let left = n; left > 0; ) if (isWorkday(++day)) left--;
  return new Date((day + 1) * DAY - OFFSET);
};

const walkCountWorkingDays = (from: Date, to: Date): number => {
  let count = 0;
  for (let day = localDay(from.getTime()) + 1; day <= localDay(to.getTime()); day++)
    if (isWorkday(day)) count++;
  return count;
};

const DESK = CLAIMS_DESK_HOURS.map(({ start, end }) => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return [minutes(start) * 60_000, minutes(end) * 60_000] as const;
});

const walkWorkingTime = (from: Date, to: Date): number => {
  const a = from.getTime();
  const b = to.getTime();
  let total = 0;
  for (let day = localDay(a); day <= localDay(b); day++) {
    if (!isWorkday(day)) continue;
    const start = day * DAY - OFFSET;
    for (const [s, e] of DESK) total += Math.max(0, Math.min(b, start + e) - Math.max(a, start + s));
  }
  return total;
};

export default async function run(): Promise<BenchResult[]> {
  const cal = compileCalendar(nationalCalendarFromChineseDays([2025, 2026]));
  const next = seededRandom(20_251_104);
  const lo = Date.parse('2025-01-01T00:00:00+08:00');
  const hi = Date.parse('2026-11-30T00:00:00+08:00');
  // Starts anywhere in 2025–2026 at any millisecond; N up to a month of working days; windows up to 15 days.
  const starts = Array.from({ length: INPUTS }, () => new Date(randomInt(next, lo, hi)));
  const ns = Array.from({ length: INPUTS }, () => randomInt(next, 1, 20));
  const ends = starts.map((s) => new Date(s.getTime() + randomInt(next, 0, 15 * DAY)));

  // The comparison is only fair if both sides answer the same; check every input before timing anything.
  for (let i = 0; i < INPUTS; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    const ours = addWorkingDays(cal, s, ns[i]!).value.getTime();
    if (ours !== walkAddWorkingDays(s, ns[i]!).getTime())
      throw new Error(`add working days differs at input ${i}`);
    if (countWorkingDays(cal, s, e).value !== walkCountWorkingDays(s, e))
      throw new Error(`count differs at ${i}`);
    if (workingTimeBetween(cal, s, e).value !== walkWorkingTime(s, e))
      throw new Error(`working time differs at ${i}`);
  }

  const cases: { name: string; ours: (i: number) => unknown; walk: (i: number) => unknown }[] = [
    {
      name: 'calendar: add N working days (N 1–20)',
      ours: (i) => addWorkingDays(cal, starts[i & MASK]!, ns[i & MASK]!).value,
      walk: (i) => walkAddWorkingDays(starts[i & MASK]!, ns[i & MASK]!),
    },
    {
      name: 'calendar: count working days between (≤ 15 days)',
      ours: (i) => countWorkingDays(cal, starts[i & MASK]!, ends[i & MASK]!).value,
      walk: (i) => walkCountWorkingDays(starts[i & MASK]!, ends[i & MASK]!),
    },
    {
      name: 'calendar: working hours between (≤ 15 days, lunch break)',
      ours: (i) => workingTimeBetween(cal, starts[i & MASK]!, ends[i & MASK]!).value,
      walk: (i) => walkWorkingTime(starts[i & MASK]!, ends[i & MASK]!),
    },
  ];
  return cases.map(({ name, ours, walk }) =>
    judge({
      name,
      unit: 'ops/s',
      value: opsPerSecond(ours),
      baselineName: BASELINE,
      baselineValue: opsPerSecond(walk, { batch: 100 }),
      target: TARGET,
    }),
  );
}
