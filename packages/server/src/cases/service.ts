import { createHash, randomUUID } from 'node:crypto';
import { businessDay, type CaseKind } from '@claimline/domain/cases';
import { appendAudit } from '../audit/audit.ts';
import { canonical } from '../audit/audit-chain.ts';
import { maskName, maskPhone, normalizePhone } from '../crypto/masking.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { grantedDetailCtx, readOnlyCase } from '../data-sharing/case-reads.ts';
import type { Tx } from '../db/database.ts';
import { openCaseDeadlines } from '../deadlines/service.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { runIntake } from '../intake-batch/index.ts';
import { storeAnswer, takeCaseNumber } from '../intake-batch/late-number.ts';
import { checkCustomerText } from '../scripts/guard.ts';
import * as repo from './repository.ts';
import type { CreateCaseInput } from './schema.ts';
import { buildCaseDetail } from './views.ts';
import { runCaseMove } from './workflow.ts';

const auditActor = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

/** A new case; a desk's own intake fields (a complaint's) ride along so an idempotent retry is compared whole. */
type NewCase = CreateCaseInput & { kindFields?: unknown };

/** The case a desk's own record hangs on. */
export type CaseRef = { caseId: string; branchId: string; channel: string; number: string };
/**
 * What a desk writes beside a case of its kind (a complaint's own record), in the case's transaction. The desk
 * hands it in, so this folder imports no desk that builds on it.
 */
export type KindRecordWriter = (tx: Tx, ctx: RequestCtx, ref: CaseRef, now: Date) => Promise<void>;
/** The writers per kind for the general case form, wired by the app. */
export type KindRecordWriters = Partial<Record<CaseKind, KindRecordWriter>>;

/** Inserts a case with its number, first timeline event, deadlines and audit row, in the caller's transaction. */
export const insertNewCase = async (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  input: NewCase,
  writeKindRecord?: KindRecordWriter,
) => {
  const now = ctx.clock.now();
  const id = randomUUID();
  // In a group-committed batch a placeholder, replaced by the real number at the batch's end (late-number.ts).
  const number = await takeCaseNumber(tx, {
    caseId: id,
    kind: input.kind,
    branchId: ctx.actor.branchId,
    branchCode: ctx.actor.branchCode,
    day: businessDay(now),
    at: now,
  });
  const phone = input.customerPhone ? normalizePhone(input.customerPhone) : null;
  // An ID or phone number typed into the subject or description is sealed; the row keeps the masked copy.
  const text = await sealColumns(
    deps.crypto,
    tx,
    'cases',
    id,
    { subject: input.subject, description: input.description },
    now,
    { fresh: true },
  );
  await repo.insertCase(tx, {
    id,
    number,
    kind: input.kind,
    channel: input.channel,
    branch_id: ctx.actor.branchId,
    owner_id: ctx.actor.id,
    created_by: ctx.actor.id,
    status: 'new',
    subject: text.subject,
    description: text.description,
    customer_name_masked: input.customerName ? maskName(input.customerName) : null,
    customer_name_enc: input.customerName ? deps.crypto.encrypt(input.customerName) : null,
    customer_name_bidx: input.customerName ? deps.crypto.blindIndex('name', input.customerName) : null,
    customer_phone_masked: phone ? maskPhone(phone) : null,
    customer_phone_enc: phone ? deps.crypto.encrypt(phone) : null,
    customer_phone_bidx: phone ? deps.crypto.blindIndex('phone', phone) : null,
    first_contact_resolution: null,
    transfer_to_id: null,
    transfer_requested_at: null,
    resolved_at: null,
    closed_at: null,
    category: input.category ?? null,
    created_at: now,
    updated_at: now,
  });
  await repo.insertEvent(tx, {
    case_id: id,
    at: now,
    actor_id: ctx.actor.id,
    type: 'created',
    note: null,
    data: { channel: input.channel },
  });
  // C7: the case's deadlines start with it, in the same transaction.
  await openCaseDeadlines(tx, { caseId: id, caseKind: input.kind, branchId: ctx.actor.branchId }, now);
  // C6: a complaint's own record, whichever door it came in by.
  if (writeKindRecord)
    await writeKindRecord(
      tx,
      ctx,
      { caseId: id, branchId: ctx.actor.branchId, channel: input.channel, number },
      now,
    );
  await appendAudit(tx, {
    at: now,
    actor: auditActor(ctx),
    action: 'case.create',
    objectType: 'case',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { number, kind: input.kind, channel: input.channel },
  });
  return id;
};

/**
 * Idempotent create: the key row is claimed in the same transaction as the record, so concurrent retries
 * wait for the first and then replay its answer; the same key with another body is refused.
 */
export const createIdempotently = async (
  deps: Deps,
  ctx: RequestCtx,
  body: unknown,
  key: string,
  create: (tx: Tx) => Promise<unknown>,
) => {
  const requestHash = createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
  for (let attempt = 0; attempt < 3; attempt++) {
    // Group-committed with the intakes arriving at the same moment (intake-batch/): one transaction, one commit.
    const created = await runIntake(deps, async (tx) => {
      if (!(await repo.claimIdempotencyKey(tx, ctx.actor.id, key, requestHash, ctx.clock.now()))) return null;
      const detail = await create(tx);
      await storeAnswer(tx, { actorId: ctx.actor.id, key, status: 201, body: detail });
      return detail;
    });
    if (created) return { status: 201, body: created as unknown, replayed: false };
    const previous = await repo.findIdempotencyKey(deps.db, ctx.actor.id, key);
    if (!previous) continue;
    if (previous.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (previous.response !== null && previous.status_code !== null) {
      return { status: previous.status_code, body: previous.response, replayed: true };
    }
  }
  throw new AppError('INTERNAL');
};

/**
 * A claim report is registered only at its desk (claims/register.ts): the look-up, the identity check, the same
 * loss, the preliminary check and the major case all happen there, and the report's own record is written there.
 * A claim report made here would have none of them, and the desk would not know it.
 */
const DESK_ONLY: readonly CaseKind[] = ['claimReport'];
/** Surrenders and endorsements are taken on their own forms (policy-services/): policy, reason or change, documents. */
const SERVICE_FORM: readonly CaseKind[] = ['surrender', 'endorsement'];

export const createCase = async (
  deps: Deps,
  ctx: RequestCtx,
  input: NewCase,
  key: string,
  writeKindRecord?: KindRecordWriter,
) => {
  if (DESK_ONLY.includes(input.kind))
    throw new AppError('CLAIM_REPORT_USE_DESK', onField('kind', ERRORS.CLAIM_REPORT_USE_DESK));
  if (SERVICE_FORM.includes(input.kind))
    throw new AppError('POLICY_SERVICE_USE_DESK', onField('kind', ERRORS.POLICY_SERVICE_USE_DESK));
  if (input.category && input.kind !== 'consultation')
    throw new AppError('CONSULTATION_CATEGORY_ONLY', onField('category', ERRORS.CONSULTATION_CATEGORY_ONLY));
  return createIdempotently(deps, ctx, input, key, async (tx) => {
    const id = await insertNewCase(deps, tx, ctx, input, writeKindRecord);
    return buildCaseDetail(deps, tx, ctx, id);
  });
};

const loadForChange = async (tx: Tx, ctx: RequestCtx, id: string, version: number | undefined) => {
  const row = await repo.findScopedCase(tx, id, ctx.actor.scope, true);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  if (version !== undefined && row.version !== version)
    throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
  return row;
};

export { runCaseMove as applyCaseEvent };

export const addNote = (deps: Deps, ctx: RequestCtx, id: string, note: string, overrideReason?: string) =>
  deps.db.transaction().execute(async (tx) => {
    await loadForChange(tx, ctx, id, undefined);
    // C8: notes may be read back to the customer, so they pass the forbidden-phrase guard too.
    await checkCustomerText(deps, tx, ctx, { text: note, field: 'note', caseId: id, overrideReason });
    const now = ctx.clock.now();
    await repo.insertEvent(
      tx,
      { case_id: id, at: now, actor_id: ctx.actor.id, type: 'note', note },
      deps.crypto,
    );
    await tx.updateTable('cases').set({ updated_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, {
      at: now,
      actor: auditActor(ctx),
      action: 'case.note',
      objectType: 'case',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return buildCaseDetail(deps, tx, ctx, id);
  });

export const getCase = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const row = await repo.findScopedCase(deps.db, id, ctx.actor.scope);
  if (!row) return getSharedCase(deps, ctx, id);
  return buildCaseDetail(deps, deps.db, ctx, id);
};

/**
 * Issue #18: outside the reader's scope a case is read only under a live data-sharing grant for its kind and
 * branch; the read is audited first and the answer offers no move (read-only). Otherwise 404, as before.
 */
const getSharedCase = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const granted = await grantedDetailCtx(deps.db, ctx, id, 'caseDetail');
  if (!granted) throw new AppError('CASE_NOT_FOUND');
  return { ...(await buildCaseDetail(deps, deps.db, granted, id)), ...readOnlyCase() };
};
