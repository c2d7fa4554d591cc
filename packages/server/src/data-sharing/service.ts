import { randomUUID } from 'node:crypto';
import { can } from '@claimline/domain/access';
import { checkPeriod, DATA_SHARE_KINDS, DEFAULT_MAX_GRANT_DAYS } from '@claimline/domain/data-sharing';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import type { CreateDataShareBody, DataShareMoveBody } from './schema.ts';
import { dataShareView } from './views.ts';
import { DATA_SHARE_WORKFLOW } from './workflow.ts';

/** Seed 002 §七(三)2: a grant is for a task; the longest period is a setting of the centre (DEFAULT_MAX_GRANT_DAYS). */
export const DATA_SHARE_SETTINGS = { maxGrantDays: DEFAULT_MAX_GRANT_DAYS };

/** Deciders and auditors see the requests over their subtree; everyone sees their own. */
const overseer = (ctx: RequestCtx) =>
  can(ctx.actor.role, 'dataShare.approve') || can(ctx.actor.role, 'audit.read');

const visible = (ctx: RequestCtx, r: repo.DataShareRow) =>
  r.requester_id === ctx.actor.id || (overseer(ctx) && ctx.actor.scope.includes(r.branch_id));

const loadView = async (db: Db | Tx, ctx: RequestCtx, id: string) => {
  const r = await repo.findRequest(db, id);
  if (!r || !visible(ctx, r)) throw new AppError('DATA_SHARE_NOT_FOUND');
  return dataShareView(db, r, ctx);
};

export const getRequest = (deps: Deps, ctx: RequestCtx, id: string) => loadView(deps.db, ctx, id);

export const listRequests = async (
  deps: Deps,
  ctx: RequestCtx,
  q: { state?: string | undefined; live?: 'true' | 'false' | undefined },
) => {
  const rows = await repo.listRequests(
    deps.db,
    { id: ctx.actor.id, scope: ctx.actor.scope, overseer: overseer(ctx) },
    { state: q.state, live: q.live === 'true' ? ctx.clock.now() : undefined },
  );
  return { items: await Promise.all(rows.map((r) => dataShareView(deps.db, r, ctx))) };
};

/**
 * A request to read another department's data over a branch subtree for a period. A grant widens the branch scope
 * for one kind of data and never the rights: whoever may not read cases at all cannot ask for them.
 */
export const createRequest = (deps: Deps, ctx: RequestCtx, body: CreateDataShareBody) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    if (!can(ctx.actor.role, 'case.read')) throw new AppError('DATA_SHARE_NO_READ_RIGHT');
    const branch = await repo.branchById(tx, body.branchId);
    if (!branch) throw new AppError('BRANCH_NOT_FOUND', onField('branchId', ERRORS.BRANCH_NOT_FOUND));
    if (branch.path.startsWith(ctx.actor.branchPath))
      throw new AppError(
        'DATA_SHARE_BRANCH_IN_SCOPE',
        onField('branchId', ERRORS.DATA_SHARE_BRANCH_IN_SCOPE),
      );
    const dept = await repo.userDepartment(tx, ctx.actor.id);
    if (dept.code === DATA_SHARE_KINDS[body.dataKind].owner)
      throw new AppError('DATA_SHARE_OWN_DEPARTMENT', onField('dataKind', ERRORS.DATA_SHARE_OWN_DEPARTMENT));
    const period = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
    const bad = checkPeriod(period, now, DATA_SHARE_SETTINGS.maxGrantDays);
    if (bad) throw new AppError(bad, onField('endsAt', ERRORS[bad]));
    const id = randomUUID();
    await repo.insertRequest(tx, {
      id,
      requester_id: ctx.actor.id,
      requester_department_id: dept.department_id,
      data_kind: body.dataKind,
      branch_id: branch.id,
      purpose: body.purpose,
      starts_at: period.startsAt,
      ends_at: period.endsAt,
      state: 'requested',
      decided_by: null,
      decided_at: null,
      decision_note: null,
      revoked_by: null,
      revoked_at: null,
      revoke_note: null,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'dataShare.request',
      objectType: 'dataShare',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { dataKind: body.dataKind, branchId: branch.id, startsAt: body.startsAt, endsAt: body.endsAt },
    });
    return loadView(tx, ctx, id);
  });

/** Approve, reject, withdraw or revoke: the request machine decides who may (domain/data-sharing). */
export const moveRequest = (deps: Deps, ctx: RequestCtx, id: string, body: DataShareMoveBody) =>
  runMove(deps, ctx, DATA_SHARE_WORKFLOW, id, body, (tx) => loadView(tx, ctx, id));
