import { type Agent, DEFAULT_ROSTER_RULES, type RosterPlan, rosterViolations } from '@claimline/domain/duty';
import type { Proposal, Wanted } from '../packages/server/src/duty/proposal-problem.ts';
import { proposeGreedy } from '../packages/server/src/duty/propose-greedy.ts';
import { proposeHighs } from '../packages/server/src/duty/propose-highs.ts';
import { seededRandom } from './lib/random.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue #16 part 4: a roster proposal for 200 agents × 4 weeks by HiGHS, within 60 s and within 2 % of its bound
 * (HiGHS's own dual bound; the solver is warm-started from the greedy roster and stops at a 2 % gap), against the greedy proposer on the same problem in the same run. The centre: a
 * 24×7 hotline seat with five shift templates and a forecast wanting 10–60 agents per half hour (more than the 200
 * agents can staff at the peaks, so the proposers must choose), and a 24×7 duty lead (20 agents hold the skill);
 * 20 part-timers capped at 24 h a week; a few agents on approved leave.
 */

const AGENTS = 200;
const DAYS = 28;
const SECONDS = 60;
/** The issue's targets: a proposal a minute at least, and 98 % of the bound (a gap of 2 % at most). */
const GOAL = { perMinute: 1, ofBound: 98 };

const dates = Array.from({ length: DAYS }, (_, i) =>
  new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10),
);

const centre = (): { plan: RosterPlan; wanted: Wanted } => {
  const next = seededRandom(20_260_302);
  const agents: Agent[] = Array.from({ length: AGENTS }, (_, i) => ({
    id: `a${i}`,
    name: `agent ${i}`,
    skills: i < 20 ? ['hotline', 'lead'] : ['hotline'],
    maxHoursPerWeek: i >= 180 ? 24 : 40,
    leaveDays: i % 25 === 3 ? [dates[Math.floor(next() * DAYS)]!] : [],
  }));
  const shifts = [
    ['E', '06:00', '14:00'],
    ['D', '09:00', '17:00'],
    ['M', '12:00', '20:00'],
    ['L', '14:00', '22:00'],
    ['N', '22:00', '06:00'],
  ].map(([id, start, end]) => ({ id: id!, postId: 'seat', start: start!, end: end!, skills: [] }));
  const plan: RosterPlan = {
    dates,
    posts: [
      {
        id: 'seat',
        kind: 'hotlineSeat',
        name: { zh: '专线坐席', en: 'Hotline seat' },
        skills: ['hotline'],
        staffed: '24x7',
        minAgents: 2,
      },
      {
        id: 'lead',
        kind: 'dutyLead',
        name: { zh: '值班长', en: 'Duty lead' },
        skills: ['lead'],
        staffed: '24x7',
        minAgents: 1,
      },
    ],
    shifts: [
      ...shifts,
      { id: 'LD', postId: 'lead', start: '08:00', end: '20:00', skills: [] },
      { id: 'LN', postId: 'lead', start: '20:00', end: '08:00', skills: [] },
    ],
    agents,
    assignments: [],
  };
  // The forecast's agents per half hour: a weekday double peak, quieter weekends, a little noise (fixed seed).
  const noise = new Map<string, number>();
  const wanted: Wanted = (postId, date, interval) => {
    if (postId !== 'seat') return 0;
    const k = `${date}|${interval}`;
    if (!noise.has(k)) noise.set(k, 0.9 + 0.2 * next());
    const h = interval / 2;
    const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const shape = 0.15 + Math.exp(-((h - 10) ** 2) / 6) + 0.8 * Math.exp(-((h - 15) ** 2) / 8);
    return Math.round(10 + 50 * shape * (weekend ? 0.5 : 1) * noise.get(k)!);
  };
  return { plan, wanted };
};

const line = (name: string, p: Proposal, bound: number | null) =>
  process.stdout.write(
    `  ${name}: ${(p.millis / 1000).toFixed(1)} s, status ${p.status}, objective ${Math.round(p.objective)}, ` +
      `${p.assignments.length} shifts, intervals below minimum ${p.shortMin}, agent-intervals below forecast ` +
      `${p.shortWant}${bound === null ? '' : `, gap to bound ${((100 * (p.objective - bound)) / p.objective).toFixed(2)} %`}\n`,
  );

export default async function run(): Promise<BenchResult[]> {
  const { plan, wanted } = centre();
  const rules = DEFAULT_ROSTER_RULES;
  const greedy = proposeGreedy(plan, rules, wanted);
  // HiGHS starts from the greedy roster (its time counts: the whole proposal must fit in the minute).
  const t0 = performance.now();
  const highs = await proposeHighs(plan, rules, {
    wanted,
    seconds: SECONDS - greedy.millis / 1000,
    start: greedy.assignments,
  });
  highs.millis = performance.now() - t0 + greedy.millis;
  const bound = highs.bound ?? 0;
  line('HiGHS', highs, highs.bound);
  line('greedy', greedy, highs.bound);
  // Both proposals are checked by the same rules the publish step applies (nothing but coverage may be broken).
  for (const [name, p] of [
    ['HiGHS', highs],
    ['greedy', greedy],
  ] as const) {
    const broken = rosterViolations(
      { ...plan, assignments: p.assignments.map((a, i) => ({ id: `x${i}`, ...a })) },
      rules,
    ).filter((v) => v.code !== 'EMPTY_POST' && v.code !== 'UNDERSTAFFED_POST');
    if (broken.length > 0) throw new Error(`${name} broke ${broken[0]!.code}`);
  }
  const ofBound = (p: Proposal) => (p.objective > 0 ? (100 * bound) / p.objective : 100);
  return [
    judge({
      name: 'duty: roster proposal 200 agents × 28 d, HiGHS',
      unit: 'proposals/min',
      value: 60_000 / highs.millis,
      baselineName: 'greedy proposer, same problem',
      baselineValue: 60_000 / greedy.millis,
      target: { value: GOAL.perMinute },
    }),
    judge({
      name: 'duty: roster proposal, % of the solver bound (100 − gap)',
      unit: '%',
      value: ofBound(highs),
      baselineName: 'greedy proposer, same bound',
      baselineValue: ofBound(greedy),
      target: { value: GOAL.ofBound },
    }),
  ];
}
