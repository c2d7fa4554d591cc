import {
  buildPayoutNotice,
  buildRefusalNotice,
  type ClaimDecision,
  type PayoutResult,
} from '@claimline/domain/claim-applications';
import { toLocalDay } from '@claimline/domain/identity';
import { appendAudit } from '../audit/audit.ts';
import { unsealJson } from '../crypto/sealed-json.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { renderClaimLetter } from './decision-letter-pdf.ts';
import * as repo from './repository.ts';

export type DecisionLetterKind = 'payout' | 'refusal';

/**
 * 赔款通知书 (Insurance Law art. 23) or 拒赔通知书 (art. 24, with its reasons and recourse) from the recorded decision.
 * The letter carries the applicant's full name, so producing it is a reveal (C11): the route needs
 * `personal.reveal`, and the audit row is written in the same transaction before the file is returned.
 */
export const decisionLetterPdf = (deps: Deps, ctx: RequestCtx, caseId: string, kind: DecisionLetterKind) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedApplication(tx, caseId, ctx.actor.scope);
    if (!r) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
    // The letter is for the customer: it prints the reasons in full (sealed when they name a number).
    const ref = { table: 'claim_applications', rowId: caseId, column: 'decision_detail' } as const;
    const d = (await unsealJson(deps.crypto, tx, ref, r.decision_detail)) as ClaimDecision | null;
    const payout = (r.payout as { result: PayoutResult } | null)?.result;
    const common = {
      recipientName: deps.crypto.decrypt(r.applicant_name_enc),
      policyNo: r.policy_no,
      product: r.product,
      claimNo: r.number,
      companyName: r.branch_name,
      day: toLocalDay(r.decided_at ?? ctx.clock.now()),
    };
    const letter =
      kind === 'payout' && d && d.kind !== 'refuse' && payout
        ? buildPayoutNotice({ ...common, decision: d, payout, advanceFen: Number(r.advance_fen ?? 0) })
        : kind === 'refusal' && d?.kind === 'refuse'
          ? buildRefusalNotice({ ...common, decision: d })
          : null;
    if (!letter) throw new AppError('CLAIM_LETTER_NOT_READY');
    const pdf = await renderClaimLetter(deps.settings.cjkFont, letter);
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: kind === 'payout' ? 'claimApplication.payoutLetter' : 'claimApplication.refusalLetter',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { number: r.number, revealed: ['applicantName'] },
    });
    return { pdf, fileName: `${r.number}-${kind === 'payout' ? 'payout' : 'refusal'}-notice.pdf` };
  });
