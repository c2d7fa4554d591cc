import { can } from '@claimline/domain/access';
import {
  type ApplicationDocument,
  CLAIM_APPROVAL_LEVELS,
  type ClaimApplicationFacts,
  type ClaimApprovalLevel,
  type ClaimAuthorityRow,
  isComplete,
  levelCovers,
  requiredApprovalLevel,
} from '@claimline/domain/claim-applications';
import type * as caseRepo from '../cases/repository.ts';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import type { MoveEnv } from '../workflow/run-move.ts';
import { loadClaimAuthority } from './authority.ts';
import * as repo from './repository.ts';
import type { ApplicationEventBody } from './schema.ts';

/** The application with what its guards read beyond the row: the pending approval and the authority table. */
export type LoadedApplication = repo.ApplicationRow & {
  pending: repo.PendingApproval | undefined;
  authority: readonly ClaimAuthorityRow[];
};

export const loadApplication = async (
  q: Db | Tx,
  id: string,
  scope: string[],
  forUpdate = false,
): Promise<LoadedApplication | undefined> => {
  const row = await repo.findScopedApplication(q, id, scope, forUpdate);
  if (!row) return undefined;
  return {
    ...row,
    pending: await repo.pendingApproval(q, id),
    authority: (await loadClaimAuthority(q)).table,
  };
};

export const documentsOf = (r: repo.ApplicationRow) => r.documents as ApplicationDocument[];
export const noteOf = (b: ApplicationEventBody) => b.note?.trim() || undefined;

/**
 * The amount a decision puts at stake, which sets the level it needs: what is paid, or for a refusal the payable
 * it withholds (refusing a large claim needs the same authority as paying it).
 */
export const amountAtStake = (r: repo.ApplicationRow, input: ApplicationEventBody | undefined): number => {
  if (input?.event !== 'decide') return 0;
  if (input.outcome === 'refuse') return Number(r.payout_fen ?? 0);
  return input.amountFen ?? 0;
};

const covers = (ctx: RequestCtx, level: ClaimApprovalLevel) => levelCovers(ctx.actor.role, level);

/** A stored level; anything else asks for the top level, so a bad row never lowers who may approve. */
export const levelOf = (s: string): ClaimApprovalLevel =>
  CLAIM_APPROVAL_LEVELS.find((l) => l === s) ?? 'headOffice';

/** The facts of the machine for this actor; without a request (the detail view) input guards are left to the dialog. */
export const applicationFacts = (
  r: LoadedApplication,
  ctx: RequestCtx,
  input?: ApplicationEventBody,
): ClaimApplicationFacts => ({
  isOwner: r.owner_id === ctx.actor.id,
  isClaimsHandler: ctx.actor.role === 'claimsHandler',
  canSupervise: can(ctx.actor.role, 'case.supervise'),
  setComplete: isComplete(documentsOf(r)),
  receiptConfirmed: r.receipt_confirmed_at !== null,
  hasAssessment: r.assessment !== null,
  decision: r.decision,
  note: input ? noteOf(input) : undefined,
  recipient: input?.event === 'handOver' ? input.recipient : undefined,
  outcome: input?.event === 'decide' ? input.outcome : undefined,
  decisionWithinAuthority: covers(ctx, requiredApprovalLevel(amountAtStake(r, input), r.authority)),
  coversPending: r.pending !== undefined && covers(ctx, levelOf(r.pending.required_level)),
  isRequester: r.pending?.requested_by === ctx.actor.id,
  advancePaid: r.advance_paid_at !== null,
  advanceAmountFen: input?.event === 'advancePay' ? input.amountFen : undefined,
  payee: input?.event === 'advancePay' ? input.payee : undefined,
  basis: input?.event === 'advancePay' ? input.basis : undefined,
});

/** What a move of the claim application writes: its own row and its case row (versioned). */
export type ApplicationPatch = {
  application: Parameters<typeof repo.updateApplication>[2];
  case: Parameters<typeof caseRepo.updateCaseVersioned>[3];
};

/** The environment every claim-application effect handler receives (workflow.ts, decision-effects.ts). */
export type ApplicationEnv = MoveEnv<LoadedApplication, ApplicationEventBody, ApplicationPatch>;
