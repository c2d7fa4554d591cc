/**
 * The roster proposal as a covering problem (issue #16 part 4): which (agent, shift, day) to pick so that every
 * staffed interval of every post has its agents (seed 000 第三条) and the forecast's need is met where it can be,
 * without breaking a hard rule (rest, weekly hours, skills, leave). Shared by the HiGHS model and the greedy one.
 */
import { type RosterPlan, type RosterRules, shiftSpan } from '@claimline/domain/duty';

const MINUTE = 60_000;
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

export type Candidate = {
  agentId: string;
  shiftId: string;
  date: string;
  from: number;
  to: number;
  hours: number;
  /** Local Monday's epoch day: the week the shift counts in. */
  week: number;
};

/** One interval of one post: `min` agents are a hard rule, `want` (≥ min) is what the forecast asks for. */
export type Demand = { postId: string; at: number; min: number; want: number };

export type ProposedAssignment = { agentId: string; shiftId: string; date: string };

export type Proposal = {
  method: 'highs' | 'greedy';
  assignments: ProposedAssignment[];
  /** Intervals still below the post minimum (hard) and below the forecast (soft). */
  shortMin: number;
  shortWant: number;
  objective: number;
  /** A lower bound on the objective (LP relaxation), when the solver gives one. */
  bound: number | null;
  status: string;
  millis: number;
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Extra agents wanted per post, date and interval index (the forecast's `scheduled`). */
export type Wanted = (postId: string, date: string, interval: number) => number;

export const demandsOf = (plan: RosterPlan, rules: RosterRules, wanted?: Wanted): Demand[] => {
  const out: Demand[] = [];
  const step = rules.intervalMinutes * MINUTE;
  for (const post of plan.posts) {
    const ranges = post.staffed === '24x7' ? [{ start: '00:00', end: '24:00' }] : post.staffed;
    for (const date of plan.dates) {
      const base = Date.parse(`${date}T00:00:00Z`) - SHANGHAI;
      for (const r of ranges)
        for (let t = base + minutesOf(r.start) * MINUTE; t < base + minutesOf(r.end) * MINUTE; t += step) {
          const w = wanted?.(post.id, date, Math.floor((t - base) / step)) ?? 0;
          out.push({ postId: post.id, at: t, min: post.minAgents, want: Math.max(post.minAgents, w) });
        }
    }
  }
  return out;
};

/**
 * Every (agent, shift, day) the hard rules allow on its own: skills held, not on approved leave, and no hotline seat
 * for a new agent still missing required training (issue #17 part 5).
 */
export const candidatesOf = (plan: RosterPlan): Candidate[] => {
  const posts = new Map(plan.posts.map((p) => [p.id, p]));
  const out: Candidate[] = [];
  for (const agent of plan.agents)
    for (const shift of plan.shifts) {
      const post = posts.get(shift.postId);
      if (!post) continue;
      if (![...post.skills, ...shift.skills].every((s) => agent.skills.includes(s))) continue;
      if (post.kind === 'hotlineSeat' && (agent.missingTraining?.length ?? 0) > 0) continue;
      for (const date of plan.dates) {
        const { from, to } = shiftSpan(shift, date);
        const onLeave = agent.leaveDays.some((d) => {
          const s = Date.parse(`${d}T00:00:00Z`) - SHANGHAI;
          return s < to && s + DAY > from;
        });
        if (onLeave) continue;
        const day = Math.floor((from + SHANGHAI) / DAY);
        const weekday = (day + 4) % 7; // epoch day 0 was a Thursday
        out.push({
          agentId: agent.id,
          shiftId: shift.id,
          date,
          from,
          to,
          hours: (to - from) / 3_600_000,
          week: day - ((weekday + 6) % 7),
        });
      }
    }
  return out;
};

/** The agents covering a demand interval with a candidate: there for the whole interval (as the rules count). */
export const covers = (c: Candidate, d: Demand, postOf: (shiftId: string) => string, step: number) =>
  postOf(c.shiftId) === d.postId && c.from <= d.at && c.to >= d.at + step;

/** Weekly cap per agent: the lower of the agent's own and the rules'. */
export const capOf = (plan: RosterPlan, rules: RosterRules) => {
  const caps = new Map(plan.agents.map((a) => [a.id, Math.min(a.maxHoursPerWeek, rules.maxWeeklyHours)]));
  return (agentId: string) => caps.get(agentId) ?? rules.maxWeeklyHours;
};

/** Two shifts of one agent clash when they overlap or leave less than the minimum rest between them. */
export const clash = (a: Candidate, b: Candidate, restMs: number) =>
  a.from < b.to + restMs && b.from < a.to + restMs;

/** Penalties: an interval below the post minimum costs far more than one below the forecast or an hour worked. */
export const PENALTY = { short: 1000, underForecast: 10, hour: 1 } as const;
