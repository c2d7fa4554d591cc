/** A branch's duty data as the domain's RosterPlan, and a plan's view with its violations (issue #16). */
import {
  type Agent,
  type Post,
  type RosterPlan,
  type RosterViolation,
  rosterViolations,
  type ShiftTemplate,
} from '@claimline/domain/duty';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { DutyPlanTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { missingTrainingOf } from '../training/repository.ts';
import { DUTY_SETTINGS } from './settings.ts';

type Q = Db | Tx;

export const monthDates = (month: string): string[] => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
};

export const loadPosts = async (q: Q, branchId: string): Promise<Post[]> =>
  (
    await q
      .selectFrom('duty_posts')
      .selectAll()
      .where('branch_id', '=', branchId)
      .orderBy('created_at')
      .execute()
  ).map((p) => ({
    id: p.id,
    kind: p.kind,
    name: { zh: p.name_zh, en: p.name_en },
    skills: p.skills,
    staffed: p.staffed as Post['staffed'],
    minAgents: p.min_agents,
  }));

export const loadShifts = async (q: Q, branchId: string) =>
  q
    .selectFrom('duty_shift_templates')
    .selectAll()
    .where('branch_id', '=', branchId)
    .orderBy('start_time')
    .orderBy('code')
    .execute();

const asTemplate = (s: Awaited<ReturnType<typeof loadShifts>>[number]): ShiftTemplate => ({
  id: s.id,
  postId: s.post_id,
  start: s.start_time,
  end: s.end_time,
  skills: s.skills,
});

/** The people on a branch's roster, with their skills and approved leave days in [from, to]. */
export const loadAgents = async (q: Q, branchId: string, from: string, to: string): Promise<Agent[]> => {
  const users = await q
    .selectFrom('users as u')
    .leftJoin('duty_agent_skills as s', 's.user_id', 'u.id')
    .select([
      'u.id',
      'u.display_name',
      'u.agent_no',
      'u.training_required',
      's.skills',
      's.max_hours_per_week',
    ])
    .where('u.branch_id', '=', branchId)
    .where('u.active', '=', true)
    .where('u.role', 'in', [...DUTY_SETTINGS.rosterRoles])
    .orderBy('u.username')
    .execute();
  const leave = await sql<{ user_id: string; day: string }>`
    SELECT l.user_id, to_char(d, 'YYYY-MM-DD') AS day
      FROM duty_leave_requests l, generate_series(l.from_day::timestamp, l.to_day::timestamp, interval '1 day') d
     WHERE l.branch_id = ${branchId} AND l.state = 'approved' AND d::date BETWEEN ${from}::date AND ${to}::date`.execute(
    q,
  );
  // Issue #17 part 5: a new agent's required courses without a certificate valid on the plan's first day.
  const untrained = await missingTrainingOf(
    q,
    users.filter((u) => u.training_required).map((u) => u.id),
    from,
  );
  return users.map((u) => ({
    id: u.id,
    name: u.display_name,
    skills: u.skills ?? [...DUTY_SETTINGS.defaultSkills],
    maxHoursPerWeek: u.max_hours_per_week ?? DUTY_SETTINGS.rosterRules.maxWeeklyHours,
    leaveDays: leave.rows.filter((l) => l.user_id === u.id).map((l) => l.day),
    ...(untrained.has(u.id) ? { missingTraining: untrained.get(u.id) } : {}),
  }));
};

export type PlanRow = Omit<DutyPlanTable, 'version'> & { version: number };

export const findPlan = async (q: Q, id: string, scope: readonly string[], forUpdate = false) => {
  if (!/^[0-9a-f-]{36}$/i.test(id) || scope.length === 0) throw new AppError('DUTY_PLAN_NOT_FOUND');
  let query = q
    .selectFrom('duty_plans')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', [...scope]);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('DUTY_PLAN_NOT_FOUND');
  return row as PlanRow;
};

/** The plan as the domain sees it: the month's days, the branch's posts, shifts, agents and the assignments. */
export const rosterOf = async (q: Q, plan: PlanRow): Promise<RosterPlan> => {
  const dates = monthDates(plan.month);
  const rows = await q.selectFrom('duty_assignments').selectAll().where('plan_id', '=', plan.id).execute();
  return {
    dates,
    posts: await loadPosts(q, plan.branch_id),
    shifts: (await loadShifts(q, plan.branch_id)).map(asTemplate),
    agents: await loadAgents(q, plan.branch_id, dates[0]!, dates.at(-1)!),
    assignments: rows.map((a) => ({
      id: a.id,
      agentId: a.user_id,
      shiftId: a.shift_id,
      date: a.day,
      ...(a.swap_replaces ? { swap: { replaces: a.swap_replaces, approvedBy: a.swap_approved_by } } : {}),
    })),
  };
};

export const violationView = (v: RosterViolation) => ({
  code: v.code,
  message: v.message,
  source: v.source,
  agentId: v.agentId ?? null,
  postId: v.postId ?? null,
  assignmentIds: v.assignmentIds,
  from: v.from?.toISOString() ?? null,
  to: v.to?.toISOString() ?? null,
});

/** The plan, its grid data and every violation of the hard rules, so the console can highlight the cells. */
export const planView = async (q: Q, plan: PlanRow) => {
  const roster = await rosterOf(q, plan);
  const shifts = await loadShifts(q, plan.branch_id);
  return {
    id: plan.id,
    branchId: plan.branch_id,
    month: plan.month,
    state: plan.state,
    version: plan.version,
    publishedAt: plan.published_at?.toISOString() ?? null,
    dates: [...roster.dates],
    posts: roster.posts.map((p) => ({
      ...p,
      skills: [...p.skills],
      staffed: p.staffed === '24x7' ? null : [...p.staffed],
    })),
    shifts: shifts.map((s) => ({
      id: s.id,
      postId: s.post_id,
      code: s.code,
      start: s.start_time,
      end: s.end_time,
      skills: s.skills,
    })),
    agents: roster.agents.map((a) => ({ ...a, skills: [...a.skills], leaveDays: [...a.leaveDays] })),
    assignments: roster.assignments.map((a) => ({
      id: a.id,
      agentId: a.agentId,
      shiftId: a.shiftId,
      date: a.date,
      swapReplaces: a.swap?.replaces ?? null,
    })),
    violations: rosterViolations(roster, DUTY_SETTINGS.rosterRules).map(violationView),
  };
};
export type PlanView = Awaited<ReturnType<typeof planView>>;
