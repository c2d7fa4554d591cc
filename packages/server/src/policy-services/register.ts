import { validateIdNumber } from '@claimline/domain/identity';
import {
  CHANGE_TYPE_LABELS,
  type ChangeType,
  documentsFor,
  maskChange,
  needsHolderIdentity,
  type PolicyServiceKind,
  SURRENDER_REASON_LABELS,
  validateChange,
} from '@claimline/domain/policy-services';
import { appendAudit, appendAuditAlone } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import { createIdempotently, insertNewCase } from '../cases/service.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';
import { AppError, ERRORS, onField, onFields } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { BIDX, normalizeName } from '../policies/seal.ts';
import { loadDocumentSettings } from './documents.ts';
import * as repo from './repository.ts';
import type { RegisterEndorsementInput, RegisterSurrenderInput } from './schema.ts';
import { buildServiceDetail } from './views.ts';

type Common = {
  policyId: string;
  channel: RegisterSurrenderInput['channel'];
  customerName: string;
  customerPhone?: string | undefined;
};

const policyOf = async (tx: Tx, ctx: RequestCtx, policyId: string) => {
  const policy = await repo.servicePolicyById(tx, policyId, ctx.actor.scope);
  if (!policy) throw new AppError('POLICY_NOT_FOUND');
  return policy;
};

/**
 * Whether the ID number is the policyholder's, by keyed hash only (C11: people are matched through blind indexes).
 * The center's policy data holds the insured's ID hash, not the policyholder's; so the policyholder can be verified
 * here when they are the insured (same name, compared by its keyed hash too), and otherwise not at all.
 */
export const holderIdentity = (
  deps: Deps,
  policy: repo.ServicePolicyRow,
  idNumber: string | undefined,
  today: Date,
): 'verified' | 'missing' | 'mismatch' | 'unavailable' => {
  const holderName = normalizeName(deps.crypto.decrypt(policy.policyholder_name_enc));
  const holderIsInsured = deps.crypto.blindIndex(BIDX.insuredName, holderName) === policy.insured_name_bidx;
  if (!holderIsInsured) return 'unavailable';
  if (!idNumber?.trim()) return 'missing';
  const id = validateIdNumber(idNumber, today);
  if (!id.ok) return 'mismatch';
  return deps.crypto.blindIndex(BIDX.idNumber, id.normalized) === policy.insured_id_bidx
    ? 'verified'
    : 'mismatch';
};

const insertCaseFor = (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  kind: PolicyServiceKind,
  input: Common,
  policy: repo.ServicePolicyRow,
  what: string,
) =>
  insertNewCase(deps, tx, ctx, {
    kind,
    channel: input.channel,
    subject: `${what} · ${policy.product} · ${policy.policy_no}`.slice(0, 200),
    description: `${kind === 'surrender' ? '退保申请' : '批改申请'}：${what}`,
    customerName: input.customerName,
    customerPhone: input.customerPhone,
  });

const record = async (
  tx: Tx,
  ctx: RequestCtx,
  caseId: string,
  kind: PolicyServiceKind,
  policy: repo.ServicePolicyRow,
  details: Record<string, unknown>,
) => {
  const now = ctx.clock.now();
  await insertEvent(tx, {
    case_id: caseId,
    at: now,
    actor_id: ctx.actor.id,
    type: 'policyServiceReceived',
    note: null,
    data: { policyNo: policy.policy_no, ...details },
  });
  await appendAudit(tx, {
    at: now,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: kind === 'surrender' ? 'surrender.register' : 'endorsement.register',
    objectType: 'case',
    objectId: caseId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { policyNo: policy.policy_no, ...details },
  });
};

const documentsOf = async (
  tx: Tx,
  kind: PolicyServiceKind,
  policy: repo.ServicePolicyRow,
  change?: ChangeType,
) => {
  const { settings } = await loadDocumentSettings(tx);
  return documentsFor(settings, kind, policy, change).map((d) => ({ ...d, received: false }));
};

/**
 * 退保 (seed 003 第五条): the policy from the look-up, the reason as a code with a note (an `other` reason needs
 * the note), the documents to bring from the list in force, the case with its number and deadlines, the timeline
 * and the audit row, in one transaction. Idempotent by key.
 */
export const registerSurrender = (deps: Deps, ctx: RequestCtx, input: RegisterSurrenderInput, key: string) =>
  createIdempotently(deps, ctx, input, key, async (tx) => {
    const now = ctx.clock.now();
    if (input.reason === 'other' && !input.reasonNote)
      throw new AppError(
        'SURRENDER_REASON_NOTE_REQUIRED',
        onField('reasonNote', ERRORS.SURRENDER_REASON_NOTE_REQUIRED),
      );
    const policy = await policyOf(tx, ctx, input.policyId);
    const caseId = await insertCaseFor(
      deps,
      tx,
      ctx,
      'surrender',
      input,
      policy,
      SURRENDER_REASON_LABELS[input.reason].zh,
    );
    const sealed = await sealColumns(
      deps.crypto,
      tx,
      'policy_services',
      caseId,
      { reason_note: input.reasonNote || null },
      now,
    );
    await repo.insertService(tx, {
      ...blank(caseId, 'surrender', policy, now),
      reason: input.reason,
      reason_note: sealed.reason_note ?? null,
      documents: JSON.stringify(await documentsOf(tx, 'surrender', policy)),
    });
    await record(tx, ctx, caseId, 'surrender', policy, { reason: input.reason });
    return buildServiceDetail(deps, tx, ctx, caseId);
  });

const blank = (caseId: string, kind: PolicyServiceKind, policy: repo.ServicePolicyRow, now: Date) => ({
  case_id: caseId,
  kind,
  state: 'received',
  policy_id: policy.id,
  policy_no: policy.policy_no,
  product: policy.product,
  reason: null,
  reason_note: null,
  change_type: null,
  change_masked: null,
  change_enc: null,
  holder_verified: false,
  documents: '[]',
  recipient: null,
  handed_over_at: null,
  refund_fen: null,
  refund_source: null,
  outcome_note: null,
  finished_at: null,
  created_at: now,
  updated_at: now,
});

const IDENTITY_REFUSAL = {
  missing: 'ENDORSEMENT_IDENTITY_REQUIRED',
  mismatch: 'ENDORSEMENT_IDENTITY_MISMATCH',
  unavailable: 'ENDORSEMENT_HOLDER_ID_UNAVAILABLE',
} as const;

/**
 * 批改 (seed 003 第六条): the change type's own fields checked by the domain (phone and plate by domain/identity),
 * then, for a change of beneficiary, the policyholder's identity (Insurance Law art. 41) checked against the
 * policy's keyed hash. A refusal of identity is audited (outside the failed transaction) and answered with a
 * clear error on the ID field. The change is stored encrypted whole, with a masked copy for the screen.
 */
export const registerEndorsement = async (
  deps: Deps,
  ctx: RequestCtx,
  input: RegisterEndorsementInput,
  key: string,
) => {
  const now = ctx.clock.now();
  const change = validateChange(input.changeType, input.fields, now);
  if (!change.ok) throw new AppError('ENDORSEMENT_CHANGE_INVALID', onFields('fields.', change.problems));
  if (needsHolderIdentity(input.changeType)) {
    const policy = await repo.servicePolicyById(deps.db, input.policyId, ctx.actor.scope);
    if (!policy) throw new AppError('POLICY_NOT_FOUND');
    const identity = holderIdentity(deps, policy, input.holderIdNumber, now);
    if (identity !== 'verified') {
      const code = IDENTITY_REFUSAL[identity];
      await appendAuditAlone(deps.db, {
        at: now,
        actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
        action: 'endorsement.refused',
        objectType: 'case',
        objectId: null,
        result: 'denied',
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { policyNo: policy.policy_no, changeType: input.changeType, reason: code },
      });
      throw new AppError(code, onField('holderIdNumber', ERRORS[code]));
    }
  }
  const value = change.value;
  return createIdempotently(deps, ctx, input, key, async (tx) => {
    const policy = await policyOf(tx, ctx, input.policyId);
    const what = CHANGE_TYPE_LABELS[input.changeType].zh;
    const caseId = await insertCaseFor(deps, tx, ctx, 'endorsement', input, policy, what);
    await repo.insertService(tx, {
      ...blank(caseId, 'endorsement', policy, now),
      change_type: input.changeType,
      change_masked: JSON.stringify(maskChange(value)),
      change_enc: deps.crypto.encrypt(JSON.stringify(value)),
      holder_verified: needsHolderIdentity(input.changeType),
      documents: JSON.stringify(await documentsOf(tx, 'endorsement', policy, input.changeType)),
    });
    await record(tx, ctx, caseId, 'endorsement', policy, {
      changeType: input.changeType,
      holderVerified: needsHolderIdentity(input.changeType),
    });
    return buildServiceDetail(deps, tx, ctx, caseId);
  });
};
