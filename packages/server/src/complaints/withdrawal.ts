import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Tx } from '../db/database.ts';
import { endOpenStop } from './clock-stops.ts';
import * as repo from './repository.ts';

/**
 * 办法 (2020) art. 15: "投诉人撤回消费投诉的，消费投诉处理程序自银行保险机构收到撤回申请当日终止". The procedure ends
 * with nothing left hanging: a running clock stop is ended and an approval still waiting is settled as withdrawn,
 * so no approver is asked about a complaint that no longer exists. The deadlines close with the case (markClosed).
 */
export const endForWithdrawal = async (
  tx: Tx,
  crypto: FieldCrypto,
  input: { caseId: string; actorId: string; now: Date; note: string; channel: string },
) => {
  const stop = await endOpenStop(tx, input.caseId, input.actorId, input.now, input.note);
  const pending = await repo.pendingApproval(tx, input.caseId);
  if (pending)
    await repo.settleApproval(tx, crypto, pending.id, {
      outcome: 'withdrawn',
      decided_by: input.actorId,
      decided_at: input.now,
      decision_note: input.note,
    });
  return {
    set: { withdrawn_at: input.now, withdrawn_channel: input.channel },
    data: { channel: input.channel, endedStopId: stop?.id ?? null, withdrawnApprovalId: pending?.id ?? null },
  };
};
