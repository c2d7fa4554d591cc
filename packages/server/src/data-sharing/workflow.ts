import {
  DATA_SHARE_MACHINE,
  type DataShareFacts,
  type DataShareKind,
  isOwningManager,
} from '@claimline/domain/data-sharing';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import { type DataShareRow, lockRequest, updateRequestVersioned, userDepartment } from './repository.ts';
import type { DataShareMoveBody } from './schema.ts';

type Patch = Parameters<typeof updateRequestVersioned>[3];
type Env = MoveEnv<DataShareRow, DataShareMoveBody, Patch, string, DataShareFacts>;

/** The guards read who acts (their role, department and subtree, from storage), the period, and the reason. */
export const dataShareFacts = async (
  db: Db | Tx,
  row: DataShareRow,
  ctx: RequestCtx,
  now: Date,
  note?: string,
): Promise<DataShareFacts> => {
  const dept = await userDepartment(db, ctx.actor.id);
  return {
    isRequester: row.requester_id === ctx.actor.id,
    isOwningManager: isOwningManager(
      { id: ctx.actor.id, role: ctx.actor.role, departmentCode: dept.code, branchPath: ctx.actor.branchPath },
      {
        dataKind: row.data_kind as DataShareKind,
        branchPath: row.branch_path,
        requesterId: row.requester_id,
      },
    ),
    periodOpen: row.ends_at.getTime() > now.getTime(),
    note,
  };
};

export const DATA_SHARE_WORKFLOW = defineWorkflow(DATA_SHARE_MACHINE)<DataShareRow, DataShareMoveBody, Patch>(
  {
    lock: (tx, _ctx, id) => lockRequest(tx, id),
    notFound: 'DATA_SHARE_NOT_FOUND',
    stateOf: (r) => r.state,
    versionOf: (r) => r.version,
    facts: ({ tx, row, ctx, now, input }) => dataShareFacts(tx, row, ctx, now, input.note),
    effects: {
      recordDecision: ({ patch, ctx, now, input }: Env) => {
        patch.decided_by = ctx.actor.id;
        patch.decided_at = now;
        patch.decision_note = input.note ?? null;
      },
      recordRevocation: ({ patch, ctx, now, input }: Env) => {
        patch.revoked_by = ctx.actor.id;
        patch.revoked_at = now;
        patch.revoke_note = input.note ?? null;
      },
    },
    patch: ({ to, now }) => ({ state: to, updated_at: now }),
    save: ({ tx, row, patch }: Env) => updateRequestVersioned(tx, row.id, row.version, patch),
    record: {
      // A request is not a case: the audit log only.
      caseId: () => null,
      objectType: 'dataShare',
      objectId: (r) => r.id,
      note: ({ input }) => input.note ?? null,
      details: (r) => ({
        dataKind: r.data_kind,
        branchId: r.branch_id,
        requesterId: r.requester_id,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
      }),
    },
  },
);
