import type { Label } from '../core/labels.ts';

/** The two policy services of seed 003 第五条 (退保) and 第六条 (批改); each is a case kind of its own. */
export const POLICY_SERVICE_KINDS = ['surrender', 'endorsement'] as const;
export type PolicyServiceKind = (typeof POLICY_SERVICE_KINDS)[number];

/**
 * Seed 003 第五条 "了解退保原因，并做记录": the reason as a code from this list (so it can be counted), with a note.
 * The list is ours (the seed names no reasons); `other` needs the note to say what it was.
 */
export const SURRENDER_REASONS = [
  'financialNeed',
  'productUnsuitable',
  'serviceDissatisfied',
  'boughtElsewhere',
  'noLongerNeeded',
  'vehicleTransferred',
  'misunderstoodTerms',
  'other',
] as const;
export type SurrenderReason = (typeof SURRENDER_REASONS)[number];

export const SURRENDER_REASON_LABELS: Readonly<Record<SurrenderReason, Label>> = {
  financialNeed: { zh: '资金需要', en: 'Needs the money' },
  productUnsuitable: { zh: '产品不适合', en: 'Product does not suit' },
  serviceDissatisfied: { zh: '对服务不满意', en: 'Dissatisfied with the service' },
  boughtElsewhere: { zh: '已在他处投保', en: 'Insured elsewhere' },
  noLongerNeeded: { zh: '不再需要保障', en: 'Cover no longer needed' },
  vehicleTransferred: { zh: '车辆转让或报废', en: 'Vehicle sold or scrapped' },
  misunderstoodTerms: { zh: '对条款理解有误', en: 'Misunderstood the terms' },
  other: { zh: '其他原因', en: 'Other reason' },
};

/** Seed 003 第六条 "询问保单详情及批改内容": each change is one of these, with its own fields (changes.ts). */
export const CHANGE_TYPES = [
  'beneficiary',
  'address',
  'phone',
  'plate',
  'paymentAccount',
  'sumInsured',
  'other',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const CHANGE_TYPE_LABELS: Readonly<Record<ChangeType, Label>> = {
  beneficiary: { zh: '变更受益人', en: 'Change of beneficiary' },
  address: { zh: '变更联系地址', en: 'Change of address' },
  phone: { zh: '变更联系电话', en: 'Change of phone number' },
  plate: { zh: '变更车牌号', en: 'Change of plate number' },
  paymentAccount: { zh: '变更缴费/收款账户', en: 'Change of payment account' },
  sumInsured: { zh: '变更保险金额', en: 'Change of sum insured' },
  other: { zh: '其他批改', en: 'Other change' },
};

/** Where the refund amount came from: the insurer's core system, or typed from the insurer's answer. */
export const REFUND_SOURCES = ['core', 'entered'] as const;
export type RefundSource = (typeof REFUND_SOURCES)[number];

export const POLICY_SERVICE_STATES = [
  'received',
  'handedOver',
  'completed',
  'declined',
  'withdrawn',
] as const;
export type PolicyServiceState = (typeof POLICY_SERVICE_STATES)[number];

export const POLICY_SERVICE_STATE_LABELS: Readonly<Record<PolicyServiceState, Label>> = {
  received: { zh: '已受理', en: 'Received' },
  handedOver: { zh: '已移交保险公司', en: 'Handed to the insurer' },
  completed: { zh: '已办结', en: 'Completed' },
  declined: { zh: '保险公司未予办理', en: 'Declined by the insurer' },
  withdrawn: { zh: '客户撤回', en: 'Withdrawn by the customer' },
};

export const POLICY_SERVICE_EVENTS = [
  'recordDocuments',
  'handOver',
  'complete',
  'decline',
  'withdraw',
] as const;
export type PolicyServiceEvent = (typeof POLICY_SERVICE_EVENTS)[number];

export const POLICY_SERVICE_EVENT_LABELS: Readonly<Record<PolicyServiceEvent, Label>> = {
  recordDocuments: { zh: '登记材料', en: 'Record documents' },
  handOver: { zh: '移交保险公司', en: 'Hand over to the insurer' },
  complete: { zh: '办结', en: 'Complete' },
  decline: { zh: '登记未予办理', en: 'Record as declined' },
  withdraw: { zh: '客户撤回', en: 'Withdrawn by the customer' },
};
