import {
  DATA_SHARE_KINDS,
  DATA_SHARE_MACHINE,
  type DataShareKind,
  grantLive,
} from '@claimline/domain/data-sharing';
import type { Label } from '@claimline/domain/workflow';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import type { DataShareRow } from './repository.ts';
import { dataShareFacts } from './workflow.ts';

const STATE_LABELS: Record<string, Label | undefined> = DATA_SHARE_MACHINE.states;

/** A request as the screens show it, with the moves this person may make now (read off the machine). */
export const dataShareView = async (db: Db | Tx, r: DataShareRow, ctx: RequestCtx) => {
  const now = ctx.clock.now();
  const kind = DATA_SHARE_KINDS[r.data_kind as DataShareKind];
  const live = grantLive({ state: r.state, startsAt: r.starts_at, endsAt: r.ends_at }, now);
  return {
    id: r.id,
    dataKind: r.data_kind,
    dataKindLabel: kind.label,
    ownerDepartment: kind.owner,
    branchId: r.branch_id,
    branchName: { zh: r.branch_name, en: r.branch_name_en },
    requester: {
      id: r.requester_id,
      name: r.requester_name,
      department:
        r.requester_department_name === null
          ? null
          : {
              zh: r.requester_department_name,
              en: r.requester_department_name_en ?? r.requester_department_name,
            },
    },
    purpose: r.purpose,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    state: r.state,
    stateLabel: STATE_LABELS[r.state] ?? { zh: r.state, en: r.state },
    live,
    expired: r.state === 'approved' && r.ends_at.getTime() <= now.getTime(),
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    revokedBy: r.revoked_by_name,
    revokedAt: r.revoked_at,
    revokeNote: r.revoke_note,
    version: r.version,
    moves: offeredMoves(DATA_SHARE_MACHINE, r.state, await dataShareFacts(db, r, ctx, now)),
  };
};
