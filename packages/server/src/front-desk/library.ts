import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { explanationsFor, explanationsInScope } from './repository.ts';
import type { ExplanationBody, ExplanationUpdateBody } from './schema.ts';
import { explanationView } from './views.ts';

/**
 * The explanation library (seed 004 §二 5: policy, process, expected time), kept per branch by its service managers.
 * The counter reads its own branch's texts and those above it; a manager edits the texts of the branches in scope.
 */
export const listExplanations = async (deps: Deps, ctx: RequestCtx) => {
  const canEdit = ctx.actor.permissions.includes('visit.library');
  const applying = await explanationsFor(deps.db, ctx.actor.branchId, !canEdit);
  const own = canEdit ? await explanationsInScope(deps.db, ctx.actor.scope) : [];
  const byId = new Map([...applying, ...own].map((e) => [e.id, e]));
  return { canEdit, items: [...byId.values()].map((e) => explanationView(e, ctx)) };
};

const audit = (ctx: RequestCtx, tx: Parameters<typeof appendAudit>[0], id: string, d: object) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'visitExplanation.save',
    objectType: 'visitExplanation',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { ...d },
  });

const one = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const e = (await explanationsInScope(deps.db, ctx.actor.scope)).find((x) => x.id === id);
  if (!e) throw new AppError('VISIT_EXPLANATION_NOT_FOUND');
  return explanationView(e, ctx);
};

export const createExplanation = async (deps: Deps, ctx: RequestCtx, b: ExplanationBody) => {
  const id = randomUUID();
  const now = ctx.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('visit_explanations')
      .values({
        id,
        branch_id: ctx.actor.branchId,
        topic: b.topic,
        title: b.title,
        body: b.body,
        active: b.active,
        updated_by: ctx.actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(ctx, tx, id, { topic: b.topic, title: b.title, version: 1 });
  });
  return one(deps, ctx, id);
};

/** A save on an older version is refused: two managers editing one text cannot overwrite each other. */
export const updateExplanation = async (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  b: ExplanationUpdateBody,
) => {
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('visit_explanations')
      .selectAll()
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('VISIT_EXPLANATION_NOT_FOUND');
    if (before.version !== b.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await tx
      .updateTable('visit_explanations')
      .set({
        topic: b.topic,
        title: b.title,
        body: b.body,
        active: b.active,
        version: before.version + 1,
        updated_by: ctx.actor.id,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await audit(ctx, tx, id, {
      version: before.version + 1,
      before: { topic: before.topic, title: before.title, body: before.body, active: before.active },
      after: { topic: b.topic, title: b.title, body: b.body, active: b.active },
    });
  });
  return one(deps, ctx, id);
};
