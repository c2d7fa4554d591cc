import type { CaseStatus } from '../cases/index.ts';
import { defineMachine, type MoveRow } from '../workflow/index.ts';
import { COMPLAINT_GUARDS, type ComplaintFacts, type ComplaintGuard } from './guards.ts';
import {
  COMPLAINT_EFFECTS,
  COMPLAINT_EVENT_LABELS,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_STATES,
  type ComplaintEffect,
  type ComplaintEvent,
  type ComplaintState,
} from './vocabulary.ts';

export type { ComplaintFacts, ComplaintGuard } from './guards.ts';
export * from './vocabulary.ts';

type Row = MoveRow<ComplaintState, ComplaintEvent, ComplaintGuard, ComplaintEffect>;

const ART_15 = '办法 (2020) art. 15: 撤回之日终止';
const ART_18_1 = '办法 (2020) art. 18 ¶1: 15 日, 复杂的延长至 30 日, 再延长 30 日';
const ART_19 = '办法 (2020) art. 19: 告知核实情况、依据和理由';
const ART_20 = '办法 (2020) art. 20: 30 日内向上级机构书面申请核查';
const SEED_002 = 'seed 002 §三(二) 投诉处理流程';

/**
 * The decision clock runs from receipt until the decision is made; once someone is responsible for the complaint it
 * can be stopped and resumed (appraisal, mediation) and restarted when the complainant brings new facts and reasons
 * (办法 2020 art. 18 ¶3: "处理期限自收到新的投诉材料之日起重新计算"). Each is a move of the same state onto itself.
 */
const CLOCK_STATES = ['assigned', 'investigating', 'extensionRequested', 'extended'] as const;
const clockMoves = (): Row[] =>
  CLOCK_STATES.flatMap((from): Row[] => [
    {
      from,
      event: 'stopClock',
      guards: ['ownerOrLead', 'note', 'running'],
      to: from,
      effects: ['stopDecisionClock'],
      source: '办法 (2020) arts. 18 ¶2 (鉴定), 23 (调解)',
    },
    {
      from,
      event: 'resumeClock',
      guards: ['ownerOrLead', 'stopped'],
      to: from,
      effects: ['resumeDecisionClock'],
      source: '办法 (2020) arts. 18 ¶2, 23',
    },
    {
      from,
      event: 'newFacts',
      guards: ['ownerOrLead', 'note'],
      to: from,
      effects: ['restartForNewFacts'],
      source: '办法 (2020) art. 18 ¶3',
    },
  ]);

/**
 * 办法 (2020) art. 15: the complainant may withdraw; "消费投诉处理程序自银行保险机构收到撤回申请当日终止", so from
 * any open state the complaint ends that day, with how the withdrawal arrived as its note.
 */
const withdrawMoves = (): Row[] =>
  COMPLAINT_STATES.filter((s) => s !== 'closed').map(
    (from): Row => ({
      from,
      event: 'withdraw',
      guards: ['ownerOrLead', 'note'],
      to: 'closed',
      effects: ['endForWithdrawal', 'markClosed'],
      source: ART_15,
    }),
  );

/**
 * 办法 (2020) art. 20: a complainant who disputes a branch's decision may apply in writing to the institution above
 * within 30 days of receiving it; that institution reviews (核查) and decides within 30 days. The application is
 * recorded and decided by a lead of that institution; the review decision ends the complaint again.
 */
const reviewMoves = (): Row[] => [
  ...(['informed', 'calledBack', 'closed'] as const).map(
    (from): Row => ({
      from,
      event: 'requestReview',
      guards: ['superior', 'reviewable', 'reviewInTime', 'note'],
      to: 'reviewing',
      effects: ['openReview'],
      source: ART_20,
    }),
  ),
  {
    from: 'reviewing',
    event: 'decideReview',
    guards: ['superior', 'note'],
    to: 'closed',
    effects: ['recordReview', 'markClosed'],
    source: ART_20,
  },
];

/** Investigating (with or without an extension): ask for more time, or decide, within authority or for approval. */
const investigate = (from: 'investigating' | 'extended'): Row[] => [
  {
    from,
    event: 'requestExtension',
    guards: ['owner', 'note', 'extension', 'inTime'],
    to: 'extensionRequested',
    effects: ['openApproval'],
    source: ART_18_1,
  },
  {
    from,
    event: 'decide',
    guards: ['owner', 'note', 'running', 'withinAuthority'],
    to: 'decided',
    effects: ['recordDecision'],
    source: ART_19,
  },
  // Above the handler's authority the same request goes to the approval inbox (authority table).
  {
    from,
    event: 'decide',
    as: 'proposeDecision',
    guards: ['owner', 'note', 'running', 'aboveAuthority'],
    to: 'decisionProposed',
    effects: ['recordDecision', 'openApproval'],
    source: ART_19,
  },
];

const ROWS: Row[] = [
  {
    from: 'received',
    event: 'classify',
    guards: ['ownerOrLead'],
    to: 'classified',
    effects: ['setClassification'],
    source: `${SEED_002}; 办法 (2020) art. 29`,
  },
  {
    from: 'classified',
    event: 'classify',
    guards: ['ownerOrLead'],
    to: 'classified',
    effects: ['setClassification'],
    source: `${SEED_002}; 办法 (2020) art. 29`,
  },
  {
    from: 'classified',
    event: 'assign',
    guards: ['lead', 'noInterest'],
    to: 'assigned',
    effects: ['setHandler'],
    source: `${SEED_002}; 办法 (2020) 回避制度`,
  },
  {
    from: 'assigned',
    event: 'assign',
    guards: ['lead', 'noInterest'],
    to: 'assigned',
    effects: ['setHandler'],
    source: `${SEED_002}; 办法 (2020) 回避制度`,
  },
  { from: 'assigned', event: 'startInvestigation', guards: ['owner'], to: 'investigating', effects: [] },
  ...investigate('investigating'),
  {
    from: 'extensionRequested',
    event: 'approveExtension',
    guards: ['approver', 'notRequester'],
    to: 'extended',
    effects: ['approvePending', 'extendDecisionDeadline'],
    source: ART_18_1,
  },
  {
    from: 'extensionRequested',
    event: 'rejectExtension',
    guards: ['approver', 'notRequester', 'note'],
    to: 'investigating',
    effects: ['rejectPending'],
    source: ART_18_1,
  },
  ...investigate('extended'),
  {
    from: 'decisionProposed',
    event: 'approveDecision',
    guards: ['approver', 'notRequester'],
    to: 'decided',
    effects: ['approvePending'],
  },
  {
    from: 'decisionProposed',
    event: 'rejectDecision',
    guards: ['approver', 'notRequester', 'note'],
    to: 'investigating',
    effects: ['rejectPending'],
  },
  {
    from: 'decided',
    event: 'inform',
    guards: ['ownerOrLead'],
    to: 'informed',
    effects: ['notifyComplainant', 'openCallbackDeadline'],
    source: `${ART_18_1} (告知投诉人); ${ART_19}`,
  },
  {
    from: 'informed',
    event: 'recordCallback',
    guards: ['ownerOrLead'],
    to: 'calledBack',
    effects: ['recordCallback'],
    source: 'seed 002 §三(二)5 回访',
  },
  {
    from: 'calledBack',
    event: 'close',
    guards: ['ownerOrLead', 'satisfied'],
    to: 'closed',
    effects: ['markClosed'],
    source: 'seed 002 §三(二)5 回访',
  },
  {
    from: 'calledBack',
    event: 'reopen',
    guards: ['ownerOrLead', 'unsatisfied', 'note'],
    to: 'investigating',
    effects: ['restartDecisionDeadline'],
    source: 'seed 002 §三(二)5 回访',
  },
  {
    from: 'calledBack',
    event: 'escalate',
    guards: ['ownerOrLead', 'unsatisfied', 'note'],
    to: 'classified',
    effects: ['raiseHandlerLevel', 'restartDecisionDeadline'],
    source: 'seed 002 §二(三) 投诉分级处理',
  },
  ...clockMoves(),
  ...reviewMoves(),
  ...withdrawMoves(),
];

/**
 * Every legal move of a complaint, on one screen:
 * received → classified → assigned → investigating → (extensionRequested → extended) → decided, or
 * decisionProposed → (approval) → decided → informed → calledBack → closed; an unsatisfied call-back reopens
 * the investigation or escalates to a higher handler level; a branch's decision can go to review above it.
 */
export const COMPLAINT_MACHINE = defineMachine<ComplaintFacts>()({
  id: 'complaint',
  title: { zh: '投诉', en: 'Complaint' },
  source:
    'Consumer complaints under the 银行保险机构消费投诉处理管理办法 (2020) and the centre’s procedure (seed 002 §三(二)).',
  initial: 'received',
  states: COMPLAINT_STATE_LABELS,
  events: COMPLAINT_EVENT_LABELS,
  guards: COMPLAINT_GUARDS,
  effects: COMPLAINT_EFFECTS,
  rows: ROWS,
  notAllowed: 'TRANSITION_NOT_ALLOWED',
});

/** The general case status a complaint state shows as in the case list. */
export const caseStatusOfComplaint = (state: ComplaintState): CaseStatus => {
  if (state === 'received') return 'new';
  if (state === 'closed') return 'closed';
  if (state === 'decided' || state === 'informed' || state === 'calledBack') return 'resolved';
  return 'inProgress';
};

/** States a complaint can give the complainant progress feedback in (seed 002 §三(二)4 定期反馈). */
export const FEEDBACK_STATES: readonly ComplaintState[] = COMPLAINT_STATES.filter((s) => s !== 'closed');

/** Board columns in flow order: every state but closed ones older than the board's window. */
export const BOARD_COLUMNS: readonly ComplaintState[] = COMPLAINT_STATES;
