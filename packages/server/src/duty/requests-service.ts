/**
 * Leave with a named replacement and swaps, both approved by the service manager (seed 000 第二条: 事假、病假…
 * 安排人员替班; 不得擅自调班). An approval moves the assignments in the same transaction, so an unapproved swap
 * never exists in a plan; the plans touched are re-checked and their violations answered.
 */
import { randomUUID } from 'node:crypto';
import { rosterViolations } from '@claimline/domain/duty';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { type PlanRow, rosterOf, violationView } from './roster-model.ts';
import { DUTY_SETTINGS } from './settings.ts';
import { audit } from './setup-service.ts';

type Q = Db | Tx;
const canPlan = (ctx: RequestCtx) => ctx.actor.permissions.includes('duty.plan');

const colleague = async (q: Q, branchId: string, userId: string, self: string) => {
  const u = await q
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('branch_id', '=', branchId)
    .where('active', '=', true)
    .where('role', 'in', [...DUTY_SETTINGS.rosterRoles])
    .executeTakeFirst();
  if (!u || userId === self) throw new AppError('DUTY_REPLACEMENT_INVALID');
};

const leaveQuery = (q: Q) =>
  q
    .selectFrom('duty_leave_requests as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .innerJoin('users as r', 'r.id', 'l.replacement_id')
    .selectAll('l')
    .select(['u.display_name as user_name', 'r.display_name as replacement_name']);
type LeaveRow = Awaited<ReturnType<ReturnType<typeof leaveQuery>['executeTakeFirstOrThrow']>>;
const leaveView = (l: LeaveRow) => ({
  id: l.id,
  userId: l.user_id,
  userName: l.user_name,
  fromDay: l.from_day,
  toDay: l.to_day,
  reason: l.reason,
  replacementId: l.replacement_id,
  replacementName: l.replacement_name,
  state: l.state,
  decidedAt: l.decided_at?.toISOString() ?? null,
  createdAt: l.created_at.toISOString(),
});

export const listLeave = async (deps: Deps, ctx: RequestCtx) => {
  let q = leaveQuery(deps.db).where('l.branch_id', 'in', ctx.actor.scope);
  if (!canPlan(ctx))
    q = q.where((eb) =>
      eb.or([eb('l.user_id', '=', ctx.actor.id), eb('l.replacement_id', '=', ctx.actor.id)]),
    );
  return { items: (await q.orderBy('l.created_at', 'desc').limit(200).execute()).map(leaveView) };
};

export const requestLeave = (
  deps: Deps,
  ctx: RequestCtx,
  input: { fromDay: string; toDay: string; reason: string; replacementId: string },
) =>
  deps.db.transaction().execute(async (tx) => {
    await colleague(tx, ctx.actor.branchId, input.replacementId, ctx.actor.id);
    const id = randomUUID();
    await tx
      .insertInto('duty_leave_requests')
      .values({
        id,
        branch_id: ctx.actor.branchId,
        user_id: ctx.actor.id,
        from_day: input.fromDay,
        to_day: input.toDay,
        reason: input.reason,
        replacement_id: input.replacementId,
        state: 'pending',
        decided_by: null,
        decided_at: null,
        decision_note: null,
        created_at: ctx.clock.now(),
      })
      .execute();
    await audit(tx, ctx, 'duty.leave.request', 'dutyLeave', id, { ...input });
    return leaveView(await leaveQuery(tx).where('l.id', '=', id).executeTakeFirstOrThrow());
  });

const recheck = async (tx: Tx, planIds: string[]) => {
  const out = [];
  for (const id of [...new Set(planIds)]) {
    const plan = (await tx
      .updateTable('duty_plans')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as PlanRow;
    out.push(...rosterViolations(await rosterOf(tx, plan), DUTY_SETTINGS.rosterRules).map(violationView));
  }
  return out;
};

export const decideLeave = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  input: { approve: boolean; note?: string },
) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('duty_leave_requests')
      .selectAll()
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('DUTY_LEAVE_NOT_FOUND');
    if (row.state !== 'pending') throw new AppError('DUTY_REQUEST_DECIDED');
    // Nobody approves their own leave, nor a leave that makes them the replacement (seed 000 第二条: approval).
    if (row.user_id === ctx.actor.id || row.replacement_id === ctx.actor.id)
      throw new AppError('DUTY_OWN_REQUEST');
    const now = ctx.clock.now();
    await tx
      .updateTable('duty_leave_requests')
      .set({
        state: input.approve ? 'approved' : 'rejected',
        decided_by: ctx.actor.id,
        decided_at: now,
        decision_note: input.note ?? null,
      })
      .where('id', '=', id)
      .execute();
    let moved: { id: string; plan_id: string }[] = [];
    if (input.approve)
      // The replacement takes the requester's assignments on the leave days (第二条 安排人员替班).
      moved = (
        await sql<{ id: string; plan_id: string }>`
          UPDATE duty_assignments a SET user_id = ${row.replacement_id}
            FROM duty_plans p
           WHERE p.id = a.plan_id AND p.branch_id = ${row.branch_id} AND a.user_id = ${row.user_id}
             AND a.day BETWEEN ${row.from_day}::date AND ${row.to_day}::date
             AND NOT EXISTS (SELECT 1 FROM duty_assignments b WHERE b.plan_id = a.plan_id
                   AND b.user_id = ${row.replacement_id} AND b.shift_id = a.shift_id AND b.day = a.day)
          RETURNING a.id, a.plan_id`.execute(tx)
      ).rows;
    const violations = await recheck(
      tx,
      moved.map((m) => m.plan_id),
    );
    await audit(tx, ctx, 'duty.leave.decide', 'dutyLeave', id, {
      approve: input.approve,
      moved: moved.map((m) => m.id),
      violations: violations.length,
    });
    return {
      leave: leaveView(await leaveQuery(tx).where('l.id', '=', id).executeTakeFirstOrThrow()),
      violations,
    };
  });

const swapQuery = (q: Q) =>
  q
    .selectFrom('duty_swap_requests as w')
    .innerJoin('duty_assignments as a', 'a.id', 'w.assignment_id')
    .innerJoin('duty_shift_templates as s', 's.id', 'a.shift_id')
    .innerJoin('users as f', 'f.id', 'w.from_user_id')
    .innerJoin('users as t', 't.id', 'w.to_user_id')
    .selectAll('w')
    .select(['a.day', 's.code', 'f.display_name as from_name', 't.display_name as to_name']);
type SwapRow = Awaited<ReturnType<ReturnType<typeof swapQuery>['executeTakeFirstOrThrow']>>;
const swapView = (w: SwapRow) => ({
  id: w.id,
  assignmentId: w.assignment_id,
  date: w.day,
  shiftCode: w.code,
  fromUserId: w.from_user_id,
  fromUserName: w.from_name,
  toUserId: w.to_user_id,
  toUserName: w.to_name,
  reason: w.reason,
  state: w.state,
  createdAt: w.created_at.toISOString(),
});

export const listSwaps = async (deps: Deps, ctx: RequestCtx) => {
  let q = swapQuery(deps.db).where('w.branch_id', 'in', ctx.actor.scope);
  if (!canPlan(ctx))
    q = q.where((eb) =>
      eb.or([eb('w.from_user_id', '=', ctx.actor.id), eb('w.to_user_id', '=', ctx.actor.id)]),
    );
  return { items: (await q.orderBy('w.created_at', 'desc').limit(200).execute()).map(swapView) };
};

export const requestSwap = (
  deps: Deps,
  ctx: RequestCtx,
  input: { assignmentId: string; toUserId: string; reason: string },
) =>
  deps.db.transaction().execute(async (tx) => {
    const a = await tx
      .selectFrom('duty_assignments as a')
      .innerJoin('duty_plans as p', 'p.id', 'a.plan_id')
      .select(['a.id', 'a.user_id', 'p.branch_id'])
      .where('a.id', '=', input.assignmentId)
      .where('p.branch_id', 'in', ctx.actor.scope)
      .executeTakeFirst();
    if (!a) throw new AppError('DUTY_ASSIGNMENT_NOT_FOUND');
    if (a.user_id !== ctx.actor.id) throw new AppError('DUTY_NOT_YOUR_SHIFT');
    await colleague(tx, a.branch_id, input.toUserId, ctx.actor.id);
    const id = randomUUID();
    await tx
      .insertInto('duty_swap_requests')
      .values({
        id,
        branch_id: a.branch_id,
        assignment_id: a.id,
        from_user_id: ctx.actor.id,
        to_user_id: input.toUserId,
        reason: input.reason,
        state: 'pending',
        decided_by: null,
        decided_at: null,
        created_at: ctx.clock.now(),
      })
      .execute();
    await audit(tx, ctx, 'duty.swap.request', 'dutySwap', id, { ...input });
    return swapView(await swapQuery(tx).where('w.id', '=', id).executeTakeFirstOrThrow());
  });

export const decideSwap = (deps: Deps, ctx: RequestCtx, id: string, input: { approve: boolean }) =>
  deps.db.transaction().execute(async (tx) => {
    const w = await tx
      .selectFrom('duty_swap_requests')
      .selectAll()
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!w) throw new AppError('DUTY_SWAP_NOT_FOUND');
    if (w.state !== 'pending') throw new AppError('DUTY_REQUEST_DECIDED');
    if (w.from_user_id === ctx.actor.id || w.to_user_id === ctx.actor.id)
      throw new AppError('DUTY_OWN_REQUEST');
    await tx
      .updateTable('duty_swap_requests')
      .set({
        state: input.approve ? 'approved' : 'rejected',
        decided_by: ctx.actor.id,
        decided_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    let planIds: string[] = [];
    if (input.approve) {
      const moved = await tx
        .updateTable('duty_assignments')
        .set({ user_id: w.to_user_id, swap_replaces: w.from_user_id, swap_approved_by: ctx.actor.id })
        .where('id', '=', w.assignment_id)
        .where('user_id', '=', w.from_user_id)
        .returning('plan_id')
        .execute();
      planIds = moved.map((m) => m.plan_id);
    }
    const violations = await recheck(tx, planIds);
    await audit(tx, ctx, 'duty.swap.decide', 'dutySwap', id, {
      approve: input.approve,
      violations: violations.length,
    });
    return {
      swap: swapView(await swapQuery(tx).where('w.id', '=', id).executeTakeFirstOrThrow()),
      violations,
    };
  });
