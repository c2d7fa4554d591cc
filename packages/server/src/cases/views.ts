import { can } from '@claimline/domain/access';
import { CONSULTATION_MACHINE, GENERAL_CASE_MACHINE, runsCaseMachine } from '@claimline/domain/cases';
import type { Db, Tx } from '../db/database.ts';
import { caseDeadlines } from '../deadlines/service.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import * as repo from './repository.ts';

type SummaryRow = {
  id: string;
  number: string;
  kind: string;
  channel: string;
  status: string;
  subject: string;
  branch_id: string;
  branch_name: string;
  owner_id: string;
  owner_name: string;
  customer_name_masked: string | null;
  first_contact_resolution: boolean | null;
  created_at: Date;
  updated_at: Date;
  version: number;
};

/** Lists show masked personal data only; the full value needs a reveal with a reason (C11). */
export const caseSummary = (r: SummaryRow) => ({
  id: r.id,
  number: r.number,
  kind: r.kind,
  channel: r.channel,
  status: r.status,
  subject: r.subject,
  branchId: r.branch_id,
  branchName: r.branch_name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  customerName: r.customer_name_masked,
  firstContactResolution: r.first_contact_resolution,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

export const buildCaseDetail = async (_deps: Deps, tx: Db | Tx, ctx: RequestCtx, id: string) => {
  const r = await repo.caseDetailRow(tx, id);
  const events = await repo.caseEvents(tx, id);
  const isOwner = r.owner_id === ctx.actor.id;
  const mayWork = can(ctx.actor.role, 'case.work');
  const transferPending = r.transfer_to_id !== null;
  const facts = {
    isOwner,
    canSupervise: can(ctx.actor.role, 'case.supervise'),
    note: undefined,
    transferPending,
  };
  // The console asks the table what this person may do now, and why not the rest.
  const moves =
    !mayWork || !runsCaseMachine(r.kind)
      ? []
      : r.kind === 'consultation'
        ? offeredMoves(CONSULTATION_MACHINE, r.status, facts)
        : offeredMoves(GENERAL_CASE_MACHINE, r.status, facts);
  return {
    ...caseSummary(r),
    description: r.description,
    customerPhoneMasked: r.customer_phone_masked,
    // Same test as transferPending, written so the type knows the id is there.
    pendingTransfer:
      r.transfer_to_id !== null
        ? {
            toUserId: r.transfer_to_id,
            toUserName: r.transfer_to_name,
            requestedAt: r.transfer_requested_at?.toISOString() ?? null,
          }
        : null,
    availableEvents: moves.filter((m) => m.allowed).map((m) => m.event),
    moves,
    canTransfer: mayWork && isOwner && !transferPending && r.status !== 'closed',
    canAcceptTransfer: mayWork && transferPending && r.transfer_to_id === ctx.actor.id,
    canCancelTransfer: transferPending && isOwner,
    deadlines: await caseDeadlines(tx, id),
    events: events.map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      actorId: e.actor_id,
      actorName: e.actor_name,
      type: e.type,
      note: e.note,
      data: e.data,
    })),
  };
};
