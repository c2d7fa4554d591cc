import type { GuardDef } from '../workflow/index.ts';

/** What the guards of the claim application machine read; the server fills it in from one locked load. */
export type ClaimApplicationFacts = {
  /** The case owner: the front-desk person who took the application (首问负责). */
  isOwner: boolean;
  /** The actor's role is claims handler (理赔服务岗, seed 004 四). */
  isClaimsHandler: boolean;
  /** Team lead or above in scope (case.supervise). */
  canSupervise: boolean;
  /** Every item of the application's checklist is received and verified (checklist.ts isComplete). */
  setComplete: boolean;
  receiptConfirmed: boolean;
  hasAssessment: boolean;
  /** The decision's outcome once decided; null before. */
  decision: 'pay' | 'refuse' | null;
  note: string | undefined;
  /** To whom the materials go (the hand-over input). */
  recipient: string | undefined;
  /** The outcome the decision dialog chose. */
  outcome: 'pay' | 'partial' | 'refuse' | undefined;
  /** The amount at stake is within the actor's approval level (decision.ts requiredApprovalLevel, levelCovers). */
  decisionWithinAuthority: boolean;
  /** The actor's level covers the level the pending approval needs. */
  coversPending: boolean;
  /** The actor proposed the pending decision (four eyes: no one approves their own). */
  isRequester: boolean;
  /** An advance payment (art. 25) is already recorded. */
  advancePaid: boolean;
  /** The advance payment dialog's inputs. */
  advanceAmountFen: number | undefined;
  payee: string | undefined;
  basis: string | undefined;
};

const filled = (s: string | undefined) => (s ?? '').trim().length > 0;

export const CLAIM_APPLICATION_GUARDS = {
  desk: {
    code: 'NOT_CASE_OWNER',
    kind: 'actor',
    test: (f) => f.isOwner || f.isClaimsHandler || f.canSupervise,
    doc: 'the desk person who took it, a claims handler, or a team lead or above in scope',
  },
  claimsHandler: {
    code: 'CLAIMS_HANDLER_REQUIRED',
    kind: 'actor',
    test: (f) => f.isClaimsHandler,
    doc: 'a claims handler',
  },
  incomplete: {
    code: 'CLAIM_DOCUMENTS_ALREADY_COMPLETE',
    kind: 'state',
    test: (f) => !f.setComplete,
    doc: 'something on the checklist is still missing',
  },
  complete: {
    code: 'CLAIM_DOCUMENTS_INCOMPLETE',
    kind: 'state',
    test: (f) => f.setComplete,
    doc: 'every item is received and verified, originals where required',
  },
  receiptPending: {
    code: 'CLAIM_RECEIPT_ALREADY_CONFIRMED',
    kind: 'state',
    test: (f) => !f.receiptConfirmed,
    doc: 'the insurer has not confirmed receipt yet',
  },
  receiptConfirmed: {
    code: 'CLAIM_RECEIPT_NOT_CONFIRMED',
    kind: 'state',
    test: (f) => f.receiptConfirmed,
    doc: 'the insurer confirmed receipt of the materials',
  },
  assessment: {
    code: 'CLAIM_ASSESSMENT_REQUIRED',
    kind: 'state',
    test: (f) => f.hasAssessment,
    doc: 'the loss assessment is recorded',
  },
  decidedToPay: {
    code: 'CLAIM_DECISION_NOT_PAY',
    kind: 'state',
    test: (f) => f.decision === 'pay',
    doc: 'the decision is to pay',
  },
  decidedToRefuse: {
    code: 'CLAIM_DECISION_NOT_REFUSE',
    kind: 'state',
    test: (f) => f.decision === 'refuse',
    doc: 'the decision is to refuse',
  },
  recipient: {
    code: 'CLAIM_HANDOVER_RECIPIENT_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.recipient),
    doc: 'to whom the materials are handed over',
  },
  outcome: {
    code: 'CLAIM_DECISION_OUTCOME_REQUIRED',
    kind: 'input',
    test: (f) => f.outcome !== undefined,
    doc: 'the outcome: pay, pay in part or refuse',
  },
  withinAuthority: {
    code: 'APPROVAL_AUTHORITY_EXCEEDED',
    kind: 'input',
    test: (f) => f.decisionWithinAuthority,
    doc: 'the amount at stake is within the handler’s approval level (authority table)',
  },
  aboveAuthority: {
    code: 'WITHIN_OWN_AUTHORITY',
    kind: 'input',
    test: (f) => !f.decisionWithinAuthority,
    doc: 'the amount at stake is above the handler’s approval level',
  },
  approver: {
    code: 'APPROVAL_AUTHORITY_EXCEEDED',
    kind: 'actor',
    test: (f) => f.coversPending,
    doc: 'an approver whose level covers the pending decision',
  },
  notRequester: {
    code: 'SELF_APPROVAL_FORBIDDEN',
    kind: 'actor',
    test: (f) => !f.isRequester,
    doc: 'not the person who proposed it',
  },
  noAdvanceYet: {
    code: 'CLAIM_ADVANCE_ALREADY_PAID',
    kind: 'state',
    test: (f) => !f.advancePaid,
    doc: 'no advance payment recorded yet (the one advance is the amount that can be determined)',
  },
  advanceAmount: {
    code: 'CLAIM_ADVANCE_AMOUNT_REQUIRED',
    kind: 'input',
    test: (f) => f.advanceAmountFen !== undefined && f.advanceAmountFen > 0,
    doc: 'the amount advanced, in fen, above zero',
  },
  payee: {
    code: 'CLAIM_ADVANCE_PAYEE_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.payee),
    doc: 'to whom the advance is paid',
  },
  basis: {
    code: 'CLAIM_ADVANCE_BASIS_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.basis),
    doc: 'why this amount can already be determined',
  },
  note: {
    code: 'NOTE_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.note),
    doc: 'a note (the confirmation, the findings or the reasons)',
  },
} as const satisfies Record<string, GuardDef<ClaimApplicationFacts>>;

export type ClaimApplicationGuard = keyof typeof CLAIM_APPLICATION_GUARDS;
