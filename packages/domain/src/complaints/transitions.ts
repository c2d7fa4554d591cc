import type { CaseStatus } from '../cases/index.ts';
import type { Refusal } from '../core/index.ts';

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
] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

/** What the guards need; the service fills it in from the actor, the complaint and the request. */
export type ComplaintContext = {
  /** The case owner: the intake agent until assignment, then the responsible handler. */
  isOwner: boolean;
  /** Team lead or above in scope (case.supervise). */
  canSupervise: boolean;
  /** The actor's approval level covers what the pending item (or this decision) needs. */
  hasAuthority: boolean;
  /** The actor asked for the pending item: nobody approves their own request. */
  isRequester: boolean;
  extensionAvailable: boolean;
  /** The decision deadline has not passed: an extension must be asked for in time. */
  beforeDue: boolean;
  /** The chosen handler has a direct interest in the complained matter (avoidance). */
  assigneeHasInterest: boolean;
  /** From the call-back: null until there is one. */
  satisfied: boolean | null;
  /** The decision clock is stopped for an appraisal or a mediation (办法 2020 arts. 18 ¶2, 23). */
  clockStopped: boolean;
  note: string | undefined;
};

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
  | 'markClosed';

type Guard = { code: string; test: (c: ComplaintContext) => boolean };

export type ComplaintTransition = {
  from: ComplaintState;
  event: ComplaintEvent;
  guards: readonly Guard[];
  to: ComplaintState;
  effects: readonly ComplaintEffect[];
};

const owner: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner };
const ownerOrLead: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner || c.canSupervise };
const lead: Guard = { code: 'SUPERVISOR_REQUIRED', test: (c) => c.canSupervise };
const note: Guard = { code: 'NOTE_REQUIRED', test: (c) => (c.note ?? '').trim().length > 0 };
const authority: Guard = { code: 'APPROVAL_AUTHORITY_EXCEEDED', test: (c) => c.hasAuthority };
const needsApproval: Guard = { code: 'WITHIN_OWN_AUTHORITY', test: (c) => !c.hasAuthority };
const notRequester: Guard = { code: 'SELF_APPROVAL_FORBIDDEN', test: (c) => !c.isRequester };
const noInterest: Guard = { code: 'AVOIDANCE_CONFLICT', test: (c) => !c.assigneeHasInterest };
const extension: Guard = { code: 'EXTENSION_NOT_AVAILABLE', test: (c) => c.extensionAvailable };
const inTime: Guard = { code: 'EXTENSION_TOO_LATE', test: (c) => c.beforeDue };
const satisfied: Guard = { code: 'COMPLAINANT_NOT_SATISFIED', test: (c) => c.satisfied === true };
const unsatisfied: Guard = { code: 'COMPLAINANT_SATISFIED', test: (c) => c.satisfied === false };
const running: Guard = { code: 'COMPLAINT_CLOCK_STOPPED', test: (c) => !c.clockStopped };
const stopped: Guard = { code: 'COMPLAINT_CLOCK_RUNNING', test: (c) => c.clockStopped };

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
 * the investigation or escalates to a higher handler level.
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
