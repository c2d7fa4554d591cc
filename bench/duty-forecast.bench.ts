import { nationalCalendarFromChineseDays } from '@claimline/domain/calendar';
import {
  type DayCounts,
  dayClassifier,
  erlangCAgents,
  type ForecastDay,
  forecastCalls,
  INTERVALS_PER_DAY,
  type ServiceTarget,
  staffingPlan,
  trafficErlangs,
} from '@claimline/domain/duty';
import { opsPerSecond } from './lib/measure.ts';
import { seededRandom } from './lib/random.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue #16: a month's staffing plan (30 days × 48 half-hours) from 8 weeks of history must take well under 1 s.
 * Baseline: the same plan with Erlang C as a spreadsheet writes it, A^k / k! with factorials, searched upwards from
 * ⌊A⌋ + 1. That baseline is also why the recursion is needed: beyond 170 agents 171! is Infinity in a double and
 * the naive formula answers NaN, which the run checks and prints.
 */

const TARGET: ServiceTarget = { serviceLevel: 0.8, answerSeconds: 20 };
const AHT = 240;
const DAYS = 30;
/** ≥ 10 plans/s (under 100 ms a plan, a tenth of the 1 s) and ≥ 10× the factorial baseline. */
const GOAL = { value: 10, ratio: 10 };

const factorial = (n: number): number => {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
};

/** Erlang C straight from the textbook definition. */
const naiveErlangC = (n: number, a: number): number => {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a ** k / factorial(k);
  const top = ((a ** n / factorial(n)) * n) / (n - a);
  return top / (sum + top);
};

const naiveAgents = (traffic: number): number => {
  if (traffic === 0) return 0;
  for (let n = Math.floor(traffic) + 1; ; n++) {
    const sl = 1 - naiveErlangC(n, traffic) * Math.exp((-(n - traffic) * TARGET.answerSeconds) / AHT);
    if (Number.isNaN(sl)) return Number.NaN;
    if (sl >= TARGET.serviceLevel) return n;
  }
};

const naivePlan = (forecast: readonly ForecastDay[]): number[][] =>
  forecast.map((d) => d.calls.map((calls) => naiveAgents(trafficErlangs(calls, AHT, 1800))));

/** A weekday curve peaking mid-morning and mid-afternoon, quieter weekends, much quieter holidays, some noise. */
const history = (peak: number, dates: readonly string[], classOf: (d: string) => string): DayCounts[] => {
  const next = seededRandom(20_251_122);
  return dates.map((date) => {
    const cls = classOf(date);
    const level = cls === 'holiday' ? 0.25 : cls === 'sat' || cls === 'sun' ? 0.45 : 1;
    const calls = Array.from({ length: INTERVALS_PER_DAY }, (_, i) => {
      const h = i / 2;
      const shape = 0.04 + Math.exp(-((h - 10) ** 2) / 6) + 0.8 * Math.exp(-((h - 15) ** 2) / 8);
      return Math.round(peak * level * shape * (0.9 + 0.2 * next()));
    });
    return { date, calls };
  });
};

const datesFrom = (first: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

export default async function run(): Promise<BenchResult[]> {
  const calendar = nationalCalendarFromChineseDays([2025]);
  const classify = dayClassifier(calendar);
  // 8 weeks of history, then the 30 days from 29 September 2025: National Day (1–8 October) and its two make-up
  // working days (28 September in the history, 11 October in the forecast) included.
  const past = datesFrom('2025-08-04', 56);
  const future = datesFrom('2025-09-29', DAYS);
  const centre = history(300, past, classify); // peak 300 calls / 30 min: about 40 Erlangs, 50 agents
  const big = history(1_500, past, classify); // peak 1,500 calls: about 200 Erlangs, past 171!

  const plan = (h: readonly DayCounts[]) =>
    staffingPlan(forecastCalls(h, future, classify), TARGET, AHT, 0.3);
  const planA = (h: readonly DayCounts[]) =>
    staffingPlan(forecastCalls(h, future, classify), TARGET, AHT, 0.3, {
      kind: 'erlangA',
      patienceSeconds: 120,
    });
  const naive = (h: readonly DayCounts[]) => naivePlan(forecastCalls(h, future, classify));

  // Same answers before any timing: every interval of the month on the ordinary centre.
  const ours = plan(centre);
  const theirs = naive(centre);
  for (const [d, day] of ours.entries())
    for (const [i, cell] of day.intervals.entries())
      if (cell.required !== theirs[d]![i]) throw new Error(`plans differ on ${day.date} interval ${i}`);
  if (ours.some((d) => d.intervals.some((c) => c.required !== erlangCAgents(c.traffic, AHT, TARGET))))
    throw new Error('plan and erlangCAgents differ');
  const bigNaN = naive(big).flat().filter(Number.isNaN).length;
  const bigMax = Math.max(...plan(big).flatMap((d) => d.intervals.map((c) => c.required)));
  process.stdout.write(
    `  big centre: naive factorial Erlang C gives NaN in ${bigNaN} of ${DAYS * INTERVALS_PER_DAY} intervals; the recursion plans up to ${bigMax} agents\n`,
  );

  const timed = { batch: 1 };
  const cErlang = opsPerSecond(() => plan(centre), timed);
  const cNaive = opsPerSecond(() => naive(centre), timed);
  const aErlang = opsPerSecond(() => planA(centre), timed);
  const bigC = opsPerSecond(() => plan(big), timed);
  return [
    judge({
      name: 'duty: month plan, Erlang C (30 d × 48, ~50 agents)',
      unit: 'plans/s',
      value: cErlang,
      baselineName: 'factorial Erlang C, same plan',
      baselineValue: cNaive,
      target: GOAL,
    }),
    judge({
      name: 'duty: month plan, Erlang A (patience 120 s)',
      unit: 'plans/s',
      value: aErlang,
      baselineName: 'factorial Erlang C, same plan',
      baselineValue: cNaive,
      target: { value: GOAL.value },
    }),
    judge({
      name: 'duty: month plan, Erlang C, ~200 Erlangs',
      unit: 'plans/s',
      value: bigC,
      baselineName: 'Erlang C plan, ~50 agents',
      baselineValue: cErlang,
      target: { value: GOAL.value },
    }),
  ];
}
