import type { CaseStatus } from '../cases/index.ts';
import { defineMachine, type MoveRow } from '../workflow/index.ts';
import {
  CLAIM_APPLICATION_GUARDS,
  type ClaimApplicationFacts,
  type ClaimApplicationGuard,
} from './guards.ts';
import {
  CLAIM_APPLICATION_EFFECTS,
  CLAIM_APPLICATION_EVENT_LABELS,
  CLAIM_APPLICATION_STATE_LABELS,
  type ClaimApplicationEffect,
  type ClaimApplicationEvent,
  type ClaimApplicationState,
} from './vocabulary.ts';

type Row = MoveRow<
  ClaimApplicationState,
  ClaimApplicationEvent,
  ClaimApplicationGuard,
  ClaimApplicationEffect
>;

const SEED_003_4 = 'seed 003 §(四) 受理理赔申请、收集理赔资料';
const ART_22 = '保险法第二十二条：一次性通知补充提供';
const SEED_003_5 = 'seed 003 §(五)：收到理赔材料 3 个工作日内移交保险公司';
const SEED_004 = 'seed 004 四 理赔服务岗';
const ART_25 = '保险法第二十五条：60 日内数额不能确定的，先予支付可以确定的数额';

/**
 * Art. 25: once the insurer holds the materials and while the amount is still open, the determinable amount is
 * paid in advance, once; the decision and the payment later deduct it.
 */
const advance = (from: 'handedOver' | 'investigating' | 'assessed'): Row => ({
  from,
  event: 'advancePay',
  guards: [
    'claimsHandler',
    ...(from === 'handedOver' ? (['receiptConfirmed'] as const) : []),
    'noAdvanceYet',
    'advanceAmount',
    'payee',
    'basis',
  ],
  to: from,
  effects: ['recordAdvancePayment'],
  source: ART_25,
});

/** Documents come in over one or more visits, before and after the one notice of what is missing. */
const collecting = (from: 'received' | 'documentsIncomplete'): Row[] => [
  {
    from,
    event: 'recordDocuments',
    guards: ['desk'],
    to: from,
    effects: ['recordDocuments'],
    source: SEED_003_4,
  },
  {
    from,
    event: 'markComplete',
    guards: ['desk', 'complete'],
    to: 'complete',
    effects: ['openHandoverClock'],
    source: `${SEED_003_4}; 保险法第二十三条`,
  },
];

const ROWS: Row[] = [
  ...collecting('received'),
  // Art. 22 "一次性": the notice leaves `received` only, so it can be given once.
  {
    from: 'received',
    event: 'sendMissingNotice',
    guards: ['desk', 'incomplete'],
    to: 'documentsIncomplete',
    effects: ['issueMissingNotice'],
    source: ART_22,
  },
  ...collecting('documentsIncomplete'),
  {
    from: 'complete',
    event: 'handOver',
    guards: ['desk', 'recipient'],
    to: 'handedOver',
    effects: ['recordTransmittal'],
    source: SEED_003_5,
  },
  {
    from: 'handedOver',
    event: 'confirmReceipt',
    guards: ['desk', 'receiptPending', 'note'],
    to: 'handedOver',
    effects: ['recordReceipt'],
    source: SEED_003_5,
  },
  {
    from: 'handedOver',
    event: 'startInvestigation',
    guards: ['claimsHandler', 'receiptConfirmed'],
    to: 'investigating',
    effects: [],
    source: `${SEED_004} 2 理赔调查; seed 003 §(三)`,
  },
  advance('handedOver'),
  advance('investigating'),
  advance('assessed'),
  {
    from: 'investigating',
    event: 'recordAssessment',
    guards: ['claimsHandler', 'note'],
    to: 'assessed',
    effects: ['recordAssessment'],
    source: `${SEED_004} 4 损失核定`,
  },
  {
    from: 'assessed',
    event: 'decide',
    guards: ['claimsHandler', 'assessment', 'outcome', 'note', 'withinAuthority'],
    to: 'decided',
    effects: ['recordDecision'],
    source: `${SEED_004} 7 理赔决定; 保险法第二十三条`,
  },
  // Above the handler's authority the same request waits for a higher level (核决权限, authority table).
  {
    from: 'assessed',
    event: 'decide',
    as: 'proposeDecision',
    guards: ['claimsHandler', 'assessment', 'outcome', 'note', 'aboveAuthority'],
    to: 'decisionProposed',
    effects: ['openApproval'],
    source: `${SEED_004} 7 理赔决定; 核决权限`,
  },
  {
    from: 'decisionProposed',
    event: 'approveDecision',
    guards: ['approver', 'notRequester'],
    to: 'decided',
    effects: ['approvePending', 'recordDecision'],
    source: `${SEED_004} 7 理赔决定; 核决权限; 保险法第二十三条`,
  },
  {
    from: 'decisionProposed',
    event: 'rejectDecision',
    guards: ['approver', 'notRequester', 'note'],
    to: 'assessed',
    effects: ['rejectPending'],
    source: `${SEED_004} 7 理赔决定; 核决权限`,
  },
  {
    from: 'decided',
    event: 'pay',
    guards: ['claimsHandler', 'decidedToPay'],
    to: 'paid',
    effects: ['recordPayment'],
    source: '保险法第二十三条：达成协议后 10 日内履行',
  },
  {
    from: 'decided',
    event: 'refuse',
    guards: ['claimsHandler', 'decidedToRefuse', 'note'],
    to: 'refused',
    effects: ['recordRefusal'],
    source: '保险法第二十四条：3 日内发出拒绝通知书并说明理由',
  },
  ...(['paid', 'refused'] as const).map(
    (from): Row => ({
      from,
      event: 'close',
      guards: ['desk'],
      to: 'closed',
      effects: ['markClosed'],
      source: 'seed 004 二 9 结案处理',
    }),
  ),
  {
    from: 'closed',
    event: 'archive',
    guards: ['desk'],
    to: 'archived',
    effects: ['markArchived'],
    source: `${SEED_004} 8 理赔档案管理`,
  },
];

/**
 * A claim application from its reception to the archive (seed 004 二 理赔接待流程, 四 理赔服务岗):
 * received → (one notice of what is missing → documentsIncomplete) → complete → handedOver (receipt confirmed)
 * → investigating → assessed → (decisionProposed, approved above the handler's authority) → decided → paid or refused → closed → archived;
 * an advance payment (art. 25) may be recorded once between the insurer's receipt and the decision.
 */
export const CLAIM_APPLICATION_MACHINE = defineMachine<ClaimApplicationFacts>()({
  id: 'claimApplication',
  title: { zh: '索赔申请', en: 'Claim application' },
  source:
    'The claim application at the front desk (seed 003 §(四)(五), seed 004 二/四) under Insurance Law arts. 22–25.',
  initial: 'received',
  states: CLAIM_APPLICATION_STATE_LABELS,
  events: CLAIM_APPLICATION_EVENT_LABELS,
  guards: CLAIM_APPLICATION_GUARDS,
  effects: CLAIM_APPLICATION_EFFECTS,
  rows: ROWS,
  notAllowed: 'TRANSITION_NOT_ALLOWED',
});

/** The general case status an application shows as in the case list. */
export const caseStatusOfClaimApplication = (state: ClaimApplicationState): CaseStatus => {
  if (state === 'received') return 'new';
  if (state === 'closed' || state === 'archived') return 'closed';
  if (state === 'paid' || state === 'refused') return 'resolved';
  return 'inProgress';
};
