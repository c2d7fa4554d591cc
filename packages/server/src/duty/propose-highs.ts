/**
 * The roster proposal solved as a mixed-integer programme by HiGHS (the `highs` npm package: the University of
 * Edinburgh's solver compiled to WebAssembly). Binary x per (agent, shift, day) the rules allow; per interval a
 * shortfall u below the post minimum and v below the forecast; minimise 1000·u + 10·v + hours. Clashes (overlap or
 * short rest) are interval cliques per agent; the weekly cap is one row per agent and week. The LP relaxation's
 * optimum is the bound the gap is measured to.
 */
import type { RosterPlan, RosterRules } from '@claimline/domain/duty';
import highsLoader from 'highs';
import {
  type Candidate,
  candidatesOf,
  capOf,
  covers,
  demandsOf,
  PENALTY,
  type Proposal,
  type Wanted,
} from './proposal-problem.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | null = null;
// The WebAssembly module is instantiated once per process; each solve gets a fresh model.
const solver = () => {
  loaded ??= highsLoader();
  return loaded;
};

const terms = (pairs: readonly [number, string][]) =>
  pairs.map(([k, v], i) => `${i === 0 ? '' : k < 0 ? '- ' : '+ '}${Math.abs(k)} ${v}`).join(' ');

/** The model in CPLEX LP text (what highs.solve reads), wrapped at 200 characters per line. */
const lpText = (
  plan: RosterPlan,
  rules: RosterRules,
  cands: Candidate[],
  wanted: Wanted | undefined,
  integral: boolean,
) => {
  const step = rules.intervalMinutes * 60_000;
  const restMs = rules.minRestHours * 3_600_000;
  const demands = demandsOf(plan, rules, wanted);
  const shiftPost = new Map(plan.shifts.map((s) => [s.id, s.postId]));
  const postOf = (id: string) => shiftPost.get(id) ?? '';
  const cap = capOf(plan, rules);
  const obj: [number, string][] = cands.map((c, i) => [PENALTY.hour * c.hours, `x${i}`]);
  const rows: string[] = [];
  const wrap = (s: string) => s.replace(/(.{1,200})( |$)/g, '$1\n ');
  const byPostSlot = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const k = postOf(c.shiftId);
    byPostSlot.set(k, [...(byPostSlot.get(k) ?? []), i]);
  });
  demands.forEach((d, j) => {
    const on = (byPostSlot.get(d.postId) ?? []).filter((i) => covers(cands[i]!, d, postOf, step));
    obj.push([PENALTY.short, `u${j}`]);
    const xs = on.map((i): [number, string] => [1, `x${i}`]);
    rows.push(`m${j}: ${terms([...xs, [1, `u${j}`]])} >= ${d.min}`);
    if (d.want > d.min) {
      obj.push([PENALTY.underForecast, `v${j}`]);
      rows.push(`w${j}: ${terms([...xs, [1, `u${j}`], [1, `v${j}`]])} >= ${d.want}`);
    }
  });
  const perAgent = new Map<string, number[]>();
  cands.forEach((c, i) => {
    perAgent.set(c.agentId, [...(perAgent.get(c.agentId) ?? []), i]);
  });
  let r = 0;
  for (const [agentId, list] of perAgent) {
    // Interval graph of [from, to + rest): every clique is the set alive at some start instant.
    const starts = [...new Set(list.map((i) => cands[i]!.from))];
    for (const t of starts) {
      const alive = list.filter((i) => cands[i]!.from <= t && t < cands[i]!.to + restMs);
      if (alive.length > 1) rows.push(`c${r++}: ${terms(alive.map((i) => [1, `x${i}`]))} <= 1`);
    }
    const weeks = new Map<number, number[]>();
    for (const i of list) weeks.set(cands[i]!.week, [...(weeks.get(cands[i]!.week) ?? []), i]);
    for (const ids of weeks.values())
      rows.push(`h${r++}: ${terms(ids.map((i) => [cands[i]!.hours, `x${i}`]))} <= ${cap(agentId)}`);
  }
  const xs = cands.map((_, i) => `x${i}`);
  return [
    'Minimize',
    ` obj: ${wrap(terms(obj))}`,
    'Subject To',
    ...rows.map((row) => ` ${wrap(row)}`),
    'Bounds',
    ...xs.map((x) => ` 0 <= ${x} <= 1`),
    ...(integral ? ['General', ` ${wrap(xs.join(' '))}`] : []),
    'End',
  ].join('\n');
};

export const proposeHighs = async (
  plan: RosterPlan,
  rules: RosterRules,
  options: { wanted?: Wanted; seconds: number; withBound?: boolean },
): Promise<Proposal> => {
  const started = performance.now();
  const highs = await solver();
  const cands = candidatesOf(plan);
  const demands = demandsOf(plan, rules, options.wanted);
  const opts = { time_limit: options.seconds, mip_rel_gap: 0.001, output_flag: false };
  const result = highs.solve(lpText(plan, rules, cands, options.wanted, true), opts);
  if (result.Status !== 'Optimal' && result.Status !== 'Time limit reached')
    throw new Error(`HiGHS: ${result.Status}`);
  const value = (name: string) => (result.Columns[name] as { Primal?: number } | undefined)?.Primal ?? 0;
  const picked = cands.filter((_, i) => value(`x${i}`) > 0.5);
  let shortMin = 0;
  let shortWant = 0;
  demands.forEach((_, j) => {
    if (value(`u${j}`) > 1e-6) shortMin++;
    shortWant += Math.round(value(`v${j}`));
  });
  let bound: number | null = null;
  if (options.withBound) {
    const lp = highs.solve(lpText(plan, rules, cands, options.wanted, false), opts);
    bound = lp.Status === 'Optimal' ? lp.ObjectiveValue : null;
  }
  return {
    method: 'highs',
    assignments: picked.map(({ agentId, shiftId, date }) => ({ agentId, shiftId, date })),
    shortMin,
    shortWant,
    objective: result.ObjectiveValue,
    bound,
    status: result.Status,
    millis: performance.now() - started,
  };
};
