import { appendAuditAlone } from '../audit/audit.ts';
import { type SealedField, type SealedTable, unsealText } from '../crypto/sealed-text.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';

type RevealInput = {
  field: 'customerName' | 'customerPhone' | SealedField;
  eventId?: string | undefined;
  reason: string;
};

/**
 * Reveal of personal data (C11): the audit row is committed before the value leaves the server; if it cannot be
 * written, nothing is revealed. A sealed free text (issue #18 part 6) is revealed the same way: the case's own
 * rows are keyed by the case id, a timeline note by its event, which must belong to this case. A text that was
 * never sealed answers null: what the view shows is all there is.
 */
export const revealCaseField = async (deps: Deps, ctx: RequestCtx, id: string, input: RevealInput) => {
  const row = await repo.findScopedCase(deps.db, id, ctx.actor.scope);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const { field, eventId, reason } = input;
  let rowId = id;
  if (field === 'case_events.note') {
    const event = eventId
      ? await deps.db
          .selectFrom('case_events')
          .select('id')
          .where('id', '=', eventId)
          .where('case_id', '=', id)
          .executeTakeFirst()
      : undefined;
    if (!event) throw new AppError('CASE_NOT_FOUND');
    rowId = String(event.id);
  }
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
      details: { field, reason, ...(field === 'case_events.note' ? { eventId: rowId } : {}) },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  if (field === 'customerName' || field === 'customerPhone') {
    const sealed = field === 'customerName' ? row.customer_name_enc : row.customer_phone_enc;
    return { field, value: sealed ? deps.crypto.decrypt(sealed) : null };
  }
  const [table, column] = field.split('.') as [SealedTable, string];
  return { field, value: await unsealText(deps.crypto, deps.db, { table, rowId, column }) };
};
