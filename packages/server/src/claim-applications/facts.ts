import { can } from '@claimline/domain/access';
import {
  type ApplicationDocument,
  type ClaimApplicationFacts,
  isComplete,
} from '@claimline/domain/claim-applications';
import type { RequestCtx } from '../http/context.ts';
import type { ApplicationRow } from './repository.ts';
import type { ApplicationEventBody } from './schema.ts';

export const documentsOf = (r: ApplicationRow) => r.documents as ApplicationDocument[];
export const noteOf = (b: ApplicationEventBody) => b.note?.trim() || undefined;

/** The facts of the machine for this actor; without a request (the detail view) input guards are left to the dialog. */
export const applicationFacts = (
  r: ApplicationRow,
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
});
