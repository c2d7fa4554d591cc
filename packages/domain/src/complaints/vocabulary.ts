import type { Label } from '../workflow/index.ts';

/** The complaint flow of issue #6; `extended` is investigating with an approved longer limit. */
export const COMPLAINT_STATES = [
  'received',
  'classified',
  'assigned',
  'investigating',
  'extensionRequested',
  'extended',
  'decisionProposed',
  'decided',
  'informed',
  'calledBack',
  'reviewing',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/**
 * What a person may ask for. A decision above the handler's authority is still `decide`: the machine records it
 * as `proposeDecision` (a second row), so no client sends that name and no server rewrites the event.
 */
export const COMPLAINT_EVENTS = [
  'classify',
  'assign',
  'startInvestigation',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
  'decide',
  'approveDecision',
  'rejectDecision',
  'inform',
  'recordCallback',
  'close',
  'reopen',
  'escalate',
  'stopClock',
  'resumeClock',
  'newFacts',
  'withdraw',
  'requestReview',
  'decideReview',
] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

/** Every effect a row may name, with the line the docs show; the server gives each a handler. */
export const COMPLAINT_EFFECTS = {
  setClassification:
    'urgency × complexity → handler level (classification matrix); art. 29 facts learnt since intake are kept and a newly major complaint is reported',
  setHandler: 'the chosen (or routed) handler becomes the case owner; a pending hand-over is cleared',
  openApproval: 'opens an approval at the level the extension stage or the decision amount needs',
  approvePending: 'settles the pending approval as approved (a decision is then taken)',
  rejectPending: 'settles the pending approval as rejected (a proposed decision is cleared)',
  extendDecisionDeadline: 'the decision deadline counts the longer limit of the approved stage',
  recordDecision: 'keeps the decision, findings, basis and remedy (办法 art. 19)',
  notifyComplainant: 'stamps when and how the complainant was told; the decision deadline is met',
  openCallbackDeadline: 'starts the call-back deadline',
  recordCallback: 'keeps the score and comment; the call-back deadline is met',
  restartDecisionDeadline: 'clears decision, notice and call-back; a new decision limit runs from today',
  stopDecisionClock: 'records the clock stop and pauses the decision deadline',
  resumeDecisionClock: 'ends the stop; the decision deadline moves by the time stopped',
  restartForNewFacts: 'ends any stop; the decision limit counts again from today at the base days',
  raiseHandlerLevel: 'the handler level goes one up',
  endForWithdrawal: 'records the withdrawal; a running stop ends and a pending approval is withdrawn',
  openReview: 'records the application and starts the review body’s 30 days',
  recordReview: 'keeps the review outcome and findings; the review deadline is met',
  markClosed: 'stamps the closing time; every open deadline of the case is met',
} as const;
export type ComplaintEffect = keyof typeof COMPLAINT_EFFECTS;

/** zh-CN first, as the console shows them (the same texts as its i18n tables). */
export const COMPLAINT_STATE_LABELS: { readonly [K in ComplaintState]: Label } = {
  received: { zh: '已受理', en: 'Received' },
  classified: { zh: '已分类', en: 'Classified' },
  assigned: { zh: '已分派', en: 'Assigned' },
  investigating: { zh: '调查中', en: 'Investigating' },
  extensionRequested: { zh: '延期待批', en: 'Extension requested' },
  extended: { zh: '已延期', en: 'Extended' },
  decisionProposed: { zh: '决定待批', en: 'Decision proposed' },
  decided: { zh: '已决定', en: 'Decided' },
  informed: { zh: '已告知', en: 'Complainant informed' },
  calledBack: { zh: '已回访', en: 'Called back' },
  reviewing: { zh: '核查中', en: 'Under review' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const COMPLAINT_EVENT_LABELS: { readonly [K in ComplaintEvent]: Label } = {
  classify: { zh: '分类', en: 'Classify' },
  assign: { zh: '分派处理人', en: 'Assign handler' },
  startInvestigation: { zh: '开始调查', en: 'Start investigation' },
  requestExtension: { zh: '申请延期', en: 'Request extension' },
  approveExtension: { zh: '批准延期', en: 'Approve extension' },
  rejectExtension: { zh: '驳回延期', en: 'Reject extension' },
  decide: { zh: '作出处理决定', en: 'Decide' },
  approveDecision: { zh: '批准处理决定', en: 'Approve decision' },
  rejectDecision: { zh: '驳回处理决定', en: 'Reject decision' },
  inform: { zh: '告知投诉人', en: 'Inform complainant' },
  recordCallback: { zh: '登记回访', en: 'Record call-back' },
  close: { zh: '结案', en: 'Close' },
  reopen: { zh: '重新处理', en: 'Reopen' },
  escalate: { zh: '升级处理', en: 'Escalate' },
  stopClock: { zh: '暂停计时（鉴定/调解）', en: 'Stop the clock (appraisal / mediation)' },
  resumeClock: { zh: '恢复计时', en: 'Resume the clock' },
  newFacts: { zh: '新事实重新计时', en: 'New facts: restart the clock' },
  withdraw: { zh: '投诉人撤回', en: 'Withdrawn by the complainant' },
  requestReview: { zh: '登记核查申请', en: 'Record a review application' },
  decideReview: { zh: '作出核查决定', en: 'Decide the review' },
};
