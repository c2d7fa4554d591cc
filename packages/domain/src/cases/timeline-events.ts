import type { Label } from '../core/index.ts';
import type { TransferEvent } from './transfer.ts';

/**
 * Every `type` the server writes on a case timeline (case_events), with its words. The server's insertEvent takes
 * only these, so a new event does not compile until it is named here, and the console never shows a code.
 * Complaint moves are recorded on the same timeline under their event names (complaints/transitions.ts).
 */
export const TIMELINE_EVENT_TYPES = {
  created: { zh: '创建', en: 'Created' },
  note: { zh: '备注', en: 'Note' },
  answer: { zh: '答复', en: 'Answered' },
  // Issue #20: an article sent with a reply, a question asked of a colleague and its answer
  knowledgeArticleUsed: { zh: '答复引用知识文章', en: 'Knowledge article attached to the reply' },
  knowledgeQuestionAsked: { zh: '向同事/组长请教', en: 'Question asked of a colleague' },
  knowledgeQuestionAnswered: { zh: '请教已解答', en: 'Question answered' },
  start: { zh: '开始处理', en: 'Started' },
  resolve: { zh: '解决', en: 'Resolved' },
  close: { zh: '关闭', en: 'Closed' },
  reopen: { zh: '重新打开', en: 'Reopened' },
  transferRequested: { zh: '发起转交', en: 'Transfer requested' },
  transferAccepted: { zh: '接收转交', en: 'Transfer accepted' },
  transferDeclined: { zh: '拒绝转交', en: 'Transfer declined' },
  transferCancelled: { zh: '撤回转交', en: 'Transfer cancelled' },
  deadlineBreached: { zh: '时效超时', en: 'Deadline missed' },
  deadlineEscalated: { zh: '时效升级', en: 'Deadline escalated' },
  // Claim reports (C2, C3)
  claimReported: { zh: '报案登记', en: 'Report registered' },
  catastropheQuickReport: { zh: '巨灾简易报案登记', en: 'Catastrophe quick report registered' },
  catastropheReportCompleted: { zh: '巨灾简易报案已补全', en: 'Catastrophe quick report completed' },
  preliminaryCheckFailed: { zh: '初步审核未通过', en: 'Preliminary check failed' },
  majorCaseFlagged: { zh: '标记为重大案件', en: 'Flagged as major case' },
  majorFactsUpdated: { zh: '更新重大案件情况', en: 'Major-case facts updated' },
  majorCaseReported: { zh: '重大案件已呈报', en: 'Major case reported' },
  majorReportAcknowledged: { zh: '总公司已确认收到呈报', en: 'Head office acknowledged the report' },
  sceneSurveyRequested: { zh: '通知现场查勘', en: 'Scene survey requested' },
  refusalNoticeIssued: { zh: '出具不予受理通知', en: 'Refusal notice given' },
  // Claim applications (issue #14): the registration and the moves of the claim application table
  claimApplicationRegistered: { zh: '受理索赔申请', en: 'Claim application registered' },
  recordDocuments: { zh: '登记理赔材料', en: 'Documents recorded' },
  sendMissingNotice: { zh: '一次性告知补充材料', en: 'Missing-documents notice given' },
  markComplete: { zh: '理赔材料齐全', en: 'Documents complete' },
  handOver: { zh: '移交保险公司', en: 'Handed over to the insurer' },
  confirmReceipt: { zh: '保险公司已签收', en: 'Receipt confirmed by the insurer' },
  recordAssessment: { zh: '登记损失核定', en: 'Assessment recorded' },
  advancePay: { zh: '先予支付', en: 'Advance payment recorded' },
  pay: { zh: '已赔付', en: 'Paid' },
  refuse: { zh: '拒赔', en: 'Refused' },
  archive: { zh: '归档', en: 'Archived' },
  // Complaints: the moves of the complaint table, progress feedback, the report of a major complaint
  classify: { zh: '分类', en: 'Classified' },
  assign: { zh: '分派处理人', en: 'Handler assigned' },
  startInvestigation: { zh: '开始调查', en: 'Investigation started' },
  requestExtension: { zh: '申请延期', en: 'Extension requested' },
  approveExtension: { zh: '批准延期', en: 'Extension approved' },
  rejectExtension: { zh: '驳回延期', en: 'Extension rejected' },
  decide: { zh: '作出处理决定', en: 'Decided' },
  proposeDecision: { zh: '提交决定审批', en: 'Decision sent for approval' },
  approveDecision: { zh: '批准处理决定', en: 'Decision approved' },
  rejectDecision: { zh: '驳回处理决定', en: 'Decision rejected' },
  inform: { zh: '告知投诉人', en: 'Complainant informed' },
  recordCallback: { zh: '登记回访', en: 'Call-back recorded' },
  escalate: { zh: '升级处理', en: 'Escalated' },
  stopClock: { zh: '暂停计时（鉴定/调解）', en: 'Clock stopped (appraisal / mediation)' },
  resumeClock: { zh: '恢复计时', en: 'Clock resumed' },
  newFacts: { zh: '新事实重新计时', en: 'New facts: clock restarted' },
  withdraw: { zh: '投诉人撤回', en: 'Withdrawn by the complainant' },
  requestReview: { zh: '登记核查申请', en: 'Review application recorded' },
  decideReview: { zh: '作出核查决定', en: 'Review decided' },
  feedback: { zh: '进度反馈', en: 'Progress feedback' },
  majorComplaint: { zh: '重大投诉已报告总公司', en: 'Major complaint reported to head office' },
  // Surrenders and endorsements (issue 15, seed 003 第五条、第六条)
  policyServiceReceived: { zh: '受理保全申请', en: 'Policy service request received' },
  serviceDocumentsRecorded: { zh: '登记所需材料', en: 'Documents recorded' },
  serviceHandedOver: { zh: '移交保险公司办理', en: 'Handed to the insurer' },
  serviceCompleted: { zh: '办结', en: 'Completed' },
  serviceDeclined: { zh: '保险公司未予办理', en: 'Declined by the insurer' },
  serviceWithdrawn: { zh: '客户撤回申请', en: 'Withdrawn by the customer' },
} as const satisfies Record<string, Label>;

export type TimelineEventType = keyof typeof TIMELINE_EVENT_TYPES;

/** The timeline event each hand-over move leaves (the audit action is `case.` and the same name). */
export const TRANSFER_TIMELINE_TYPES = {
  request: 'transferRequested',
  accept: 'transferAccepted',
  decline: 'transferDeclined',
  cancel: 'transferCancelled',
} as const satisfies Record<TransferEvent, TimelineEventType>;

/** For names composed at run time (a machine's move): registered or not. */
export const isTimelineEventType = (s: string): s is TimelineEventType =>
  Object.hasOwn(TIMELINE_EVENT_TYPES, s);
