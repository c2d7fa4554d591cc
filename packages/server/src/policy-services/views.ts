import { can } from '@claimline/domain/access';
import {
  allReceived,
  ENDORSEMENT_MACHINE,
  type PolicyServiceFacts,
  type ReceivedDocument,
  SURRENDER_MACHINE,
} from '@claimline/domain/policy-services';
import { buildCaseDetail } from '../cases/views.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import * as repo from './repository.ts';
import type { ServiceEventBody } from './schema.ts';

export const documentsOf = (r: repo.ServiceRow) => r.documents as ReceivedDocument[];
export const noteOf = (b: ServiceEventBody) => b.note?.trim() || undefined;

/** The facts of the machine for this actor; without a request (the detail) input guards are left to the dialog. */
export const serviceFacts = (
  r: repo.ServiceRow,
  ctx: RequestCtx,
  input?: ServiceEventBody,
): PolicyServiceFacts => ({
  isOwner: r.owner_id === ctx.actor.id,
  canSupervise: can(ctx.actor.role, 'case.supervise'),
  documentsComplete: allReceived(documentsOf(r)),
  note: input ? noteOf(input) : undefined,
  recipient: input?.event === 'handOver' ? input.recipient : undefined,
  refundKnown: input?.event === 'complete' && input.refundFen !== undefined,
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const policyView = (p: {
  id: string;
  policy_no: string;
  product: string;
  line: string;
  period_start: Date;
  period_end: Date;
  policyholder_name_masked: string;
  insured_name_masked: string;
  plate_masked: string | null;
}) => ({
  id: p.id,
  policyNo: p.policy_no,
  product: p.product,
  line: p.line,
  periodStart: p.period_start.toISOString(),
  periodEnd: p.period_end.toISOString(),
  policyholderNameMasked: p.policyholder_name_masked,
  insuredNameMasked: p.insured_name_masked,
  plateMasked: p.plate_masked,
});

/** The case detail with the request and the moves of its own table (the general case moves do not apply). */
export const buildServiceDetail = async (deps: Deps, q: Db | Tx, ctx: RequestCtx, caseId: string) => {
  const r = await repo.findScopedService(q, caseId, ctx.actor.scope);
  if (!r) throw new AppError('POLICY_SERVICE_NOT_FOUND');
  const detail = await buildCaseDetail(deps, q, ctx, caseId);
  const facts = serviceFacts(r, ctx);
  const moves = !can(ctx.actor.role, 'case.work')
    ? []
    : r.kind === 'surrender'
      ? offeredMoves(SURRENDER_MACHINE, r.state, facts)
      : offeredMoves(ENDORSEMENT_MACHINE, r.state, facts);
  return {
    ...detail,
    moves,
    availableEvents: [],
    service: {
      kind: r.kind,
      state: r.state,
      policy: policyView({ ...r, id: r.policy_id }),
      reason: r.reason,
      reasonNote: r.reason_note,
      changeType: r.change_type,
      change: (r.change_masked as Record<string, unknown> | null) ?? null,
      holderVerified: r.holder_verified,
      documents: documentsOf(r),
      recipient: r.recipient,
      handedOverAt: iso(r.handed_over_at),
      refundFen: r.refund_fen === null ? null : Number(r.refund_fen),
      refundSource: r.refund_source,
      outcomeNote: r.outcome_note,
      finishedAt: iso(r.finished_at),
    },
  };
};
