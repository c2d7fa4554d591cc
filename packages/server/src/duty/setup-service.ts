/** Posts, shift templates and agent skills of a branch (issue #16; seed 000 第一条). */
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditObjectType } from '@claimline/domain/audit';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { loadAgents, loadPosts, loadShifts } from './roster-model.ts';
import type { PostInput, ShiftInput } from './schema.ts';

/** The branch a request is about: the caller's own unless another in scope is named; outside scope is 404. */
export const branchOf = (ctx: RequestCtx, branchId?: string) => {
  const id = branchId ?? ctx.actor.branchId;
  if (!ctx.actor.scope.includes(id)) throw new AppError('DUTY_BRANCH_NOT_FOUND');
  return id;
};

export const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: AuditAction,
  objectType: AuditObjectType,
  objectId: string,
  details: Record<string, unknown> = {},
  result: 'success' | 'failure' = 'success',
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType,
    objectId,
    result,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const postView = (p: Awaited<ReturnType<typeof loadPosts>>[number]) => ({
  ...p,
  skills: [...p.skills],
  staffed: p.staffed === '24x7' ? null : [...p.staffed],
});
const shiftView = (s: Awaited<ReturnType<typeof loadShifts>>[number]) => ({
  id: s.id,
  postId: s.post_id,
  code: s.code,
  start: s.start_time,
  end: s.end_time,
  skills: s.skills,
});

export const dutySetup = async (deps: Deps, ctx: RequestCtx, branchId?: string) => {
  const branch = branchOf(ctx, branchId);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return {
    branchId: branch,
    posts: (await loadPosts(deps.db, branch)).map(postView),
    shifts: (await loadShifts(deps.db, branch)).map(shiftView),
    agents: (await loadAgents(deps.db, branch, today, today)).map((a) => ({
      ...a,
      skills: [...a.skills],
      leaveDays: [...a.leaveDays],
    })),
  };
};

const postRow = (input: PostInput) => ({
  kind: input.kind,
  name_zh: input.nameZh,
  name_en: input.nameEn,
  skills: input.skills,
  staffed: JSON.stringify(input.staffed ?? '24x7'),
  min_agents: input.minAgents,
});

const scopedPost = async (tx: Tx, ctx: RequestCtx, id: string) => {
  const row = await tx
    .selectFrom('duty_posts')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', ctx.actor.scope)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('DUTY_POST_NOT_FOUND');
  return row;
};

const onePost = async (tx: Tx, branchId: string, id: string) =>
  postView((await loadPosts(tx, branchId)).find((p) => p.id === id)!);

export const createPost = (deps: Deps, ctx: RequestCtx, input: PostInput) =>
  deps.db.transaction().execute(async (tx) => {
    const branchId = branchOf(ctx, input.branchId);
    const id = randomUUID();
    const now = ctx.clock.now();
    await tx
      .insertInto('duty_posts')
      .values({ id, branch_id: branchId, ...postRow(input), created_at: now, updated_at: now })
      .execute();
    await audit(tx, ctx, 'duty.post.create', 'dutyPost', id, { ...input });
    return onePost(tx, branchId, id);
  });

export const updatePost = (deps: Deps, ctx: RequestCtx, id: string, input: PostInput) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await scopedPost(tx, ctx, id);
    await tx
      .updateTable('duty_posts')
      .set({ ...postRow(input), updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await audit(tx, ctx, 'duty.post.update', 'dutyPost', id, { ...input });
    return onePost(tx, row.branch_id, id);
  });

const scopedShift = async (tx: Tx, ctx: RequestCtx, id: string) => {
  const row = await tx
    .selectFrom('duty_shift_templates')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', ctx.actor.scope)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('DUTY_SHIFT_NOT_FOUND');
  return row;
};

export const createShift = (deps: Deps, ctx: RequestCtx, input: ShiftInput) =>
  deps.db.transaction().execute(async (tx) => {
    const post = await scopedPost(tx, ctx, input.postId);
    const id = randomUUID();
    const now = ctx.clock.now();
    await tx
      .insertInto('duty_shift_templates')
      .values({
        id,
        branch_id: post.branch_id,
        post_id: post.id,
        code: input.code,
        start_time: input.start,
        end_time: input.end,
        skills: input.skills,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['branch_id', 'code']).doNothing())
      .execute();
    const row = await scopedShift(tx, ctx, id).catch(() => {
      throw new AppError('DUTY_SHIFT_CODE_EXISTS');
    });
    await audit(tx, ctx, 'duty.shift.create', 'dutyShift', id, { ...input });
    return shiftView(row);
  });

export const updateShift = (deps: Deps, ctx: RequestCtx, id: string, input: ShiftInput) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await scopedShift(tx, ctx, id);
    const post = await scopedPost(tx, ctx, input.postId);
    if (post.branch_id !== row.branch_id) throw new AppError('DUTY_POST_NOT_FOUND');
    // The code names the shift in every grid cell: a second template with the same code is refused, not a 500.
    const clash = await tx
      .selectFrom('duty_shift_templates')
      .select('id')
      .where('branch_id', '=', row.branch_id)
      .where('code', '=', input.code)
      .where('id', '!=', id)
      .executeTakeFirst();
    if (clash) throw new AppError('DUTY_SHIFT_CODE_EXISTS');
    const set = {
      post_id: post.id,
      code: input.code,
      start_time: input.start,
      end_time: input.end,
      skills: input.skills,
    };
    await tx
      .updateTable('duty_shift_templates')
      .set({ ...set, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await audit(tx, ctx, 'duty.shift.update', 'dutyShift', id, { ...input });
    return shiftView({ ...row, ...set });
  });

export const setSkills = (
  deps: Deps,
  ctx: RequestCtx,
  userId: string,
  input: { skills: string[]; maxHoursPerWeek: number },
) =>
  deps.db.transaction().execute(async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('id', '=', userId)
      .where('branch_id', 'in', ctx.actor.scope)
      .executeTakeFirst();
    if (!user) throw new AppError('DUTY_AGENT_NOT_FOUND');
    const now = ctx.clock.now();
    const row = { skills: input.skills, max_hours_per_week: input.maxHoursPerWeek, updated_at: now };
    await tx
      .insertInto('duty_agent_skills')
      .values({ user_id: userId, ...row })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
      .execute();
    await audit(tx, ctx, 'duty.skills.set', 'user', userId, { ...input });
    const agents = await loadAgents(tx, user.branch_id, '2000-01-01', '2000-01-01');
    const a = agents.find((x) => x.id === userId);
    if (!a) throw new AppError('DUTY_AGENT_NOT_FOUND');
    return { ...a, skills: [...a.skills], leaveDays: [] };
  });
