import type { GuardDef } from '../workflow/index.ts';

/** What the guards of the complaint machine (transitions.ts) read; the server fills it in from one locked load. */
export type ComplaintFacts = {
  /** The case owner: the intake agent until assignment, then the responsible handler. */
  isOwner: boolean;
  /** Team lead or above in scope (case.supervise). */
  canSupervise: boolean;
  /** The remedy amount and urgency of this decision are within the actor's approval level (authority table). */
  decisionWithinAuthority: boolean;
  /** The actor's approval level covers what the pending approval needs. */
  coversPending: boolean;
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
  /**
   * The actor works at an institution above the complaint's branch and neither handled nor decided it: a review
   * (核查) is theirs to handle.
   */
  atSuperior: boolean;
  /** The decision was a branch's: head office's own decisions have no review above them (办法 2020 art. 20). */
  reviewAvailable: boolean;
  /** Within 30 days of the complainant being told the decision (办法 2020 art. 20). */
  inReviewWindow: boolean;
  note: string | undefined;
};

/** The guards of the complaint machine, each with the code a refusal carries and the line the docs show. */
export const COMPLAINT_GUARDS = {
  owner: { code: 'NOT_CASE_OWNER', kind: 'actor', test: (f) => f.isOwner, doc: 'the case owner (handler)' },
  ownerOrLead: {
    code: 'NOT_CASE_OWNER',
    kind: 'actor',
    test: (f) => f.isOwner || f.canSupervise,
    doc: 'the case owner, or a team lead or above in scope',
  },
  lead: {
    code: 'SUPERVISOR_REQUIRED',
    kind: 'actor',
    test: (f) => f.canSupervise,
    doc: 'a team lead or above in scope',
  },
  approver: {
    code: 'APPROVAL_AUTHORITY_EXCEEDED',
    kind: 'actor',
    test: (f) => f.coversPending,
    doc: 'an approver whose level covers the pending request',
  },
  notRequester: {
    code: 'SELF_APPROVAL_FORBIDDEN',
    kind: 'actor',
    test: (f) => !f.isRequester,
    doc: 'not the person who asked for it',
  },
  superior: {
    code: 'REVIEW_BY_SUPERIOR_ONLY',
    kind: 'actor',
    test: (f) => f.atSuperior && f.canSupervise,
    doc: 'a lead at an institution above the deciding branch who neither handled nor decided it',
  },
  note: {
    code: 'NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a note (the reason, the request or the findings)',
  },
  // The amount is typed in the decision dialog, so whether it is within authority is known only on submit.
  withinAuthority: {
    code: 'APPROVAL_AUTHORITY_EXCEEDED',
    kind: 'input',
    test: (f) => f.decisionWithinAuthority,
    doc: 'the remedy amount and urgency are within the handler’s approval level',
  },
  aboveAuthority: {
    code: 'WITHIN_OWN_AUTHORITY',
    kind: 'input',
    test: (f) => !f.decisionWithinAuthority,
    doc: 'the remedy amount or urgency is above the handler’s approval level',
  },
  noInterest: {
    code: 'AVOIDANCE_CONFLICT',
    kind: 'input',
    test: (f) => !f.assigneeHasInterest,
    doc: 'the chosen handler has no direct interest in the complained matter (回避制度)',
  },
  extension: {
    code: 'EXTENSION_NOT_AVAILABLE',
    kind: 'state',
    test: (f) => f.extensionAvailable,
    doc: 'the complexity allows a further extension stage',
  },
  inTime: {
    code: 'EXTENSION_TOO_LATE',
    kind: 'state',
    test: (f) => f.beforeDue,
    doc: 'the decision deadline has not passed yet',
  },
  satisfied: {
    code: 'COMPLAINANT_NOT_SATISFIED',
    kind: 'state',
    test: (f) => f.satisfied === true,
    doc: 'the call-back found the complainant satisfied',
  },
  unsatisfied: {
    code: 'COMPLAINANT_SATISFIED',
    kind: 'state',
    test: (f) => f.satisfied === false,
    doc: 'the call-back found the complainant not satisfied',
  },
  running: {
    code: 'COMPLAINT_CLOCK_STOPPED',
    kind: 'state',
    test: (f) => !f.clockStopped,
    doc: 'the decision clock is running',
  },
  stopped: {
    code: 'COMPLAINT_CLOCK_RUNNING',
    kind: 'state',
    test: (f) => f.clockStopped,
    doc: 'the decision clock is stopped',
  },
  reviewable: {
    code: 'REVIEW_NOT_AVAILABLE',
    kind: 'state',
    test: (f) => f.reviewAvailable,
    doc: 'a branch’s decision, told to the complainant and not reviewed yet',
  },
  reviewInTime: {
    code: 'REVIEW_TOO_LATE',
    kind: 'state',
    test: (f) => f.inReviewWindow,
    doc: 'within 30 days of the complainant being told the decision',
  },
} as const satisfies Record<string, GuardDef<ComplaintFacts>>;

export type ComplaintGuard = keyof typeof COMPLAINT_GUARDS;
