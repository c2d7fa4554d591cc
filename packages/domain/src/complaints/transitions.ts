import type { CaseStatus } from '../cases/index.ts';
import type { Refusal } from '../core/index.ts';
import {
  authority,
  type ComplaintContext,
  extension,
  type Guard,
  inTime,
  lead,
  needsApproval,
  noInterest,
  note,
  notRequester,
  owner,
  ownerOrLead,
  reviewable,
  reviewInTime,
  running,
  satisfied,
  stopped,
  superior,
  unsatisfied,
} from './guards.ts';

export type { ComplaintContext } from './guards.ts';

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

export const COMPLAINT_EVENTS = [
  'classify',
  'assign',
  'startInvestigation',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
  'decide',
  'proposeDecision',
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

export type ComplaintEffect =
  | 'setClassification'
  | 'setHandler'
  | 'openApproval'
  | 'approvePending'
  | 'rejectPending'
  | 'extendDecisionDeadline'
  | 'recordDecision'
  | 'notifyComplainant'
  | 'openCallbackDeadline'
  | 'recordCallback'
  | 'restartDecisionDeadline'
  | 'stopDecisionClock'
  | 'resumeDecisionClock'
  | 'restartForNewFacts'
  | 'raiseHandlerLevel'
  | 'endForWithdrawal'
  | 'openReview'
  | 'recordReview'
  | 'markClosed';

export type ComplaintTransition = {
  from: ComplaintState;
  event: ComplaintEvent;
  guards: readonly Guard[];
  to: ComplaintState;
  effects: readonly ComplaintEffect[];
};

/**
 * The decision clock runs from receipt until the decision is made; once someone is responsible for the complaint it
 * can be stopped and resumed (appraisal, mediation) and restarted when the complainant brings new facts and reasons (办法 2020 art. 18 ¶3:
 * "处理期限自收到新的投诉材料之日起重新计算"). Each is a move of the same state onto itself.
 */
const CLOCK_STATES = ['assigned', 'investigating', 'extensionRequested', 'extended'] as const;
const clockMoves = (): ComplaintTransition[] =>
  CLOCK_STATES.flatMap((from): ComplaintTransition[] => [
    {
      from,
      event: 'stopClock',
      guards: [ownerOrLead, note, running],
      to: from,
      effects: ['stopDecisionClock'],
    },
    {
      from,
      event: 'resumeClock',
      guards: [ownerOrLead, stopped],
      to: from,
      effects: ['resumeDecisionClock'],
    },
    { from, event: 'newFacts', guards: [ownerOrLead, note], to: from, effects: ['restartForNewFacts'] },
  ]);

/**
 * 办法 (2020) art. 15: the complainant may withdraw; "消费投诉处理程序自银行保险机构收到撤回申请当日终止", so from
 * any open state the complaint ends that day, with how the withdrawal arrived as its note.
 */
const withdrawMoves = (): ComplaintTransition[] =>
  COMPLAINT_STATES.filter((s) => s !== 'closed').map((from) => ({
    from,
    event: 'withdraw',
    guards: [ownerOrLead, note],
    to: 'closed',
    effects: ['endForWithdrawal', 'markClosed'],
  }));

/**
 * 办法 (2020) art. 20: a complainant who disputes a branch's decision may apply in writing to the institution above
 * within 30 days of receiving it; that institution reviews (核查) and decides within 30 days. The application is
 * recorded and decided by a lead of that institution; the review decision ends the complaint again.
 */
const reviewMoves = (): ComplaintTransition[] => [
  ...(['informed', 'calledBack', 'closed'] as const).map(
    (from): ComplaintTransition => ({
      from,
      event: 'requestReview',
      guards: [superior, reviewable, reviewInTime, note],
      to: 'reviewing',
      effects: ['openReview'],
    }),
  ),
  {
    from: 'reviewing',
    event: 'decideReview',
    guards: [superior, note],
    to: 'closed',
    effects: ['recordReview', 'markClosed'],
  },
];

const investigate = (from: 'investigating' | 'extended'): ComplaintTransition[] => [
  {
    from,
    event: 'requestExtension',
    guards: [owner, note, extension, inTime],
    to: 'extensionRequested',
    effects: ['openApproval'],
  },
  {
    from,
    event: 'decide',
    guards: [owner, note, running, authority],
    to: 'decided',
    effects: ['recordDecision'],
  },
  {
    from,
    event: 'proposeDecision',
    guards: [owner, note, running, needsApproval],
    to: 'decisionProposed',
    effects: ['recordDecision', 'openApproval'],
  },
];

/**
 * Every legal move of a complaint, on one screen:
 * received → classified → assigned → investigating → (extensionRequested → extended) → decide, or
 * decisionProposed → (approval) → decided → informed → calledBack → closed; an unsatisfied call-back reopens
 * the investigation or escalates to a higher handler level; a branch's decision can go to review above it.
 */
export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  {
    from: 'received',
    event: 'classify',
    guards: [ownerOrLead],
    to: 'classified',
    effects: ['setClassification'],
  },
  {
    from: 'classified',
    event: 'classify',
    guards: [ownerOrLead],
    to: 'classified',
    effects: ['setClassification'],
  },
  {
    from: 'classified',
    event: 'assign',
    guards: [lead, noInterest],
    to: 'assigned',
    effects: ['setHandler'],
  },
  { from: 'assigned', event: 'assign', guards: [lead, noInterest], to: 'assigned', effects: ['setHandler'] },
  { from: 'assigned', event: 'startInvestigation', guards: [owner], to: 'investigating', effects: [] },
  ...investigate('investigating'),
  {
    from: 'extensionRequested',
    event: 'approveExtension',
    guards: [authority, notRequester],
    to: 'extended',
    effects: ['approvePending', 'extendDecisionDeadline'],
  },
  {
    from: 'extensionRequested',
    event: 'rejectExtension',
    guards: [authority, notRequester, note],
    to: 'investigating',
    effects: ['rejectPending'],
  },
  ...investigate('extended'),
  {
    from: 'decisionProposed',
    event: 'approveDecision',
    guards: [authority, notRequester],
    to: 'decided',
    effects: ['approvePending'],
  },
  {
    from: 'decisionProposed',
    event: 'rejectDecision',
    guards: [authority, notRequester, note],
    to: 'investigating',
    effects: ['rejectPending'],
  },
  {
    from: 'decided',
    event: 'inform',
    guards: [ownerOrLead],
    to: 'informed',
    effects: ['notifyComplainant', 'openCallbackDeadline'],
  },
  {
    from: 'informed',
    event: 'recordCallback',
    guards: [ownerOrLead],
    to: 'calledBack',
    effects: ['recordCallback'],
  },
  {
    from: 'calledBack',
    event: 'close',
    guards: [ownerOrLead, satisfied],
    to: 'closed',
    effects: ['markClosed'],
  },
  {
    from: 'calledBack',
    event: 'reopen',
    guards: [ownerOrLead, unsatisfied, note],
    to: 'investigating',
    effects: ['restartDecisionDeadline'],
  },
  {
    from: 'calledBack',
    event: 'escalate',
    guards: [ownerOrLead, unsatisfied, note],
    to: 'classified',
    effects: ['raiseHandlerLevel', 'restartDecisionDeadline'],
  },
  ...clockMoves(),
  ...reviewMoves(),
  ...withdrawMoves(),
];

export type ComplaintTransitionResult =
  | { ok: true; to: ComplaintState; effects: readonly ComplaintEffect[] }
  | Refusal;

export const nextComplaintState = (
  from: ComplaintState,
  event: ComplaintEvent,
  ctx: ComplaintContext,
): ComplaintTransitionResult => {
  const row = COMPLAINT_TRANSITIONS.find((r) => r.from === from && r.event === event);
  if (!row) return { ok: false, code: 'TRANSITION_NOT_ALLOWED', details: { from, event } };
  const failed = row.guards.find((g) => !g.test(ctx));
  if (failed) return { ok: false, code: failed.code, details: { from, event } };
  return { ok: true, to: row.to, effects: row.effects };
};

/** Guards that depend on what the user will type or choose, not on who they are: the UI asks for them. */
const INPUT_GUARDS = new Set(['NOTE_REQUIRED', 'AVOIDANCE_CONFLICT']);

/** Events the UI may offer this actor now: legal from this state and passing every guard but input ones. */
export const availableComplaintEvents = (
  from: ComplaintState,
  ctx: Omit<ComplaintContext, 'note' | 'assigneeHasInterest'>,
): ComplaintEvent[] =>
  COMPLAINT_TRANSITIONS.filter(
    (r) =>
      r.from === from &&
      r.guards.every(
        (g) => INPUT_GUARDS.has(g.code) || g.test({ ...ctx, note: undefined, assigneeHasInterest: false }),
      ),
  ).map((r) => r.event);

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
