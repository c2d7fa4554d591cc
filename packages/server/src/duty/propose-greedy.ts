/**
 * The greedy roster proposer: the baseline the solver is measured against (bench/duty-roster.bench.ts) and the
 * fallback when the solver gives no plan. It walks the intervals in time order and, while one is short, puts on the
 * shift covering it that helps most, with the least-loaded agent the hard rules allow. No optimality claim.
 */
import type { RosterPlan, RosterRules } from '@claimline/domain/duty';
import {
  type Candidate,
  candidatesOf,
  capOf,
  clash,
  covers,
  type Demand,
  demandsOf,
  PENALTY,
  type Proposal,
  type Wanted,
} from './proposal-problem.ts';

export const proposeGreedy = (plan: RosterPlan, rules: RosterRules, wanted?: Wanted): Proposal => {
  const started = performance.now();
  const step = rules.intervalMinutes * 60_000;
  const restMs = rules.minRestHours * 3_600_000;
  const demands = demandsOf(plan, rules, wanted).sort((a, b) => a.at - b.at);
  const shiftPost = new Map(plan.shifts.map((s) => [s.id, s.postId]));
  const postOf = (id: string) => shiftPost.get(id) ?? '';
  const cap = capOf(plan, rules);
  // Candidates per (shift, date), each list per agent.
  const byShiftDay = new Map<string, Candidate[]>();
  for (const c of candidatesOf(plan)) {
    const k = `${c.shiftId}|${c.date}`;
    byShiftDay.set(k, [...(byShiftDay.get(k) ?? []), c]);
  }
  const slots = [...byShiftDay.values()].map((list) => list[0]!);
  const chosen: Candidate[] = [];
  const byAgent = new Map<string, Candidate[]>();
  const hours = new Map<string, number>();
  const covered = new Map<Demand, number>();
  const count = (d: Demand) => covered.get(d) ?? 0;
  const demandsBySlot = new Map<Candidate, Demand[]>();
  for (const s of slots)
    demandsBySlot.set(
      s,
      demands.filter((d) => covers(s, d, postOf, step)),
    );

  const allowed = (c: Candidate) =>
    (hours.get(`${c.agentId}|${c.week}`) ?? 0) + c.hours <= cap(c.agentId) &&
    !(byAgent.get(c.agentId) ?? []).some((o) => clash(o, c, restMs));
  const take = (c: Candidate, slot: Candidate) => {
    chosen.push(c);
    byAgent.set(c.agentId, [...(byAgent.get(c.agentId) ?? []), c]);
    const hk = `${c.agentId}|${c.week}`;
    hours.set(hk, (hours.get(hk) ?? 0) + c.hours);
    for (const d of demandsBySlot.get(slot) ?? []) covered.set(d, count(d) + 1);
  };

  // Two passes: first the post minimums (hard), then the forecast's want (soft).
  for (const level of ['min', 'want'] as const)
    for (const d of demands) {
      const need = level === 'min' ? d.min : d.want;
      let guard = 0;
      while (count(d) < need && guard++ < 50) {
        const options = slots
          .filter((s) => covers(s, d, postOf, step))
          .map((s) => ({
            s,
            gain: (demandsBySlot.get(s) ?? []).filter((x) => count(x) < (level === 'min' ? x.min : x.want))
              .length,
          }))
          .sort((a, b) => b.gain - a.gain);
        let placed = false;
        for (const { s } of options) {
          const pool = (byShiftDay.get(`${s.shiftId}|${s.date}`) ?? [])
            .filter(allowed)
            .sort(
              (a, b) =>
                (hours.get(`${a.agentId}|${a.week}`) ?? 0) - (hours.get(`${b.agentId}|${b.week}`) ?? 0) ||
                a.agentId.localeCompare(b.agentId),
            );
          if (pool[0]) {
            take(pool[0], s);
            placed = true;
            break;
          }
        }
        if (!placed) break;
      }
    }

  const shortMin = demands.filter((d) => count(d) < d.min).length;
  const shortWant = demands.reduce((n, d) => n + Math.max(0, d.want - Math.max(count(d), d.min)), 0);
  const objective =
    PENALTY.short * demands.reduce((n, d) => n + Math.max(0, d.min - count(d)), 0) +
    PENALTY.underForecast * shortWant +
    PENALTY.hour * chosen.reduce((h, c) => h + c.hours, 0);
  return {
    method: 'greedy',
    assignments: chosen.map(({ agentId, shiftId, date }) => ({ agentId, shiftId, date })),
    shortMin,
    shortWant,
    objective,
    bound: null,
    status: 'Heuristic',
    millis: performance.now() - started,
  };
};
