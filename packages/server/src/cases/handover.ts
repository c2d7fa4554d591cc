import { can } from '@claimline/domain/access';
import {
  type CaseStatus,
  nextTransferState,
  TRANSFER_TIMELINE_TYPES,
  type TransferEvent,
} from '@claimline/domain/cases';
import { appendAudit, appendAuditAlone } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';
import { buildCaseDetail } from './views.ts';

/** First-contact ownership: the owner keeps the case until the named colleague accepts it. */
export const transferCase = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  event: TransferEvent,
  input: { version: number; toUserId?: string | undefined; note?: string | undefined },
) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await repo.findScopedCase(tx, id, ctx.actor.scope, true);
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (row.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const caseRow = await repo.caseDetailRow(tx, id);
    let targetInScope = false;
    if (event === 'request' && input.toUserId) {
      const target = await repo.findTransferTarget(tx, input.toUserId);
      // The new owner must be able to see and work the case: an active front-line user at or above its branch.
      targetInScope = Boolean(
        target?.active &&
          caseRow.branch_path.startsWith(target.path) &&
          can(target.role as never, 'case.work'),
      );
    }
    const result = nextTransferState(row.transfer_to_id ? 'pending' : 'none', event, {
      isOwner: row.owner_id === ctx.actor.id,
      isTarget: row.transfer_to_id === ctx.actor.id,
      caseStatus: row.status as CaseStatus,
      targetIsOwner: input.toUserId === row.owner_id,
      targetInScope,
    });
    if (!result.ok) throw new AppError(result.code as never);
    const now = ctx.clock.now();
    const pending = result.to === 'pending';
    await repo.updateCaseVersioned(tx, id, input.version, {
      transfer_to_id: pending ? (input.toUserId ?? null) : null,
      transfer_requested_at: pending ? now : null,
      ...(result.changesOwner ? { owner_id: ctx.actor.id } : {}),
      updated_at: now,
    });
    const type = TRANSFER_TIMELINE_TYPES[event];
    const to = event === 'request' ? (input.toUserId ?? null) : row.transfer_to_id;
    const names = await repo.userNames(tx, [row.owner_id, ...(to ? [to] : [])]);
    const data = {
      from: row.owner_id,
      fromName: names.get(row.owner_id) ?? null,
      to,
      toName: to ? (names.get(to) ?? null) : null,
    };
    await repo.insertEvent(tx, {
      case_id: id,
      at: now,
      actor_id: ctx.actor.id,
      type,
      note: input.note ?? null,
      data,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: `case.${type}`,
      objectType: 'case',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: data,
    });
    return buildCaseDetail(deps, tx, ctx, id);
  });

/**
 * Reveal of personal data (C11): the audit row is committed before the value leaves the server;
 * if it cannot be written, nothing is revealed.
 */
export const revealCaseField = async (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  field: 'customerName' | 'customerPhone',
  reason: string,
) => {
  const row = await repo.findScopedCase(deps.db, id, ctx.actor.scope);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'personal.reveal',
      objectType: 'case',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { field, reason },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  const sealed = field === 'customerName' ? row.customer_name_enc : row.customer_phone_enc;
  return { field, value: sealed ? deps.crypto.decrypt(sealed) : null };
};
