/** The guards of the complaint transition table (transitions.ts), each with the code a refusal carries. */

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

export type Guard = { code: string; test: (c: ComplaintContext) => boolean };

export const owner: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner };
export const ownerOrLead: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner || c.canSupervise };
export const lead: Guard = { code: 'SUPERVISOR_REQUIRED', test: (c) => c.canSupervise };
export const note: Guard = { code: 'NOTE_REQUIRED', test: (c) => (c.note ?? '').trim().length > 0 };
export const authority: Guard = { code: 'APPROVAL_AUTHORITY_EXCEEDED', test: (c) => c.hasAuthority };
export const needsApproval: Guard = { code: 'WITHIN_OWN_AUTHORITY', test: (c) => !c.hasAuthority };
export const notRequester: Guard = { code: 'SELF_APPROVAL_FORBIDDEN', test: (c) => !c.isRequester };
export const noInterest: Guard = { code: 'AVOIDANCE_CONFLICT', test: (c) => !c.assigneeHasInterest };
export const extension: Guard = { code: 'EXTENSION_NOT_AVAILABLE', test: (c) => c.extensionAvailable };
export const inTime: Guard = { code: 'EXTENSION_TOO_LATE', test: (c) => c.beforeDue };
export const satisfied: Guard = { code: 'COMPLAINANT_NOT_SATISFIED', test: (c) => c.satisfied === true };
export const unsatisfied: Guard = { code: 'COMPLAINANT_SATISFIED', test: (c) => c.satisfied === false };
export const running: Guard = { code: 'COMPLAINT_CLOCK_STOPPED', test: (c) => !c.clockStopped };
export const stopped: Guard = { code: 'COMPLAINT_CLOCK_RUNNING', test: (c) => c.clockStopped };
export const superior: Guard = {
  code: 'REVIEW_BY_SUPERIOR_ONLY',
  test: (c) => c.atSuperior && c.canSupervise,
};
export const reviewable: Guard = { code: 'REVIEW_NOT_AVAILABLE', test: (c) => c.reviewAvailable };
export const reviewInTime: Guard = { code: 'REVIEW_TOO_LATE', test: (c) => c.inReviewWindow };
