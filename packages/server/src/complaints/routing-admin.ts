import { randomBytes } from 'node:crypto';
import { handlerLevelOf, traceRouting } from '@claimline/domain/complaints';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { activeRoutingRules, candidatesFor } from './assign.ts';
import * as repo from './rules-repository.ts';
import type { CreateRoutingRuleInput, RoutingPreviewInput, UpdateRoutingRuleInput } from './rules-schema.ts';
import { mayManageComplaintRules } from './rules-service.ts';

/** A routing rule as the API shows it. */
const ruleView = (r: repo.RoutingRuleRow) => ({
  id: r.id,
  branchId: r.branch_id,
  branchName: r.branch_name,
  branchNameEn: r.branch_name_en,
  product: r.product,
  category: r.category,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  priority: r.priority,
  active: r.active,
  updatedAt: r.updated_at.toISOString(),
});

export const listRoutingRules = async (deps: Deps, ctx: RequestCtx) => ({
  editable: mayManageComplaintRules(ctx.actor),
  rules: (await repo.listRoutingRules(deps.db)).map(ruleView),
});

type Fields = Omit<CreateRoutingRuleInput, 'id'>;

/**
 * The branch must exist; the assignee must exist, be active, hold a complaint-handling role and see the rule's
 * complaints (their branch is the rule's or above it; a rule for every branch needs someone at the root).
 */
const checked = async (tx: Tx, f: Fields): Promise<repo.RoutingRuleValues> => {
  const branch = f.branchId ? await repo.branchById(tx, f.branchId) : null;
  if (f.branchId && !branch) throw new AppError('ROUTING_BRANCH_INVALID');
  if (f.assigneeId) {
    const user = await repo.userForRouting(tx, f.assigneeId);
    const path = branch?.path ?? (await repo.rootBranchPath(tx));
    if (!user?.active || handlerLevelOf(user.role as never) === null || !path.startsWith(user.branch_path))
      throw new AppError('ROUTING_ASSIGNEE_INVALID');
  }
  return {
    branch_id: f.branchId,
    product: f.product,
    category: f.category,
    assignee_id: f.assigneeId,
    priority: f.priority,
    active: f.active,
  };
};

const guard = (ctx: RequestCtx) => {
  if (!mayManageComplaintRules(ctx.actor)) throw new AppError('COMPLAINT_RULES_HEAD_OFFICE_ONLY');
};

const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: 'create' | 'update' | 'delete',
  id: string,
  details: Record<string, unknown>,
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: `complaintRouting.${action}`,
    objectType: 'complaintRoutingRule',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const found = async (tx: Tx, id: string) => {
  const r = await repo.findRoutingRule(tx, id, true);
  if (!r) throw new AppError('ROUTING_RULE_NOT_FOUND');
  return r;
};

export const createRoutingRule = (deps: Deps, ctx: RequestCtx, input: CreateRoutingRuleInput) =>
  deps.db.transaction().execute(async (tx) => {
    guard(ctx);
    const { id: wanted, ...fields } = input;
    const values = await checked(tx, fields);
    const id = wanted ?? `rr-${randomBytes(4).toString('hex')}`;
    if (!(await repo.insertRoutingRule(tx, id, values, ctx.clock.now())))
      throw new AppError('ROUTING_RULE_EXISTS');
    await audit(tx, ctx, 'create', id, { rule: values });
    return ruleView(await found(tx, id));
  });

export const updateRoutingRule = (deps: Deps, ctx: RequestCtx, id: string, input: UpdateRoutingRuleInput) =>
  deps.db.transaction().execute(async (tx) => {
    guard(ctx);
    const before = await found(tx, id);
    if (before.updated_at.getTime() !== new Date(input.updatedAt).getTime())
      throw new AppError('ROUTING_RULE_CONFLICT', { updatedAt: before.updated_at.toISOString() });
    const { updatedAt: _read, ...fields } = input;
    const values = await checked(tx, fields);
    const changes = (Object.keys(values) as (keyof typeof values)[]).flatMap((k) =>
      before[k] === values[k] ? [] : [{ key: k, from: before[k], to: values[k] }],
    );
    // Always a later time than the one read, even within a millisecond, so a concurrent editor learns of it.
    const at = new Date(Math.max(ctx.clock.now().getTime(), before.updated_at.getTime() + 1));
    await repo.updateRoutingRule(tx, id, values, at);
    await audit(tx, ctx, 'update', id, { changes });
    return ruleView(await found(tx, id));
  });

export const deleteRoutingRule = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    guard(ctx);
    const before = await found(tx, id);
    await repo.deleteRoutingRule(tx, id);
    // The audit row keeps what the rule was: the table holds only the rules in force.
    await audit(tx, ctx, 'delete', id, { rule: ruleView(before) });
    return { deleted: id };
  });

/**
 * What routing would do for a complaint of this branch, product and category: the trace of every active rule
 * (matched or why not, and in the order tried what each gave), every candidate with what keeps them out, the
 * person avoided and the one picked. Reads only.
 */
export const previewRouting = async (deps: Deps, input: RoutingPreviewInput) => {
  const branch = await repo.branchById(deps.db, input.branchId);
  if (!branch) throw new AppError('ROUTING_BRANCH_INVALID');
  if (input.complainedUserId && !(await repo.userForRouting(deps.db, input.complainedUserId)))
    throw new AppError('COMPLAINED_USER_INVALID');
  const rules = await activeRoutingRules(deps.db);
  const candidates = await candidatesFor(deps.db, branch.path);
  const trace = traceRouting(
    rules,
    {
      branchPath: branch.path,
      product: input.product,
      category: input.category,
      handlerRole: input.handlerRole,
      interestedIds: input.complainedUserId ? [input.complainedUserId] : [],
    },
    candidates,
  );
  const nameOf = (id: string) => candidates.find((p) => p.id === id)?.name ?? null;
  return {
    handlerRole: input.handlerRole,
    ...trace,
    picked: trace.result.ok
      ? { id: trace.result.assigneeId, name: nameOf(trace.result.assigneeId), ruleId: trace.result.ruleId }
      : null,
    avoided: (trace.result.ok ? trace.result.avoided : trace.result.details.avoided).map((id) => ({
      id,
      name: nameOf(id),
    })),
  };
};
