import { appendAuditAlone } from '../audit/audit.ts';
import {
  isSealedJsonField,
  type SealedJsonField,
  type SealedJsonTable,
  unsealJson,
} from '../crypto/sealed-json.ts';
import { isCaseChildTable, type SealedField, type SealedTable, unsealText } from '../crypto/sealed-text.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';

type RevealInput = {
  field: 'customerName' | 'customerPhone' | SealedField | SealedJsonField;
  eventId?: string | undefined;
  rowId?: string | undefined;
  reason: string;
};

/** The row of a child table (timeline event, approval, survey task) named by the reveal, if it is this case's. */
const childRowOf = async (db: Db, table: string, caseId: string, rowId: string | undefined) => {
  if (!rowId) return undefined;
  const found = await db
    .selectFrom(table as 'case_events' | 'complaint_approvals' | 'claim_approvals' | 'survey_tasks')
    .select((eb) => eb.cast<string>('id', 'text').as('id'))
    .where((eb) => eb(eb.cast('id', 'text'), '=', rowId))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return found?.id;
};

/**
 * Reveal of personal data (C11): the audit row is committed before the value leaves the server; if it cannot be
 * written, nothing is revealed. A sealed free text (issue #18 part 6) is revealed the same way: the case's own
 * rows are keyed by the case id, a timeline note or payload by its event, an approval's or survey task's note by
 * its row, which must belong to this case. A text that was never sealed answers null: what the view shows is all
 * there is. A JSON value is answered as JSON text.
 */
export const revealCaseField = async (deps: Deps, ctx: RequestCtx, id: string, input: RevealInput) => {
  const row = await repo.findScopedCase(deps.db, id, ctx.actor.scope);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const { field, reason } = input;
  const table = field.split('.')[0] ?? '';
  const child = isCaseChildTable(table);
  const rowId = child
    ? await childRowOf(deps.db, table, id, table === 'case_events' ? input.eventId : input.rowId)
    : id;
  if (!rowId) throw new AppError('CASE_NOT_FOUND');
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
      details: {
        field,
        reason,
        ...(table === 'case_events' ? { eventId: rowId } : child ? { rowId } : {}),
      },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  if (field === 'customerName' || field === 'customerPhone') {
    const sealed = field === 'customerName' ? row.customer_name_enc : row.customer_phone_enc;
    return { field, value: sealed ? deps.crypto.decrypt(sealed) : null };
  }
  const column = field.split('.')[1] ?? '';
  if (isSealedJsonField(field)) {
    const ref = { table: table as SealedJsonTable, rowId, column };
    const value = await unsealJson(deps.crypto, deps.db, ref, null);
    return { field, value: value === null ? null : JSON.stringify(value) };
  }
  return {
    field,
    value: await unsealText(deps.crypto, deps.db, { table: table as SealedTable, rowId, column }),
  };
};
