/** The monthly duty plan: draft, assign, propose, publish (issue #16; seed 000 第一条, 第三条). */
import { randomUUID } from 'node:crypto';
import { rosterViolations } from '@claimline/domain/duty';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { insertNotifications } from '../notifications/repository.ts';
import { wantedFor } from './forecast-service.ts';
import type { Proposal } from './proposal-problem.ts';
import { proposeGreedy } from './propose-greedy.ts';
import { proposeHighs } from './propose-highs.ts';
import { findPlan, type PlanRow, planView, rosterOf, violationView } from './roster-model.ts';
import { DUTY_SETTINGS } from './settings.ts';
import { audit, branchOf } from './setup-service.ts';

export const createPlan = (deps: Deps, ctx: RequestCtx, input: { branchId?: string; month: string }) =>
  deps.db.transaction().execute(async (tx) => {
    const branchId = branchOf(ctx, input.branchId);
    const id = randomUUID();
    const now = ctx.clock.now();
    const inserted = await tx
      .insertInto('duty_plans')
      .values({
        id,
        branch_id: branchId,
        month: input.month,
        state: 'draft',
        created_by: ctx.actor.id,
        published_at: null,
        published_by: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['branch_id', 'month']).doNothing())
      .returning('id')
      .execute();
    if (inserted.length === 0) throw new AppError('DUTY_PLAN_EXISTS');
    await audit(tx, ctx, 'duty.plan.create', 'dutyPlan', id, { month: input.month, branchId });
    return planView(tx, await findPlan(tx, id, ctx.actor.scope));
  });

export const planByMonth = async (deps: Deps, ctx: RequestCtx, q: { branchId?: string; month: string }) => {
  const branchId = branchOf(ctx, q.branchId);
  const row = await deps.db
    .selectFrom('duty_plans')
    .select('id')
    .where('branch_id', '=', branchId)
    .where('month', '=', q.month)
    .executeTakeFirst();
  return { plan: row ? await planView(deps.db, await findPlan(deps.db, row.id, ctx.actor.scope)) : null };
};

export const getPlan = async (deps: Deps, ctx: RequestCtx, id: string) =>
  planView(deps.db, await findPlan(deps.db, id, ctx.actor.scope));

const draftOf = async (tx: Tx, ctx: RequestCtx, id: string) => {
  const plan = await findPlan(tx, id, ctx.actor.scope, true);
  if (plan.state !== 'draft') throw new AppError('DUTY_PLAN_PUBLISHED');
  return plan;
};

const touch = async (tx: Tx, plan: PlanRow, now: Date) =>
  (await tx
    .updateTable('duty_plans')
    .set({ version: plan.version + 1, updated_at: now })
    .where('id', '=', plan.id)
    .returningAll()
    .executeTakeFirstOrThrow()) as PlanRow;

/** One change, then the whole plan re-checked: the answer carries every violation for the grid to highlight. */
export const assign = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  a: { agentId: string; shiftId: string; date: string },
) =>
  deps.db.transaction().execute(async (tx) => {
    const plan = await draftOf(tx, ctx, id);
    if (!a.date.startsWith(`${plan.month}-`)) throw new AppError('DUTY_DAY_OUTSIDE_PLAN');
    const roster = await rosterOf(tx, plan);
    if (!roster.agents.some((x) => x.id === a.agentId)) throw new AppError('DUTY_AGENT_NOT_FOUND');
    if (!roster.shifts.some((x) => x.id === a.shiftId)) throw new AppError('DUTY_SHIFT_NOT_FOUND');
    const assignmentId = randomUUID();
    await tx
      .insertInto('duty_assignments')
      .values({
        id: assignmentId,
        plan_id: plan.id,
        user_id: a.agentId,
        shift_id: a.shiftId,
        day: a.date,
        swap_replaces: null,
        swap_approved_by: null,
        created_at: ctx.clock.now(),
      })
      .onConflict((oc) => oc.columns(['plan_id', 'user_id', 'shift_id', 'day']).doNothing())
      .execute();
    await audit(tx, ctx, 'duty.plan.assign', 'dutyPlan', plan.id, { ...a, assignmentId });
    return planView(tx, await touch(tx, plan, ctx.clock.now()));
  });

export const unassign = (deps: Deps, ctx: RequestCtx, id: string, assignmentId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const plan = await draftOf(tx, ctx, id);
    const gone = await tx
      .deleteFrom('duty_assignments')
      .where('id', '=', assignmentId)
      .where('plan_id', '=', plan.id)
      .returningAll()
      .executeTakeFirst();
    if (!gone) throw new AppError('DUTY_ASSIGNMENT_NOT_FOUND');
    await audit(tx, ctx, 'duty.plan.unassign', 'dutyPlan', plan.id, {
      assignmentId,
      agentId: gone.user_id,
      shiftId: gone.shift_id,
      date: gone.day,
    });
    return planView(tx, await touch(tx, plan, ctx.clock.now()));
  });

/** Replaces the draft's assignments by a proposal (HiGHS, or the greedy proposer when asked or when HiGHS fails). */
export const propose = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  input: { method: 'highs' | 'greedy'; useForecast: boolean },
) =>
  deps.db.transaction().execute(async (tx) => {
    const plan = await draftOf(tx, ctx, id);
    const roster = { ...(await rosterOf(tx, plan)), assignments: [] };
    const rules = DUTY_SETTINGS.rosterRules;
    const wanted = input.useForecast ? await wantedFor(tx, plan.branch_id, roster) : undefined;
    let result: Proposal;
    let fallbackReason: string | null = null;
    if (input.method === 'highs') {
      try {
        // Warm-started from the greedy roster; the MIP's dual bound shows how far from optimal it may be (the gap).
        result = await proposeHighs(roster, rules, {
          wanted,
          seconds: DUTY_SETTINGS.solverSeconds,
          start: proposeGreedy(roster, rules, wanted).assignments,
        });
      } catch (e) {
        fallbackReason = e instanceof Error ? e.message : String(e);
        result = proposeGreedy(roster, rules, wanted);
      }
    } else result = proposeGreedy(roster, rules, wanted);
    await tx.deleteFrom('duty_assignments').where('plan_id', '=', plan.id).execute();
    const now = ctx.clock.now();
    if (result.assignments.length > 0)
      await tx
        .insertInto('duty_assignments')
        .values(
          result.assignments.map((a) => ({
            id: randomUUID(),
            plan_id: plan.id,
            user_id: a.agentId,
            shift_id: a.shiftId,
            day: a.date,
            swap_replaces: null,
            swap_approved_by: null,
            created_at: now,
          })),
        )
        .execute();
    const { assignments: _, ...summary } = result;
    await audit(tx, ctx, 'duty.plan.propose', 'dutyPlan', plan.id, {
      ...summary,
      count: result.assignments.length,
      fallbackReason,
    });
    return {
      plan: await planView(tx, await touch(tx, plan, now)),
      method: result.method,
      status: result.status,
      millis: result.millis,
      objective: result.objective,
      bound: result.bound,
      shortMin: result.shortMin,
      shortWant: result.shortWant,
      fallbackReason,
    };
  });

/** Refused while any hard rule is broken (with the list); then every rostered agent is notified. */
export const publish = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const refused = await deps.db.transaction().execute(async (tx) => {
    const plan = await draftOf(tx, ctx, id);
    const roster = await rosterOf(tx, plan);
    const violations = rosterViolations(roster, DUTY_SETTINGS.rosterRules);
    if (violations.length > 0) {
      await audit(
        tx,
        ctx,
        'duty.plan.publish',
        'dutyPlan',
        plan.id,
        { violations: violations.length },
        'failure',
      );
      return violations.map(violationView);
    }
    const now = ctx.clock.now();
    await tx
      .updateTable('duty_plans')
      .set({
        state: 'published',
        published_at: now,
        published_by: ctx.actor.id,
        version: plan.version + 1,
        updated_at: now,
      })
      .where('id', '=', plan.id)
      .execute();
    const agents = [...new Set(roster.assignments.map((a) => a.agentId))];
    await insertNotifications(
      tx,
      agents.map((userId) => {
        const n = roster.assignments.filter((a) => a.agentId === userId).length;
        return {
          id: randomUUID(),
          user_id: userId,
          case_id: null,
          deadline_id: null,
          kind: 'dutyPlanPublished',
          escalation_level: 0,
          message_zh: `${plan.month} 值班计划已发布：您有 ${n} 个班次`,
          message_en: `The ${plan.month} duty plan is published: you have ${n} shifts`,
          created_at: now,
          read_at: null,
        };
      }),
    );
    await audit(tx, ctx, 'duty.plan.publish', 'dutyPlan', plan.id, {
      notified: agents.length,
      month: plan.month,
    });
    return null;
  });
  if (refused) throw new AppError('DUTY_PLAN_HAS_VIOLATIONS', { violations: refused });
  return getPlan(deps, ctx, id);
};

export const myShifts = async (deps: Deps, ctx: RequestCtx) => {
  const rows = await deps.db
    .selectFrom('duty_assignments as a')
    .innerJoin('duty_plans as p', 'p.id', 'a.plan_id')
    .innerJoin('duty_shift_templates as s', 's.id', 'a.shift_id')
    .innerJoin('duty_posts as d', 'd.id', 's.post_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.day',
      'a.shift_id',
      's.code',
      's.start_time',
      's.end_time',
      'd.name_zh',
      'd.name_en',
    ])
    .where('a.user_id', '=', ctx.actor.id)
    .where('p.state', '=', 'published')
    .where('a.day', '>=', new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10))
    .orderBy('a.day')
    .orderBy('s.start_time')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      date: r.day,
      shiftId: r.shift_id,
      code: r.code,
      start: r.start_time,
      end: r.end_time,
      post: { zh: r.name_zh, en: r.name_en },
    })),
  };
};
