import { can, ROLES } from '@claimline/domain/access';
import {
  TRANSFER_MACHINE,
  TRANSFER_TIMELINE_TYPES,
  type TransferEvent,
  type TransferFacts,
  transferStateOf,
} from '@claimline/domain/cases';
import type { Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { defineWorkflow, type LoadEnv, type MoveEnv, runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import { buildCaseDetail } from './views.ts';

export type TransferInput = {
  event: TransferEvent;
  version: number;
  toUserId?: string | undefined;
  note?: string | undefined;
};

type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findScopedCase>>>;
type CasePatch = Parameters<typeof repo.updateCaseVersioned>[3];
type Env = MoveEnv<CaseRow, TransferInput, CasePatch>;

/** The new owner must be able to see and work the case: an active front-line user at or above its branch. */
const targetInScope = async (tx: Tx, caseId: string, toUserId: string) => {
  const target = await repo.findTransferTarget(tx, toUserId);
  const role = ROLES.find((r) => r === target?.role);
  if (!target?.active || role === undefined) return false;
  const { branch_path } = await repo.caseDetailRow(tx, caseId);
  return branch_path.startsWith(target.path) && can(role, 'case.work');
};

export const transferFacts = async ({
  tx,
  ctx,
  row,
  input,
}: LoadEnv<CaseRow, TransferInput>): Promise<TransferFacts> => ({
  isOwner: row.owner_id === ctx.actor.id,
  isTarget: row.transfer_to_id === ctx.actor.id,
  caseClosed: row.status === 'closed',
  targetIsOwner: input.toUserId === row.owner_id,
  targetInScope:
    input.event === 'request' && input.toUserId !== undefined
      ? await targetInScope(tx, row.id, input.toUserId)
      : false,
});

const TRANSFER_WORKFLOW = defineWorkflow(TRANSFER_MACHINE)<CaseRow, TransferInput, CasePatch>({
  lock: (tx, ctx, id) => repo.findScopedCase(tx, id, ctx.actor.scope, true),
  notFound: 'CASE_NOT_FOUND',
  stateOf: (r) => transferStateOf(r.transfer_to_id),
  versionOf: (r) => r.version,
  facts: transferFacts,
  // Who hands over to whom, by name, as the timeline has always shown it.
  before: async ({ tx, row, input, data }: Env) => {
    const to = input.event === 'request' ? (input.toUserId ?? null) : row.transfer_to_id;
    const names = await repo.userNames(tx, [row.owner_id, ...(to ? [to] : [])]);
    Object.assign(data, {
      from: row.owner_id,
      fromName: names.get(row.owner_id) ?? null,
      to,
      toName: to ? (names.get(to) ?? null) : null,
    });
  },
  effects: {
    namePending: ({ patch, input, now }: Env) => {
      patch.transfer_to_id = input.toUserId ?? null;
      patch.transfer_requested_at = now;
    },
    changeOwner: ({ patch, ctx }: Env) => {
      patch.owner_id = ctx.actor.id;
    },
  },
  // Every move ends the pending hand-over unless its effect names a new one.
  patch: ({ now }) => ({ transfer_to_id: null, transfer_requested_at: null, updated_at: now }),
  save: async ({ tx, row, patch }: Env) =>
    (await repo.updateCaseVersioned(tx, row.id, row.version, patch)) !== undefined,
  record: {
    caseId: (r) => r.id,
    objectType: 'case',
    objectId: (r) => r.id,
    timelineType: ({ input }: Env) => TRANSFER_TIMELINE_TYPES[input.event],
    auditAction: ({ input }: Env) => `case.${TRANSFER_TIMELINE_TYPES[input.event]}`,
    note: ({ input }: Env) => input.note ?? null,
  },
});

/** First-contact ownership: the owner keeps the case until the named colleague accepts it. */
export const transferCase = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  event: TransferEvent,
  input: { version: number; toUserId?: string | undefined; note?: string | undefined },
) =>
  runMove(deps, ctx, TRANSFER_WORKFLOW, id, { ...input, event }, (tx) => buildCaseDetail(deps, tx, ctx, id));
