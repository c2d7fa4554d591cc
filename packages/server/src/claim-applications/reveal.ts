import { appendAuditAlone } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';

export type RevealField = 'applicantName' | 'applicantIdNumber' | 'applicantPhone' | 'payeeAccount';

/** A masked field of the applicant in full: the reason and the field are audited before the value is returned. */
export const revealApplicantField = async (
  deps: Deps,
  ctx: RequestCtx,
  caseId: string,
  field: RevealField,
  reason: string,
) => {
  const r = await repo.findScopedApplication(deps.db, caseId, ctx.actor.scope);
  if (!r) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
  const sealed = {
    applicantName: r.applicant_name_enc,
    applicantIdNumber: r.applicant_id_enc,
    applicantPhone: r.applicant_phone_enc,
    payeeAccount: r.payee_account_enc ?? null,
  }[field];
  // No payee account was given: nothing to show, nothing revealed.
  if (!sealed) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'personal.reveal',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { field, reason, number: r.number },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  return { field, value: deps.crypto.decrypt(sealed) };
};
