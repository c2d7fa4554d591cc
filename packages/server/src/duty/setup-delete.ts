/**
 * Deleting from a branch's setup (posts, shift templates, an agent's skills). A published plan is what the agents
 * were told (seed 000 第一条): an item it uses is refused with the months named. A draft only loses its cells of
 * the deleted item, recorded in the audit row; the planner re-checks the draft anyway before publishing.
 */

import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { DUTY_SETTINGS } from './settings.ts';
import { audit } from './setup-service.ts';

/** The months of published plans with an assignment on one of these shift templates. */
const publishedMonths = async (tx: Tx, shiftIds: readonly string[]) => {
  if (shiftIds.length === 0) return [];
  const rows = await tx
    .selectFrom('duty_assignments as a')
    .innerJoin('duty_plans as p', 'p.id', 'a.plan_id')
    .select('p.month')
    .distinct()
    .where('a.shift_id', 'in', [...shiftIds])
    .where('p.state', '=', 'published')
    .orderBy('p.month')
    .execute();
  return rows.map((r) => r.month);
};

/** Removes the draft plans' cells on these shifts; returns how many. */
const dropDraftCells = async (tx: Tx, shiftIds: readonly string[]) => {
  if (shiftIds.length === 0) return 0;
  const gone = await tx
    .deleteFrom('duty_assignments')
    .where('shift_id', 'in', [...shiftIds])
    .where('plan_id', 'in', (eb) => eb.selectFrom('duty_plans').select('id').where('state', '=', 'draft'))
    .returning('id')
    .execute();
  return gone.length;
};

const refuseIfPublished = async (tx: Tx, shiftIds: readonly string[]) => {
  const months = await publishedMonths(tx, shiftIds);
  if (months.length > 0) throw new AppError('DUTY_IN_PUBLISHED_PLAN', { months });
};

export const deletePost = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    const post = await tx
      .selectFrom('duty_posts')
      .select('id')
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!post) throw new AppError('DUTY_POST_NOT_FOUND');
    const shifts = (
      await tx.selectFrom('duty_shift_templates').select('id').where('post_id', '=', id).execute()
    ).map((s) => s.id);
    await refuseIfPublished(tx, shifts);
    const draftCells = await dropDraftCells(tx, shifts);
    if (shifts.length > 0) await tx.deleteFrom('duty_shift_templates').where('id', 'in', shifts).execute();
    await tx.deleteFrom('duty_posts').where('id', '=', id).execute();
    await audit(tx, ctx, 'duty.post.delete', 'dutyPost', id, { shifts: shifts.length, draftCells });
    return { deleted: true };
  });

export const deleteShift = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    const shift = await tx
      .selectFrom('duty_shift_templates')
      .select('id')
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!shift) throw new AppError('DUTY_SHIFT_NOT_FOUND');
    await refuseIfPublished(tx, [id]);
    const draftCells = await dropDraftCells(tx, [id]);
    await tx.deleteFrom('duty_shift_templates').where('id', '=', id).execute();
    await audit(tx, ctx, 'duty.shift.delete', 'dutyShift', id, { draftCells });
    return { deleted: true };
  });

/**
 * Removes an agent's recorded skills and cap (back to the centre's defaults). Refused while a published plan has
 * them on a post or shift that needs a skill the defaults do not give (the plan would break the skills rule).
 */
export const deleteSkills = (deps: Deps, ctx: RequestCtx, userId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('branch_id', 'in', ctx.actor.scope)
      .executeTakeFirst();
    if (!user) throw new AppError('DUTY_AGENT_NOT_FOUND');
    const needs = await tx
      .selectFrom('duty_assignments as a')
      .innerJoin('duty_plans as p', 'p.id', 'a.plan_id')
      .innerJoin('duty_shift_templates as s', 's.id', 'a.shift_id')
      .innerJoin('duty_posts as o', 'o.id', 's.post_id')
      .select(['p.month', 's.skills as shift_skills', 'o.skills as post_skills'])
      .where('a.user_id', '=', userId)
      .where('p.state', '=', 'published')
      .execute();
    const lacking = needs.filter((n) =>
      [...n.shift_skills, ...n.post_skills].some((k) => !DUTY_SETTINGS.defaultSkills.includes(k)),
    );
    if (lacking.length > 0)
      throw new AppError('DUTY_IN_PUBLISHED_PLAN', {
        months: [...new Set(lacking.map((n) => n.month))].sort(),
      });
    const gone = await tx
      .deleteFrom('duty_agent_skills')
      .where('user_id', '=', userId)
      .returning('user_id')
      .execute();
    await audit(tx, ctx, 'duty.skills.delete', 'user', userId, { removed: gone.length > 0 });
    return { deleted: gone.length > 0 };
  });
