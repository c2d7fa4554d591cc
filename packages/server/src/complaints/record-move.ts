import type { ComplaintEvent } from '@claimline/domain/complaints';
import { appendAudit } from '../audit/audit.ts';
import * as caseRepo from '../cases/repository.ts';
import type { Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';

export const auditActor = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

/** Every complaint move leaves the same two traces in its transaction: a timeline event and an audit row. */
export const recordMove = async (
  tx: Tx,
  ctx: RequestCtx,
  m: {
    caseId: string;
    number: string;
    event: ComplaintEvent | 'majorComplaint';
    from: string;
    to: string;
    note: string | null;
    data: Record<string, unknown>;
  },
) => {
  const now = ctx.clock.now();
  await caseRepo.insertEvent(tx, {
    case_id: m.caseId,
    at: now,
    actor_id: ctx.actor.id,
    type: m.event,
    note: m.note,
    data: { from: m.from, to: m.to, ...m.data },
  });
  await appendAudit(tx, {
    at: now,
    actor: auditActor(ctx),
    action: `complaint.${m.event}`,
    objectType: 'case',
    objectId: m.caseId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { number: m.number, from: m.from, to: m.to, ...m.data },
  });
};
