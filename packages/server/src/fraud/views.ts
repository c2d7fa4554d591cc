import {
  INVESTIGATION_MACHINE,
  type InvestigationOutcome,
  OUTCOME_LABELS,
  SIGNAL_DEFS,
  type SignalCode,
  type SignalHit,
} from '@claimline/domain/fraud';
import type { Label } from '@claimline/domain/workflow';
import type { InvestigationRow } from './repository.ts';

const OTHER: Label = { zh: '其他', en: 'Other' };
const CASE_KINDS: Record<string, Label> = {
  claimReport: { zh: '报案', en: 'Claim report' },
  claimApplication: { zh: '索赔申请', en: 'Claim application' },
};
/** A hit found outside the signal table (a ring from the link analysis) names itself by its reason. */
export const signalLabel = (code: string): Label =>
  (SIGNAL_DEFS as Record<string, { label: Label } | undefined>)[code]?.label ??
  (code === 'fraudRing' ? { zh: '欺诈团伙关联', en: 'Fraud ring link' } : OTHER);
export const stateLabel = (s: string): Label =>
  (INVESTIGATION_MACHINE.states as Record<string, Label>)[s] ?? OTHER;
export const outcomeLabel = (o: string | null): Label | null =>
  o === null ? null : (OUTCOME_LABELS[o as InvestigationOutcome] ?? OTHER);
export const ENTRY_KINDS: Record<string, Label> = {
  evidence: { zh: '证据', en: 'Evidence' },
  interview: { zh: '询问记录', en: 'Interview' },
  conclusion: { zh: '调查结论', en: 'Conclusion' },
  sendBack: { zh: '退回意见', en: 'Sent back' },
};

export const hitView = (h: SignalHit) => ({
  code: h.code,
  label: signalLabel(h.code as SignalCode),
  weight: h.weight,
  reason: h.reason,
});

export const summaryView = (r: InvestigationRow, names: Map<string, string>) => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  caseKind: CASE_KINDS[r.case_kind] ?? OTHER,
  branch: r.branch_name,
  state: r.state,
  stateLabel: stateLabel(r.state),
  score: r.score,
  signals: r.signal_codes.map((code) => ({ code, label: signalLabel(code) })),
  assignee: r.assignee_id ? { id: r.assignee_id, name: names.get(r.assignee_id) ?? '' } : null,
  outcome: outcomeLabel(r.outcome),
  createdAt: r.created_at,
  version: r.version,
});
