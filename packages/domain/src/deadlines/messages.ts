import type { EscalationStep } from './rules.ts';

type Label = { zh: string; en: string };

/** Names of the deadline kinds the rules use; an unknown kind is shown by its code. */
export const DEADLINE_KIND_LABELS: Readonly<Record<string, Label>> = {
  caseFirstResponse: { zh: '首次响应', en: 'first response' },
  claimHandover: { zh: '理赔材料移交', en: 'claim materials hand-over' },
  complaintDecision: { zh: '投诉处理决定', en: 'complaint decision' },
  majorCaseReport: { zh: '重大案件上报', en: 'major-case report' },
  claimDecision: { zh: '理赔核定', en: 'claim decision' },
  claimRefusalNotice: { zh: '拒赔通知', en: 'refusal notice' },
  claimPayment: { zh: '赔款支付', en: 'payout' },
  claimAdvancePayment: { zh: '先予支付', en: 'advance payment' },
  complaintReply: { zh: '投诉承诺答复', en: 'promised complaint reply' },
  complaintCallback: { zh: '投诉回访', en: 'complaint call-back' },
  serviceHandover: { zh: '退保/批改移交保险公司', en: 'surrender/endorsement hand-over' },
  serviceCompletion: { zh: '退保/批改办结', en: 'surrender/endorsement completion' },
};

export const ESCALATION_STEP_LABELS: Readonly<Record<EscalationStep, Label>> = {
  owner: { zh: '案件负责人', en: 'case owner' },
  teamLead: { zh: '客服组长', en: 'team lead' },
  supervisor: { zh: '客服主管', en: 'supervisor' },
  headOffice: { zh: '总公司', en: 'head office' },
};

const HOUR_MS = 3_600_000;

/**
 * Beijing wall time of an instant, 'YYYY-MM-DD HH:mm'. A deadline at local midnight is the end of the previous
 * day (Civil Code art. 203: the last day ends at 24:00), so it reads '… 24:00' on that day, as people say it.
 */
export const formatBeijing = (at: Date): string => {
  const local = new Date(at.getTime() + 8 * HOUR_MS); // Asia/Shanghai is UTC+8 without DST since 1992
  const text = local.toISOString().slice(0, 16).replace('T', ' ');
  if (!text.endsWith(' 00:00')) return text;
  return `${new Date(local.getTime() - 24 * HOUR_MS).toISOString().slice(0, 10)} 24:00`;
};

const kindLabel = (kind: string): Label => DEADLINE_KIND_LABELS[kind] ?? { zh: kind, en: kind };

/** The text of a notification, in both languages, so each reader sees it in the UI language. */
export const deadlineMessage = (
  m:
    | { type: 'warn'; kind: string; caseNumber: string; dueAt: Date }
    | {
        type: 'escalate';
        kind: string;
        caseNumber: string;
        dueAt: Date;
        step: EscalationStep;
        level: number;
      },
): Label => {
  const k = kindLabel(m.kind);
  const due = formatBeijing(m.dueAt);
  if (m.type === 'warn') {
    return {
      zh: `案件 ${m.caseNumber} 的「${k.zh}」时限将于 ${due} 到期`,
      en: `Case ${m.caseNumber}: ${k.en} is due at ${due}`,
    };
  }
  if (m.level <= 1) {
    return {
      zh: `案件 ${m.caseNumber} 的「${k.zh}」已超时（时限 ${due}）`,
      en: `Case ${m.caseNumber}: ${k.en} is overdue (due ${due})`,
    };
  }
  const s = ESCALATION_STEP_LABELS[m.step];
  return {
    zh: `案件 ${m.caseNumber} 的「${k.zh}」已超时（时限 ${due}），已升级至${s.zh}`,
    en: `Case ${m.caseNumber}: ${k.en} is overdue (due ${due}); escalated to the ${s.en}`,
  };
};
