import { defineMachine } from '../workflow/index.ts';
import type { MajorCaseFacts, MajorCaseReason } from './major-case.rules.ts';

/**
 * What happens to a claim report after it is registered: facts that make it a major case, the 24-hour report to
 * head office that a major case owes, and the written notice a report that failed the preliminary check needs.
 */
export const CLAIM_REPORT_EVENTS = [
  'updateMajorFacts',
  'submitMajorReport',
  'recordNotice',
  'acknowledgeMajorReport',
] as const;
export type ClaimReportEvent = (typeof CLAIM_REPORT_EVENTS)[number];
export type ClaimReportState = 'ordinary' | 'majorFlagged' | 'majorReported' | 'majorAcknowledged';

/** What the follow-up rows need to know; the service fills it in inside the move's transaction. */
export type ClaimReportFacts = {
  /** For updateMajorFacts: the facts as given and the major-case criteria they meet; null for other moves. */
  major: { facts: MajorCaseFacts; reasons: readonly MajorCaseReason[] } | null;
  /** The report failed the preliminary check (信息初步审核), so the customer is told why in writing. */
  checkFailed: boolean;
  /** The person works at head office itself (the root of the branch tree) and reviews major cases. */
  atHeadOffice: boolean;
};

/**
 * The stored follow-up state: once flagged a report stays major; reported once the form went to head office;
 * acknowledged once head office has read it.
 */
export const claimReportStateOf = (r: {
  major: boolean;
  reportedAt: Date | null;
  acknowledgedAt: Date | null;
}): ClaimReportState =>
  r.acknowledgedAt !== null
    ? 'majorAcknowledged'
    : r.reportedAt !== null
      ? 'majorReported'
      : r.major
        ? 'majorFlagged'
        : 'ordinary';

const MAJOR_CASE = 'seed 003 重大案件: 了解情况的24[小时]内向总部呈报';
const PRELIMINARY_CHECK =
  'seed 003 §(二) 信息初步审核: 不予受理的, 书面告知客户, 复印相关资料存档, 原件返还客户';

export const CLAIM_REPORT_MACHINE = defineMachine<ClaimReportFacts>()({
  id: 'claimReport',
  title: { zh: '报案跟进', en: 'Claim-report follow-up' },
  source: `A major case is reported to head office within 24 hours of learning of it (${MAJOR_CASE}); a report that fails the preliminary check gets a written notice (${PRELIMINARY_CHECK}).`,
  initial: 'ordinary',
  states: {
    ordinary: { zh: '一般报案', en: 'Ordinary' },
    majorFlagged: { zh: '重大案件待呈报', en: 'Major case, report owed' },
    majorReported: { zh: '重大案件已呈报', en: 'Major case reported' },
    majorAcknowledged: { zh: '总公司已确认收到', en: 'Acknowledged by head office' },
  },
  events: {
    updateMajorFacts: { zh: '更新重大案件情况', en: 'Update major-case facts' },
    submitMajorReport: { zh: '填写重大案件呈报表', en: 'Major-case report' },
    recordNotice: { zh: '记录通知', en: 'Record notice' },
    acknowledgeMajorReport: { zh: '确认收到呈报', en: 'Acknowledge the report' },
  },
  guards: {
    // Never a refusal of its own: when it fails, the plain update below takes the move.
    becomesMajor: {
      code: 'MAJOR_CASE_NOT_FLAGGED',
      kind: 'input',
      test: (f) => (f.major?.reasons.length ?? 0) > 0,
      doc: 'the facts given meet a major-case criterion',
    },
    checkFailed: {
      code: 'CLAIM_NOTICE_NOT_NEEDED',
      kind: 'state',
      test: (f) => f.checkFailed,
      doc: 'the report failed the preliminary check',
    },
    atHeadOffice: {
      code: 'MAJOR_REPORT_HEAD_OFFICE_ONLY',
      kind: 'actor',
      test: (f) => f.atHeadOffice,
      doc: 'the person reviews major cases at head office itself (not a branch)',
    },
  },
  effects: {
    saveMajorFacts: 'keeps the facts and the criteria they meet (a flagged report stays major)',
    flagMajor: 'stamps when the report became a major case',
    startReportClock: 'opens the 24-hour deadline of the report to head office',
    recordReport: 'keeps the report form and when it was sent',
    meetReportDeadline: 'meets the 24-hour deadline',
    notifyHeadOffice:
      'notifies every active head-office person responsible (headOffice, head-office supervisor) with the reasons',
    recordAcknowledgement: 'stamps who at head office acknowledged the report, and when',
    recordNotice: 'stamps the first notice, and whether copies were archived and originals returned',
  },
  rows: [
    {
      from: 'ordinary',
      event: 'updateMajorFacts',
      as: 'majorCaseFlagged',
      guards: ['becomesMajor'],
      to: 'majorFlagged',
      effects: ['saveMajorFacts', 'flagMajor', 'startReportClock', 'notifyHeadOffice'],
      source: MAJOR_CASE,
    },
    { from: 'ordinary', event: 'updateMajorFacts', guards: [], to: 'ordinary', effects: ['saveMajorFacts'] },
    {
      from: 'majorFlagged',
      event: 'updateMajorFacts',
      guards: [],
      to: 'majorFlagged',
      effects: ['saveMajorFacts'],
    },
    {
      from: 'majorReported',
      event: 'updateMajorFacts',
      guards: [],
      to: 'majorReported',
      effects: ['saveMajorFacts'],
    },
    {
      from: 'majorAcknowledged',
      event: 'updateMajorFacts',
      guards: [],
      to: 'majorAcknowledged',
      effects: ['saveMajorFacts'],
    },
    {
      from: 'majorFlagged',
      event: 'submitMajorReport',
      guards: [],
      to: 'majorReported',
      effects: ['recordReport', 'meetReportDeadline', 'notifyHeadOffice'],
      source: MAJOR_CASE,
    },
    {
      from: 'majorReported',
      event: 'acknowledgeMajorReport',
      guards: ['atHeadOffice'],
      to: 'majorAcknowledged',
      effects: ['recordAcknowledgement'],
      source: MAJOR_CASE,
    },
    {
      from: 'ordinary',
      event: 'recordNotice',
      guards: ['checkFailed'],
      to: 'ordinary',
      effects: ['recordNotice'],
      source: PRELIMINARY_CHECK,
    },
    {
      from: 'majorFlagged',
      event: 'recordNotice',
      guards: ['checkFailed'],
      to: 'majorFlagged',
      effects: ['recordNotice'],
      source: PRELIMINARY_CHECK,
    },
    {
      from: 'majorReported',
      event: 'recordNotice',
      guards: ['checkFailed'],
      to: 'majorReported',
      effects: ['recordNotice'],
      source: PRELIMINARY_CHECK,
    },
    {
      from: 'majorAcknowledged',
      event: 'recordNotice',
      guards: ['checkFailed'],
      to: 'majorAcknowledged',
      effects: ['recordNotice'],
      source: PRELIMINARY_CHECK,
    },
  ],
  // Only a flagged report owes the report to head office, and only once; only a sent report can be acknowledged.
  notAllowed: (from, event) =>
    event === 'acknowledgeMajorReport'
      ? from === 'majorAcknowledged'
        ? 'MAJOR_REPORT_ALREADY_ACKNOWLEDGED'
        : 'MAJOR_REPORT_NOT_SENT'
      : from === 'majorReported' || from === 'majorAcknowledged'
        ? 'MAJOR_CASE_ALREADY_REPORTED'
        : 'MAJOR_CASE_NOT_FLAGGED',
});
