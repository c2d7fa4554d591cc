import { can } from '@claimline/domain/access';
import {
  CONSULTATION_MACHINE,
  GENERAL_CASE_MACHINE,
  runsCaseMachine,
  TRANSFER_MACHINE,
  transferStateOf,
} from '@claimline/domain/cases';
import { nextForCase } from '@claimline/domain/next-actor';
import { normalizePhone } from '../crypto/masking.ts';
import { sealedOfCase } from '../crypto/sealed-text.ts';
import type { Db, Tx } from '../db/database.ts';
import { caseDeadlines } from '../deadlines/service.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { nextStepView } from '../workflow/next-step.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import type { CasePageRow } from './list-page.ts';
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

/** A search that looks like a phone number also matches the sealed phone, through its blind index. */
export const phoneSearchIndex = (deps: Deps, q: string | undefined) =>
  q && /^[\d\s-]{7,20}$/.test(q) ? deps.crypto.blindIndex('phone', normalizePhone(q)) : null;

/** The listed fields of a case with its two instants as ISO text (a row reads them as dates or as text). */
const summaryFields = (
  r: Omit<SummaryRow, 'created_at' | 'updated_at'>,
  createdAt: string,
  updatedAt: string,
) => ({
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
  createdAt,
  updatedAt,
  version: r.version,
});

/** Lists show masked personal data only; the full value needs a reveal with a reason (C11). */
export const caseSummary = (r: SummaryRow) =>
  summaryFields(r, r.created_at.toISOString(), r.updated_at.toISOString());

/** One row of a case-list page (list-page.ts: instants already ISO strings) as the list answers it. */
export const casePageItem = (r: CasePageRow) => ({
  ...summaryFields(r, r.created_at, r.updated_at),
  // The most urgent unmet deadline, in the shape of `nextDeadlineByCase`.
  nextDeadline:
    r.nd_kind === null || r.nd_due_at === null
      ? null
      : {
          kind: r.nd_kind,
          dueAt: r.nd_due_at,
          state: r.nd_state ?? 'open',
          warned: r.nd_warned === true,
          calendarNotPublished: r.nd_not_published === true,
        },
});

export const buildCaseDetail = async (_deps: Deps, tx: Db | Tx, ctx: RequestCtx, id: string) => {
  const r = await repo.caseDetailRow(tx, id);
  const events = await repo.caseEvents(tx, id);
  const sealed = await sealedOfCase(
    tx,
    id,
    events.map((e) => String(e.id)),
  );
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
  // Hand-overs run their own table; the person asked is offered accept and decline, the owner the rest.
  const transferMoves = can(ctx.actor.role, 'case.transfer')
    ? offeredMoves(TRANSFER_MACHINE, transferStateOf(r.transfer_to_id), {
        isOwner,
        isTarget: r.transfer_to_id === ctx.actor.id,
        caseClosed: r.status === 'closed',
        // The colleague is chosen in the dialog: input guards are assumed here and checked by the move.
        targetIsOwner: false,
        targetInScope: true,
      })
    : [];
  const mayTransfer = (event: string) => transferMoves.some((m) => m.event === event && m.allowed);
  const allowed = [...moves, ...transferMoves].filter((m) => m.allowed).map((m) => m.event);
  // Kinds with a desk of their own (complaints, claim reports, applications) put their own step over this one.
  const nextStep = runsCaseMachine(r.kind)
    ? await nextStepView(
        tx,
        nextForCase({
          machine: r.kind === 'consultation' ? 'consultation' : 'general',
          status: r.status,
          ownerId: r.owner_id,
          transferToId: r.transfer_to_id,
          viewer: { id: ctx.actor.id, allowedEvents: allowed },
        }),
      )
    : null;
  return {
    ...caseSummary(r),
    description: r.description,
    category: r.category ?? null,
    sealedFields: sealed.fields,
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
    transferMoves,
    canTransfer: mayTransfer('request'),
    canAcceptTransfer: mayTransfer('accept'),
    canCancelTransfer: mayTransfer('cancel'),
    deadlines: await caseDeadlines(tx, id),
    events: events.map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      actorId: e.actor_id,
      actorName: e.actor_name,
      type: e.type,
      note: e.note,
      noteSealed: sealed.eventIds.has(String(e.id)),
      data: e.data,
    })),
    nextStep,
  };
};
