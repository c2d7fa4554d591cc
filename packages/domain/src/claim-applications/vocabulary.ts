import type { Label } from '../workflow/index.ts';

/** The claim types the desk takes; which document lists each needs is data (checklist.ts). */
export const CLAIM_TYPES = [
  'medical',
  'accidentInjury',
  'disability',
  'death',
  'accidentalDeath',
  'burn',
  'propertyDamage',
  'motorDamage',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_TYPE_LABELS: { readonly [K in ClaimType]: Label } = {
  medical: { zh: '医疗', en: 'Medical' },
  accidentInjury: { zh: '意外伤害', en: 'Accident injury' },
  disability: { zh: '残疾', en: 'Disability' },
  death: { zh: '身故（疾病）', en: 'Death (illness)' },
  accidentalDeath: { zh: '意外身故', en: 'Accidental death' },
  burn: { zh: '烧烫伤', en: 'Burn' },
  propertyDamage: { zh: '财产损失', en: 'Property damage' },
  motorDamage: { zh: '机动车损失', en: 'Motor damage' },
};

/** Death benefits go to the beneficiary (Insurance Law art. 18 ¶3) or, with none named, the estate (art. 42). */
export const DEATH_CLAIM_TYPES: readonly ClaimType[] = ['death', 'accidentalDeath'];

/** How the applicant stands to the insured (seed 003 §(四): 与保险人关系证明). */
export const APPLICANT_RELATIONS = ['insured', 'beneficiary', 'heir', 'guardian', 'other'] as const;
export type ApplicantRelation = (typeof APPLICANT_RELATIONS)[number];

export const APPLICANT_RELATION_LABELS: { readonly [K in ApplicantRelation]: Label } = {
  insured: { zh: '被保险人本人', en: 'The insured' },
  beneficiary: { zh: '保单指定受益人', en: 'Beneficiary named in the policy' },
  heir: { zh: '法定继承人', en: 'Heir' },
  guardian: { zh: '监护人', en: 'Guardian' },
  other: { zh: '其他', en: 'Other' },
};

/** The reception flow of a claim (seed 004 二/四), from the application to the archive. */
export const CLAIM_APPLICATION_STATES = [
  'received',
  'documentsIncomplete',
  'complete',
  'handedOver',
  'investigating',
  'assessed',
  'decisionProposed',
  'decided',
  'paid',
  'refused',
  'closed',
  'archived',
] as const;
export type ClaimApplicationState = (typeof CLAIM_APPLICATION_STATES)[number];

export const CLAIM_APPLICATION_EVENTS = [
  'recordDocuments',
  'sendMissingNotice',
  'markComplete',
  'handOver',
  'confirmReceipt',
  'startInvestigation',
  'recordAssessment',
  'advancePay',
  'decide',
  'approveDecision',
  'rejectDecision',
  'pay',
  'refuse',
  'close',
  'archive',
] as const;
export type ClaimApplicationEvent = (typeof CLAIM_APPLICATION_EVENTS)[number];

export const CLAIM_APPLICATION_STATE_LABELS: { readonly [K in ClaimApplicationState]: Label } = {
  received: { zh: '已受理', en: 'Received' },
  documentsIncomplete: { zh: '待补材料', en: 'Documents incomplete' },
  complete: { zh: '材料齐全', en: 'Complete' },
  handedOver: { zh: '已移交保险公司', en: 'Handed over' },
  investigating: { zh: '调查中', en: 'Investigating' },
  assessed: { zh: '已核定损失', en: 'Assessed' },
  decisionProposed: { zh: '核定待审批', en: 'Decision awaiting approval' },
  decided: { zh: '已作出核定', en: 'Decided' },
  paid: { zh: '已赔付', en: 'Paid' },
  refused: { zh: '已拒赔', en: 'Refused' },
  closed: { zh: '已结案', en: 'Closed' },
  archived: { zh: '已归档', en: 'Archived' },
};

export const CLAIM_APPLICATION_EVENT_LABELS: { readonly [K in ClaimApplicationEvent]: Label } = {
  recordDocuments: { zh: '登记材料', en: 'Record documents' },
  sendMissingNotice: { zh: '一次性告知补充材料', en: 'Send missing-documents notice' },
  markComplete: { zh: '确认材料齐全', en: 'Mark complete' },
  handOver: { zh: '移交保险公司', en: 'Hand over to the insurer' },
  confirmReceipt: { zh: '登记保险公司签收', en: 'Confirm the insurer’s receipt' },
  startInvestigation: { zh: '开始调查', en: 'Start investigation' },
  recordAssessment: { zh: '登记损失核定', en: 'Record assessment' },
  advancePay: { zh: '先予支付', en: 'Advance payment' },
  decide: { zh: '作出核定', en: 'Decide' },
  approveDecision: { zh: '批准核定', en: 'Approve the decision' },
  rejectDecision: { zh: '退回核定', en: 'Send the decision back' },
  pay: { zh: '登记赔付', en: 'Record payment' },
  refuse: { zh: '拒赔', en: 'Refuse' },
  close: { zh: '结案', en: 'Close' },
  archive: { zh: '归档', en: 'Archive' },
};

export const CLAIM_APPLICATION_EFFECTS = {
  recordDocuments: 'keeps each item’s receipt, original or copy, verification and return',
  issueMissingNotice:
    'freezes the list of everything still missing as the one notice to the customer (art. 22)',
  openHandoverClock:
    'stamps when the set became complete; the hand-over (3 working days) and decision (art. 23) deadlines start',
  recordTransmittal: 'keeps the transmittal list: items, original or copy, to whom, by whom',
  recordReceipt: 'keeps the insurer’s receipt confirmation; the hand-over deadline is met',
  recordAssessment: 'keeps the loss assessment and the assessed amount',
  recordAdvancePayment:
    'keeps the advance (exact amount, payee, basis, by whom); meets the art. 25 deadline; the payment later deducts it',
  recordDecision:
    'keeps the decision (pay, partial or refuse, amount, reasons); starts the payment (art. 23) or refusal-notice (art. 24) clock',
  openApproval: 'keeps the proposed decision and opens an approval at the level its amount needs',
  approvePending:
    'settles the approval as approved; the proposed decision becomes the decision (clocks as on decide)',
  rejectPending: 'settles the approval as rejected with the approver’s note; the proposal is dropped',
  recordPayment: 'stamps the payment',
  recordRefusal: 'stamps the refusal and keeps its reasons (art. 24)',
  markClosed: 'stamps the closing time; every open deadline of the case is met',
  markArchived: 'stamps the archiving time',
} as const;
export type ClaimApplicationEffect = keyof typeof CLAIM_APPLICATION_EFFECTS;
