import {
  CLAIM_TYPE_LABELS,
  documentsFor,
  entitlement,
  isMinorOn,
  missingDocuments,
} from '@claimline/domain/claim-applications';
import { maskPayeeAccount, PAYEE_ACCOUNT_PROBLEMS, validatePayeeAccount } from '@claimline/domain/fraud';
import { maskIdNumber, maskName, toLocalDay, validateIdNumber } from '@claimline/domain/identity';
import { appendAudit } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import { createIdempotently, insertNewCase } from '../cases/service.ts';
import { payeeKey } from '../crypto/claim-keys.ts';
import { maskPhone } from '../crypto/masking.ts';
import type { Tx } from '../db/database.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import { linkAtIntake } from '../fraud-graph/rebuild.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { BIDX, normalizeName } from '../policies/seal.ts';
import { runApplicationMovedHooks } from './after-move-hooks.ts';
import { loadChecklists } from './checklists.ts';
import * as repo from './repository.ts';
import type { RegisterApplicationInput } from './schema.ts';
import { buildApplicationDetail } from './views.ts';

type PolicyIdentity = NonNullable<Awaited<ReturnType<typeof repo.policyIdentity>>>;

/** The beneficiaries' names, decrypted in memory for the comparison only (never logged, never returned). */
const beneficiaryNames = (deps: Deps, p: PolicyIdentity): string[] => {
  if (!p.beneficiaries_enc) return [];
  const list: unknown = JSON.parse(deps.crypto.decrypt(p.beneficiaries_enc));
  return Array.isArray(list)
    ? list.flatMap((b: unknown) =>
        typeof b === 'object' && b !== null && 'name' in b && typeof b.name === 'string'
          ? [normalizeName(b.name)]
          : [],
      )
    : [];
};

/** Whether the insured needs a guardian today: under 18 by the ID number's birth date, or declared incapacitated. */
const needsGuardian = (deps: Deps, p: PolicyIdentity, now: Date, declared: boolean) => {
  if (declared) return true;
  const id = validateIdNumber(deps.crypto.decrypt(p.insured_id_enc), now);
  return id.ok && isMinorOn(id.birthDate, toLocalDay(now));
};

const policyOf = async (tx: Tx, ctx: RequestCtx, input: RegisterApplicationInput) => {
  if (input.reportCaseId) {
    const report = await repo.scopedReport(tx, input.reportCaseId, ctx.actor.scope);
    if (!report) throw new AppError('CLAIM_REPORT_NOT_FOUND');
    return { reportCaseId: report.case_id, policyId: report.policy_id };
  }
  if (!input.policyId)
    throw new AppError('CLAIM_POLICY_REQUIRED', onField('policyId', ERRORS.CLAIM_POLICY_REQUIRED));
  return { reportCaseId: null, policyId: input.policyId };
};

/**
 * Registers a claim application in one transaction (seed 003 §(四) 1 受理理赔申请): the policy (from the report or
 * the desk's look-up), the applicant's ID number, the entitlement (保险金请求权) checked against the policy's
 * insured and beneficiaries through blind indexes and in-memory decryption, the case with its number, the
 * checklist in force for this claim type, the timeline and the audit row. Idempotent by key.
 */
export const registerApplication = (
  deps: Deps,
  ctx: RequestCtx,
  input: RegisterApplicationInput,
  key: string,
) =>
  createIdempotently(deps, ctx, input, key, async (tx) => {
    const now = ctx.clock.now();
    const { reportCaseId, policyId } = await policyOf(tx, ctx, input);
    const policy = await repo.policyIdentity(tx, policyId, reportCaseId ? null : ctx.actor.scope);
    if (!policy) throw new AppError('POLICY_NOT_FOUND');
    const id = validateIdNumber(input.applicantIdNumber, now);
    if (!id.ok)
      throw new AppError(
        'CLAIM_APPLICANT_ID_INVALID',
        onField('applicantIdNumber', ERRORS.CLAIM_APPLICANT_ID_INVALID),
      );
    const payee = input.payeeAccount ? validatePayeeAccount(input.payeeAccount) : null;
    if (payee && !payee.ok)
      throw new AppError(
        'PAYEE_ACCOUNT_INVALID',
        onField('payeeAccount', PAYEE_ACCOUNT_PROBLEMS[payee.problem]),
      );
    const name = normalizeName(input.applicantName);
    const idBidx = deps.crypto.blindIndex(BIDX.idNumber, id.normalized);
    const beneficiaries = beneficiaryNames(deps, policy);
    const right = entitlement({
      claimType: input.claimType,
      relation: input.relation,
      isInsured:
        deps.crypto.blindIndex(BIDX.insuredName, name) === policy.insured_name_bidx &&
        idBidx === policy.insured_id_bidx,
      beneficiariesNamed: beneficiaries.length > 0,
      isNamedBeneficiary: beneficiaries.includes(name),
      insuredNeedsGuardian: needsGuardian(deps, policy, now, input.insuredIncapacitated),
    });
    if (!right.ok)
      throw new AppError('CLAIM_NOT_ENTITLED', [
        { in: 'body', path: 'relation', zh: right.reason.zh, en: right.reason.en },
      ]);

    const caseId = await insertNewCase(deps, tx, ctx, {
      kind: 'claimApplication',
      channel: input.channel,
      subject: `${CLAIM_TYPE_LABELS[input.claimType].zh} · ${policy.product} · ${policy.policy_no}`.slice(
        0,
        200,
      ),
      description: input.description || `索赔申请：${CLAIM_TYPE_LABELS[input.claimType].zh}`,
      customerName: input.applicantName,
      customerPhone: input.applicantPhone,
    });
    const checklists = await loadChecklists(tx);
    const documents = documentsFor(checklists.settings, input.claimType, input.relation);
    await repo.insertApplication(tx, {
      case_id: caseId,
      report_case_id: reportCaseId,
      policy_id: policy.id,
      state: 'received',
      claim_type: input.claimType,
      relation: input.relation,
      applicant_name_masked: maskName(name),
      applicant_name_enc: deps.crypto.encrypt(name),
      applicant_name_bidx: deps.crypto.blindIndex('name', name),
      applicant_id_masked: maskIdNumber(id.normalized),
      applicant_id_enc: deps.crypto.encrypt(id.normalized),
      applicant_id_bidx: idBidx,
      applicant_phone_masked: maskPhone(input.applicantPhone),
      applicant_phone_enc: deps.crypto.encrypt(input.applicantPhone),
      applicant_phone_bidx: deps.crypto.blindIndex('phone', input.applicantPhone),
      // Sealed and masked like an ID number; its keyed hash feeds the shared-payee signal and the link graph.
      payee_account_masked: payee?.ok ? maskPayeeAccount(payee.normalized) : null,
      payee_account_enc: payee?.ok ? deps.crypto.encrypt(payee.normalized) : null,
      payee_account_bidx: payee?.ok ? payeeKey(deps.crypto, payee.normalized) : null,
      insured_incapacitated: input.insuredIncapacitated,
      entitlement_basis: right.basis,
      checklist_version: checklists.meta?.version ?? 0,
      documents: JSON.stringify(documents),
      documents_satisfied: documents.length - missingDocuments(documents).length,
      documents_total: documents.length,
      created_at: now,
      updated_at: now,
    });
    await insertEvent(tx, {
      case_id: caseId,
      at: now,
      actor_id: ctx.actor.id,
      type: 'claimApplicationRegistered',
      note: null,
      data: { policyNo: policy.policy_no, claimType: input.claimType, relation: input.relation },
    });
    // Link analysis (issue 22 part 2): the applicant's keyed hashes join the claim's node, its component re-judged.
    await linkAtIntake(
      tx,
      deps.crypto,
      { caseId, claimId: reportCaseId ?? caseId, branchId: ctx.actor.branchId },
      {
        actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
        requestId: ctx.requestId,
        ip: ctx.ip,
      },
      now,
    );
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'claimApplication.register',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        policyNo: policy.policy_no,
        claimType: input.claimType,
        relation: input.relation,
        basis: right.basis,
        reportCaseId,
      },
    });
    await runApplicationMovedHooks({ deps, tx, ctx, caseId, name: 'register', now });
    return buildApplicationDetail(deps, tx, ctx, caseId);
  });
