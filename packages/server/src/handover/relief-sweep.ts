import { beijingDateTimeOf } from '@claimline/domain/core';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { branchLeads, notifyPeople } from '../notifications/people.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';

/** Hand-overs one sweep escalates at most; the next tick takes the rest. */
const RELIEF_BATCH = 200;

/**
 * seed 000 第十一条 接班人员未到岗…不得自行下班: a hand-over whose incoming agent has not confirmed within the grace
 * after the outgoing shift's end is escalated to the service manager by the sweeper, once (the stamp is set in the
 * same transaction, the rows are claimed with SKIP LOCKED). One already escalated by hand (reliefMissing) is left:
 * the manager was told then.
 */
export const escalateOverdueReliefs = async (tx: Tx, now: Date) => {
  const due = new Date(now.getTime() - DUTY_PRESENCE_SETTINGS.reliefConfirmGraceMinutes * 60_000);
  const rows = await tx
    .selectFrom('duty_handovers')
    .select(['id', 'branch_id', 'post', 'shift_start', 'state', 'incoming_user_id'])
    .where('confirmed_at', 'is', null)
    .where('relief_escalated_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where('shift_start', '<=', due)
    .where('state', 'not in', ['signed', 'closed'])
    .orderBy('shift_start')
    .limit(RELIEF_BATCH)
    .forUpdate()
    .skipLocked()
    .execute();
  let escalated = 0;
  for (const h of rows) {
    await tx.updateTable('duty_handovers').set({ relief_escalated_at: now }).where('id', '=', h.id).execute();
    const managers = await branchLeads(tx, h.branch_id, ['serviceManager']);
    const start = beijingDateTimeOf(h.shift_start).slice(0, 16);
    const minutes = DUTY_PRESENCE_SETTINGS.reliefConfirmGraceMinutes;
    const notified = await notifyPeople(
      tx,
      managers.map((m) => m.id),
      {
        kind: 'escalate',
        zh: `交接班：岗位「${h.post}」${start} 交班后 ${minutes} 分钟接班人员仍未确认接班，交班人员不得下班，请安排替班（值班制度第十一条）`,
        en: `Hand-over: ${minutes} min after the ${start} shift change at post "${h.post}" the relief has not confirmed; the outgoing agent stays — arrange a replacement (duty rules art. 11)`,
        now,
      },
    );
    await appendAudit(tx, {
      at: now,
      actor: null,
      action: 'dutyHandover.reliefOverdue',
      objectType: 'dutyHandover',
      objectId: h.id,
      result: 'success',
      requestId: null,
      ip: null,
      details: {
        post: h.post,
        shiftStart: h.shift_start.toISOString(),
        state: h.state,
        graceMinutes: minutes,
        notified,
        notifiedIds: managers.map((m) => m.id),
      },
    });
    escalated += 1;
  }
  return escalated;
};
