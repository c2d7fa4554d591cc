import { can } from '@claimline/domain/access';
import {
  type ApplicationDocument,
  CLAIM_APPLICATION_MACHINE,
  CLAIM_APPLICATION_STATES,
  type ClaimApplicationState,
  type ClaimDecision,
  missingDocuments,
  type PayoutResult,
  satisfied,
  settlementOf,
} from '@claimline/domain/claim-applications';
import { nextForClaimApplication } from '@claimline/domain/next-actor';
import { buildCaseDetail } from '../cases/views.ts';
import { grantedDetailCtx, listUnderGrants, readOnlyCase } from '../data-sharing/case-reads.ts';
import type { Db, Tx } from '../db/database.ts';
import { nextDeadlineByCase } from '../deadlines/service.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { nextStepView } from '../workflow/next-step.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import type { AdvanceStored } from './advance-effects.ts';
import { loadClaimAuthority, loadRetentionDays } from './authority.ts';
import { applicationFacts, documentsOf, loadApplication } from './facts.ts';
import * as repo from './repository.ts';
import type { HandoverStored, MissingNoticeStored, ReceiptStored } from './response-schema.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

type StoredPayout = { result: PayoutResult };

/** The advance (art. 25) as the console shows it: the payee masked. */
const advanceOf = (r: repo.ApplicationRow) => {
  if (r.advance_paid_at === null || r.advance_fen === null) return null;
  const s = r.advance_payment as AdvanceStored;
  return {
    amountFen: Number(r.advance_fen),
    payeeMasked: s.payeeMasked,
    basis: s.basis,
    by: s.by,
    at: r.advance_paid_at.toISOString(),
  };
};

/** Once an amount is decided: what it is, what was advanced and the balance the payment pays. */
const settlementView = (r: repo.ApplicationRow, d: ClaimDecision | null) =>
  d && d.kind !== 'refuse' ? settlementOf(d.amountFen, Number(r.advance_fen ?? 0)) : null;

const progressOf = (docs: readonly ApplicationDocument[]) => ({
  satisfied: docs.length - missingDocuments(docs).length,
  total: docs.length,
});

/** The application with its case (timeline, deadlines), its checklist and the moves this actor may make now. */
export const buildApplicationDetail = async (deps: Deps, q: Db | Tx, ctx: RequestCtx, id: string) => {
  const r = await loadApplication(q, id, ctx.actor.scope);
  if (!r) return null;
  const docs = documentsOf(r);
  // The console asks instead of copying guards: the moves come off the machine with the same facts as a move.
  const moves = can(ctx.actor.role, 'case.work')
    ? offeredMoves(CLAIM_APPLICATION_MACHINE, r.state, applicationFacts(r, ctx)).map((m) => ({
        ...m,
        noteRequired: m.inputs.includes('note'),
      }))
    : [];
  const facts = applicationFacts(r, ctx);
  const nextStep = await nextStepView(
    q,
    nextForClaimApplication({
      state: r.state as ClaimApplicationState,
      ownerId: r.owner_id,
      ownerIsClaimsHandler: (await repo.roleOfUser(q, r.owner_id)) === 'claimsHandler',
      setComplete: facts.setComplete,
      receiptConfirmed: facts.receiptConfirmed,
      decision: facts.decision,
      viewer: { id: ctx.actor.id, allowedEvents: moves.filter((m) => m.allowed).map((m) => m.event) },
    }),
  );
  return {
    ...(await buildCaseDetail(deps, q, ctx, id)),
    moves,
    nextStep,
    application: {
      state: r.state,
      claimType: r.claim_type,
      relation: r.relation,
      applicant: {
        nameMasked: r.applicant_name_masked,
        idNumberMasked: r.applicant_id_masked,
        phoneMasked: r.applicant_phone_masked,
      },
      payeeAccountMasked: r.payee_account_masked ?? null,
      insuredIncapacitated: r.insured_incapacitated,
      entitlementBasis: r.entitlement_basis,
      policy: {
        id: r.policy_id,
        policyNo: r.policy_no,
        product: r.product,
        insuredNameMasked: r.insured_name_masked,
      },
      report: r.report_case_id ? { id: r.report_case_id, number: r.report_number } : null,
      checklistVersion: r.checklist_version,
      documents: docs.map((d) => ({ ...d, satisfied: satisfied(d) })),
      progress: progressOf(docs),
      missingNotice: r.missing_notice_at
        ? { at: r.missing_notice_at.toISOString(), ...(r.missing_notice as MissingNoticeStored) }
        : null,
      completeAt: iso(r.complete_at),
      handover: r.handed_over_at
        ? { at: r.handed_over_at.toISOString(), ...(r.handover as HandoverStored) }
        : null,
      receipt: r.receipt_confirmed_at
        ? { at: r.receipt_confirmed_at.toISOString(), ...(r.receipt as ReceiptStored) }
        : null,
      assessment: r.assessment,
      assessedAmountFen: r.assessed_amount_fen === null ? null : Number(r.assessed_amount_fen),
      decision: r.decision,
      decisionNote: r.decision_note,
      decidedAt: iso(r.decided_at),
      paidAt: iso(r.paid_at),
      refusedAt: iso(r.refused_at),
      archivedAt: iso(r.archived_at),
      payout: r.payout ? (r.payout as StoredPayout).result : null,
      decisionDetail: (r.decision_detail as ClaimDecision | null) ?? null,
      advance: advanceOf(r),
      settlement: settlementView(r, (r.decision_detail as ClaimDecision | null) ?? null),
      policyTerms: {
        sumInsuredFen: Number(r.sum_insured_fen),
        deductibleFen: Number(r.deductible_fen),
        deductibleRateBp: r.deductible_rate_bp,
        payoutRatioBp: r.payout_ratio_bp,
      },
      pendingApproval: r.pending
        ? {
            id: r.pending.id,
            requiredLevel: r.pending.required_level,
            amountFen: Number(r.pending.amount_fen),
            decision: r.pending.decision as ClaimDecision,
            requestedAt: r.pending.requested_at.toISOString(),
            requestedById: r.pending.requested_by,
          }
        : null,
      authority: await loadClaimAuthority(q),
      retention: await loadRetentionDays(q),
    },
  };
};

/**
 * The application as `GET /api/claim-applications/:id` answers it: in scope as the desk works it, or outside it
 * under a live data-sharing grant (issue #18 part 2), audited first and offering no move. Otherwise null (404).
 */
export const readApplicationDetail = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const own = await buildApplicationDetail(deps, deps.db, ctx, id);
  if (own) return own;
  const granted = await grantedDetailCtx(deps.db, ctx, id, 'claimApplicationDetail');
  const shared = granted && (await buildApplicationDetail(deps, deps.db, granted, id));
  return shared ? { ...shared, ...readOnlyCase() } : null;
};

/** The decisions waiting for approval in scope (审批待办 of the claims desk). */
export const pendingApprovalsList = async (deps: Deps, ctx: RequestCtx) => ({
  items: (await repo.pendingApprovals(deps.db, ctx.actor.scope)).map((a) => ({
    id: a.id,
    caseId: a.case_id,
    number: a.number,
    requiredLevel: a.required_level,
    amountFen: Number(a.amount_fen),
    decision: a.decision as ClaimDecision,
    requestedAt: a.requested_at.toISOString(),
    requestedBy: a.requested_by_name,
  })),
});

/** The desk's board: applications in scope per stage, with each one's most urgent deadline and its progress. */
/** Closed and archived applications stay on the board (and in its export) this many days. */
export const CLOSED_SHOWN_DAYS = 30;

export const applicationBoard = async (deps: Deps, ctx: RequestCtx, state: string | undefined) => {
  const since = new Date(ctx.clock.now().getTime() - CLOSED_SHOWN_DAYS * 86_400_000);
  const rows = await listUnderGrants(
    deps.db,
    ctx,
    (reach) => repo.boardRows(deps.db, ctx.actor.scope, since, state, reach),
    (r) => ({ id: r.case_id, kind: 'claimApplication', branchPath: r.branch_path }),
    'claimApplicationList',
  );
  const next = await nextDeadlineByCase(
    deps.db,
    rows.map((r) => r.case_id),
  );
  const items = rows.map((r) => ({
    id: r.case_id,
    number: r.number,
    state: r.state,
    claimType: r.claim_type,
    relation: r.relation,
    applicantNameMasked: r.applicant_name_masked,
    policyNo: r.policy_no,
    createdAt: r.created_at.toISOString(),
    progress: { satisfied: r.documents_satisfied, total: r.documents_total },
    nextDeadline: next.get(r.case_id) ?? null,
    mine: r.owner_id === ctx.actor.id,
  }));
  return {
    columns: CLAIM_APPLICATION_STATES.map((s) => ({
      state: s,
      label: CLAIM_APPLICATION_MACHINE.states[s],
      items: items.filter((i) => i.state === s),
    })),
  };
};
