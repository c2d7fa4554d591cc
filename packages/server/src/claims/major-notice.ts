import { randomUUID } from 'node:crypto';
import type { MajorCaseReason } from '@claimline/domain/claims';
import type { Tx } from '../db/database.ts';
import { insertNotifications } from '../notifications/repository.ts';

type ReasonCode = MajorCaseReason['code'];

const REASON_ZH: Record<ReasonCode, string> = {
  deaths: '一次事故2人或以上死亡',
  estimatedPayout: '预计理赔金额超过50万元',
  sumInsuredUncertain: '保险金额超过50万元且结果暂时无法确定',
  disputeEscalated: '纠纷已诉诸监管、协会或媒体',
  litigation: '可能或已经进入诉讼',
};
const REASON_EN: Record<ReasonCode, string> = {
  deaths: 'two or more deaths in one accident',
  estimatedPayout: 'estimated payout over 500,000 CNY',
  sumInsuredUncertain: 'sum insured over 500,000 CNY with the outcome uncertain',
  disputeEscalated: 'dispute taken to the regulator, an association or the media',
  litigation: 'litigation likely or started',
};

/**
 * Who head office is for a major case: every active `headOffice` person and every active `supervisor` placed at
 * the root of the branch tree (the head office itself). A head-office role placed in a branch is that branch's.
 */
export const majorCaseRecipients = (tx: Tx) =>
  tx
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select('u.id')
    .where('u.active', '=', true)
    .where('b.parent_id', 'is', null)
    .where('u.role', 'in', ['headOffice', 'supervisor'])
    .execute();

export type MajorCaseEvent = 'flagged' | 'reported';

/**
 * Seed 003 重大案件 "向总部呈报": head office is told when a report becomes major and again when the branch's report
 * arrives, in the transaction of that move. Each event happens once per report (the follow-up moves hold the
 * report's row lock and the table leaves each state once; registration is idempotent), so one notice per person
 * per event. Kind `report`, as for major complaints: a report to head office, not a deadline warning.
 */
export const notifyHeadOffice = async (
  tx: Tx,
  caseId: string,
  event: MajorCaseEvent,
  reasons: readonly MajorCaseReason[],
  now: Date,
) => {
  const c = await tx
    .selectFrom('cases')
    .select(['id as caseId', 'number'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const zhReasons = reasons.map((r) => REASON_ZH[r.code]).join('；');
  const enReasons = reasons.map((r) => REASON_EN[r.code]).join('; ');
  const zh =
    event === 'flagged'
      ? `重大案件 ${c.number}：${zhReasons}（须在24小时内向总部呈报）`
      : `重大案件 ${c.number} 已呈报：${zhReasons}`;
  const en =
    event === 'flagged'
      ? `Major case ${c.number}: ${enReasons} (report to head office due within 24 hours)`
      : `Major case ${c.number} reported: ${enReasons}`;
  const recipients = await majorCaseRecipients(tx);
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
  return recipients.length;
};
