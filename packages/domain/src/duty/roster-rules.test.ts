import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rosterViolations } from './roster-rules.ts';
import type { Agent, Assignment, Post, RosterPlan, ShiftTemplate } from './roster-types.ts';

const HOTLINE: Post = {
  id: 'hotline',
  kind: 'hotlineSeat',
  name: { zh: '专线坐席', en: 'Hotline seat' },
  skills: ['hotline'],
  staffed: '24x7',
  minAgents: 1,
};
const DESK: Post = {
  id: 'desk',
  kind: 'claimsDesk',
  name: { zh: '理赔柜面', en: 'Claims desk' },
  skills: ['claims'],
  staffed: [{ start: '08:30', end: '17:30' }],
  minAgents: 1,
};
const SHIFTS: ShiftTemplate[] = [
  { id: 'night', postId: 'hotline', start: '00:00', end: '08:00', skills: [] },
  { id: 'day', postId: 'hotline', start: '08:00', end: '16:00', skills: [] },
  { id: 'late', postId: 'hotline', start: '16:00', end: '24:00', skills: [] },
  { id: 'desk', postId: 'desk', start: '08:30', end: '17:30', skills: [] },
  { id: 'longNight', postId: 'hotline', start: '20:00', end: '08:00', skills: [] },
];
const agent = (id: string, skills = ['hotline', 'claims'], leaveDays: string[] = []): Agent => ({
  id,
  name: id,
  skills,
  maxHoursPerWeek: 40,
  leaveDays,
});
const as = (
  id: string,
  agentId: string,
  shiftId: string,
  date: string,
  swap?: Assignment['swap'],
): Assignment => (swap ? { id, agentId, shiftId, date, swap } : { id, agentId, shiftId, date });

/** One day fully covered: three hotline agents and one at the desk. */
const covered = (): RosterPlan => ({
  dates: ['2025-09-29'],
  posts: [HOTLINE, DESK],
  shifts: SHIFTS,
  agents: [agent('a'), agent('b'), agent('c'), agent('d')],
  assignments: [
    as('1', 'a', 'night', '2025-09-29'),
    as('2', 'b', 'day', '2025-09-29'),
    as('3', 'c', 'late', '2025-09-29'),
    as('4', 'd', 'desk', '2025-09-29'),
  ],
});

const codes = (plan: RosterPlan) => rosterViolations(plan).map((v) => v.code);

describe('roster violations, one rule at a time', () => {
  it('a covered day breaks nothing', () => {
    expect(rosterViolations(covered())).toEqual([]);
  });

  it('an empty post names the interval run (第三条)', () => {
    const plan = covered();
    const [v, ...rest] = rosterViolations({
      ...plan,
      assignments: plan.assignments.filter((a) => a.id !== '2'),
    });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      code: 'EMPTY_POST',
      postId: 'hotline',
      source: 'seed 000 第三条 不得出现空岗',
    });
    expect(v!.from!.toISOString()).toBe('2025-09-29T00:00:00.000Z'); // 08:00 Beijing time
    expect(v!.to!.toISOString()).toBe('2025-09-29T08:00:00.000Z'); // 16:00
    expect(v!.message.zh).toBe('专线坐席 空岗');
  });

  it('below the post minimum is under-staffed', () => {
    const plan = covered();
    // One agent at a time all day: one run from 00:00 to 24:00, naming the three shifts.
    const v = rosterViolations({ ...plan, posts: [{ ...HOTLINE, minAgents: 2 }, DESK] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: 'UNDERSTAFFED_POST', assignmentIds: ['1', '2', '3'] });
    expect(v[0]!.to!.getTime() - v[0]!.from!.getTime()).toBe(86_400_000);
  });

  it('double-booking, short rest, weekly hours', () => {
    const plan = covered();
    expect(
      codes({ ...plan, assignments: [...plan.assignments, as('5', 'a', 'desk', '2025-09-29')] }),
    ).toContain('REST_TOO_SHORT');
    expect(
      codes({ ...plan, assignments: [...plan.assignments, as('5', 'b', 'desk', '2025-09-29')] }),
    ).toContain('DOUBLE_BOOKED');
    // Five night shifts of 12 h in one week: 60 h over 40 h; each night rests 12 h, so only the hours rule fires.
    const week = ['2025-09-29', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-03'];
    const nights = week.map((d, i) => as(`n${i}`, 'e', 'longNight', d));
    const v = rosterViolations({ ...plan, agents: [...plan.agents, agent('e')], assignments: nights }).filter(
      (x) => x.agentId === 'e',
    );
    expect(v.map((x) => x.code)).toEqual(['WEEKLY_HOURS_EXCEEDED']);
    expect(v[0]!.message.en).toBe('e is rostered 60 h this week, over 40 h');
  });

  it('missing skill, approved leave, unapproved swap (第二条)', () => {
    const plan = covered();
    const agents = [
      agent('a', ['hotline']),
      agent('b', ['hotline'], ['2025-09-29']),
      agent('c'),
      agent('d', ['hotline']),
    ];
    const assignments = plan.assignments.map((a) =>
      a.id === '3' ? as('3', 'c', 'late', '2025-09-29', { replaces: 'x', approvedBy: null }) : a,
    );
    expect(codes({ ...plan, agents, assignments })).toEqual([
      'MISSING_SKILL',
      'ON_APPROVED_LEAVE',
      'SWAP_NOT_APPROVED',
    ]);
    const approved = assignments.map((a) =>
      a.swap ? { ...a, swap: { replaces: 'x', approvedBy: 'manager' } } : a,
    );
    expect(codes({ ...plan, assignments: approved })).toEqual([]);
  });

  it('a new agent without the required training may not take a hotline seat, but may take the desk', () => {
    const plan = covered();
    const agents = plan.agents.map((a) =>
      a.id === 'b' || a.id === 'd' ? { ...a, missingTraining: ['serviceSkills'] } : a,
    );
    const v = rosterViolations({ ...plan, agents });
    expect(v.map((x) => [x.code, x.agentId])).toEqual([['TRAINING_MISSING', 'b']]);
    expect(v[0]!.message.zh).toBe('b 尚未完成上岗培训：服务技巧');
    const trained = plan.agents.map((a) => (a.id === 'b' ? { ...a, missingTraining: [] } : a));
    expect(codes({ ...plan, agents: trained })).toEqual([]);
  });

  it('an unknown agent or shift is reported, not thrown', () => {
    const plan = covered();
    expect(
      codes({ ...plan, assignments: [...plan.assignments, as('9', 'ghost', 'day', '2025-09-29')] }),
    ).toEqual(['UNKNOWN_REFERENCE']);
  });
});

describe('roster properties', () => {
  /** Valid by construction: each day three hotline agents of their own and one desk agent, sometimes doubled. */
  const validPlan = fc
    .record({
      days: fc.integer({ min: 1, max: 4 }),
      doubled: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    })
    .map(({ days, doubled }): RosterPlan => {
      const dates = Array.from({ length: days }, (_, i) => `2025-09-${String(22 + i)}`);
      const agents: Agent[] = [];
      const assignments: Assignment[] = [];
      for (const [d, date] of dates.entries())
        for (const [s, shiftId] of ['night', 'day', 'late', 'desk'].entries()) {
          const copies = doubled[d * 4 + s] ? 2 : 1;
          for (let k = 0; k < copies; k++) {
            const id = `${date}-${shiftId}-${k}`;
            agents.push(agent(id));
            assignments.push(as(id, id, shiftId, date));
          }
        }
      return { dates, posts: [HOTLINE, DESK], shifts: SHIFTS, agents, assignments };
    });

  it('a violation-free plan stays violation-free when an unassigned agent is added', () => {
    fc.assert(
      fc.property(
        validPlan,
        fc.subarray(['hotline', 'claims', 'lead']),
        fc.boolean(),
        (plan, skills, onLeave) => {
          expect(rosterViolations(plan)).toEqual([]);
          const idle = agent('idle', skills, onLeave ? [...plan.dates] : []);
          return rosterViolations({ ...plan, agents: [...plan.agents, idle] }).length === 0;
        },
      ),
    );
  });

  it('removing the only agent of a needed post always leaves it empty', () => {
    fc.assert(
      fc.property(validPlan, fc.nat(), (plan, pick) => {
        const alone = plan.assignments.filter(
          (a) => !plan.assignments.some((b) => b !== a && b.shiftId === a.shiftId && b.date === a.date),
        );
        fc.pre(alone.length > 0);
        const gone = alone[pick % alone.length]!;
        const postId = SHIFTS.find((s) => s.id === gone.shiftId)!.postId;
        const v = rosterViolations({ ...plan, assignments: plan.assignments.filter((a) => a !== gone) });
        return v.some((x) => x.code === 'EMPTY_POST' && x.postId === postId);
      }),
    );
  });
});
