import { randomUUID } from 'node:crypto';
import {
  type MajorComplaintFacts,
  type MajorComplaintReason,
  majorComplaintReasons,
} from '@claimline/domain/complaints';
import { appendAudit } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import type { Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { insertNotifications } from '../notifications/repository.ts';
import * as repo from './repository.ts';

const REASON_ZH: Record<MajorComplaintReason, string> = {
  disaster: '重大自然灾害、安全事故或公共卫生事件引发',
  groupFaceToFace: '20名以上投诉人面谈提出的群体性投诉',
  regulatorDesignated: '监管机构认定',
};
const REASON_EN: Record<MajorComplaintReason, string> = {
  disaster: 'caused by a major disaster, accident or public-health event',
  groupFaceToFace: 'a group of 20 or more complainants face to face',
  regulatorDesignated: 'designated by the regulator',
};

/** Face to face (面谈) is a walk-in; every other channel is not, whatever the number of complainants. */
export const majorFacts = (
  channel: string,
  f: { complainantCount: number; disasterRelated: boolean; regulatorDesignated: boolean },
): MajorComplaintFacts => ({ ...f, faceToFace: channel === 'walkIn' });

/**
 * 办法 (2020) art. 29 ¶1: major complaints are reported (报告) under the institution's emergency plan. Reasons that
 * are new since the last look are reported to every active head-office person, on the timeline and in the audit
 * log; reasons already reported are not reported twice.
 */
export const reportIfMajor = async (
  tx: Tx,
  ctx: RequestCtx,
  c: { caseId: string; number: string; state: string },
  facts: MajorComplaintFacts,
  before: readonly string[],
) => {
  const reasons = majorComplaintReasons(facts);
  const added = reasons.filter((r) => !before.includes(r));
  if (added.length === 0) return reasons;
  const now = ctx.clock.now();
  const zh = `重大投诉 ${c.number}：${reasons.map((r) => REASON_ZH[r]).join('；')}（办法第二十九条）`;
  const en = `Major complaint ${c.number}: ${reasons.map((r) => REASON_EN[r]).join('; ')} (Measures art. 29)`;
  const recipients = await repo.headOfficeRecipients(tx);
  await insertNotifications(
    tx,
    recipients.map((u) => ({
      id: randomUUID(),
      user_id: u.id,
      case_id: c.caseId,
      deadline_id: null,
      kind: 'report',
      escalation_level: 0,
      message_zh: zh,
      message_en: en,
      created_at: now,
      read_at: null,
    })),
  );
  // Not a move of the complaint machine (the state stays): the report is on the timeline and in the audit log.
  const data = { from: c.state, to: c.state, reasons, added, reportedTo: recipients.length };
  await insertEvent(tx, {
    case_id: c.caseId,
    at: now,
    actor_id: ctx.actor.id,
    type: 'majorComplaint',
    note: null,
    data,
  });
  await appendAudit(tx, {
    at: now,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'complaint.majorComplaint',
    objectType: 'case',
    objectId: c.caseId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { number: c.number, ...data },
  });
  return reasons;
};
