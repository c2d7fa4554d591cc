import { can } from '@claimline/domain/access';
import { appendAudit } from '../audit/audit.ts';
import * as caseRepo from '../cases/repository.ts';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { checkCustomerText } from '../scripts/guard.ts';
import * as repo from './repository.ts';
import { buildComplaintDetail } from './views.ts';

/** Progress feedback to the complainant (seed 002 §三(二)4), with time and channel; it meets the promised reply. */
export const addFeedback = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  input: { channel: string; note: string; overrideReason?: string | undefined },
) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await repo.findScopedComplaint(tx, id, ctx.actor.scope, true);
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (row.state === 'closed') throw new AppError('CASE_CLOSED');
    if (row.owner_id !== ctx.actor.id && !can(ctx.actor.role, 'case.supervise'))
      throw new AppError('NOT_CASE_OWNER');
    // C8: the feedback is what the complainant is told; checked again on the server.
    await checkCustomerText(deps, tx, ctx, {
      text: input.note,
      field: 'feedback',
      caseId: id,
      overrideReason: input.overrideReason,
    });
    const now = ctx.clock.now();
    const met = await meetCaseDeadlines(tx, id, 'feedback', now);
    await caseRepo.insertEvent(
      tx,
      {
        case_id: id,
        at: now,
        actor_id: ctx.actor.id,
        type: 'feedback',
        note: input.note,
        data: { channel: input.channel, met },
      },
      deps.crypto,
    );
    await tx.updateTable('cases').set({ updated_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'complaint.feedback',
      objectType: 'case',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { number: row.number, channel: input.channel },
    });
    return buildComplaintDetail(deps, tx, ctx, id);
  });
