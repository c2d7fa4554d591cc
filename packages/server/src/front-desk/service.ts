import { randomUUID } from 'node:crypto';
import { beijingDayOf } from '@claimline/domain/core';
import { formatTicket, VISIT_MACHINE } from '@claimline/domain/front-desk';
import { maskName } from '@claimline/domain/identity';
import { appendAudit } from '../audit/audit.ts';
import { nextSequence } from '../cases/repository.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { normalizeName } from '../policies/seal.ts';
import { runMove } from '../workflow/run-move.ts';
import { visitsOfDay, waitingVisits } from './repository.ts';
import type { RegisterVisitBody, VisitMoveBody } from './schema.ts';
import { counterPrompt, loadVisitView, summaries } from './views.ts';
import { VISIT_WORKFLOW } from './workflow.ts';

/** The counter's ticket numbers share the gap-free case counter under their own kind (per branch and Beijing day). */
export const TICKET_SEQUENCE_KIND = 'visitTicket';

const viewOrThrow = async (q: Db | Tx, ctx: RequestCtx, id: string) => {
  const v = await loadVisitView(q, ctx, id);
  if (!v) throw new AppError('VISIT_NOT_FOUND');
  return v;
};

/**
 * A walk-in arrives (seed 004 §二 1 客户接待): a ticket is issued at the person's own branch, numbered without gaps
 * for the branch and Beijing day in this transaction (a rollback returns the number), and the reception stage
 * (the wait) starts at arrival.
 */
export const registerVisit = async (deps: Deps, ctx: RequestCtx, b: RegisterVisitBody) => {
  const now = ctx.clock.now();
  const id = randomUUID();
  const day = beijingDayOf(now);
  const name = normalizeName(b.visitorName);
  if (name === '') throw new AppError('VALIDATION_FAILED');
  await deps.db.transaction().execute(async (tx) => {
    const seq = await nextSequence(tx, TICKET_SEQUENCE_KIND, ctx.actor.branchId, day);
    const ticket = formatTicket(seq);
    await tx
      .insertInto('visits')
      .values({
        id,
        branch_id: ctx.actor.branchId,
        local_day: day,
        ticket_seq: seq,
        ticket_no: ticket,
        care_flag: b.careFlag,
        visitor_name_masked: maskName(name),
        visitor_name_enc: deps.crypto.encrypt(name),
        visitor_name_bidx: deps.crypto.blindIndex('name', name),
        state: VISIT_MACHINE.initial,
        stage_since: now,
        arrived_at: now,
        registered_by: ctx.actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'visit.register',
      objectType: 'visit',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { ticket, day, careFlag: b.careFlag },
    });
  });
  return viewOrThrow(deps.db, ctx, id);
};

export const getVisit = (deps: Deps, ctx: RequestCtx, id: string) => viewOrThrow(deps.db, ctx, id);

export const moveVisit = (deps: Deps, ctx: RequestCtx, id: string, body: VisitMoveBody) =>
  runMove(deps, ctx, VISIT_WORKFLOW, id, body, (tx) => viewOrThrow(tx, ctx, id));

/** 叫号: who waits, in call order (care first, then arrival), and who is being served today. */
export const visitQueue = async (deps: Deps, ctx: RequestCtx) => {
  const now = ctx.clock.now();
  const day = beijingDayOf(now);
  const waiting = await waitingVisits(deps.db, ctx.actor.scope, day);
  const today = (await visitsOfDay(deps.db, ctx.actor.scope, day)).filter(
    (v) => v.state !== 'reception' && v.state !== 'archived',
  );
  return {
    now,
    waiting: await summaries(deps.db, waiting, now),
    serving: await summaries(deps.db, today, now),
    greeting: await counterPrompt(deps.db, 'greeting'),
  };
};

/** The visits of one Beijing day with the time of each stage. */
export const listVisits = async (deps: Deps, ctx: RequestCtx, day: string | undefined) => {
  const now = ctx.clock.now();
  const d = day ?? beijingDayOf(now);
  return { day: d, items: await summaries(deps.db, await visitsOfDay(deps.db, ctx.actor.scope, d), now) };
};
