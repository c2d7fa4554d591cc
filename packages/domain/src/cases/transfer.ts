import { defineMachine } from '../workflow/index.ts';

/**
 * First-contact ownership (首问负责, PRODUCT C1): the owner stays responsible until the new owner accepts.
 * The hand-over is its own small machine beside the case's: none → pending → (accepted | declined | cancelled) → none.
 */
export const TRANSFER_EVENTS = ['request', 'accept', 'decline', 'cancel'] as const;
export type TransferEvent = (typeof TRANSFER_EVENTS)[number];
export type TransferState = 'none' | 'pending';

/** What the hand-over rows need to know; the service fills it in inside the move's transaction. */
export type TransferFacts = {
  isOwner: boolean;
  /** The colleague the pending hand-over names. */
  isTarget: boolean;
  caseClosed: boolean;
  /** The colleague asked for is the owner already. */
  targetIsOwner: boolean;
  /** The colleague asked for is active, may work cases and sees the case's branch. */
  targetInScope: boolean;
};

/** The stored hand-over state: a case names the colleague asked to take it over, or nobody. */
export const transferStateOf = (transferToId: string | null): TransferState =>
  transferToId === null ? 'none' : 'pending';

const FIRST_CONTACT = 'seed 001 首问负责原则; PRODUCT C1';

export const TRANSFER_MACHINE = defineMachine<TransferFacts>()({
  id: 'caseTransfer',
  title: { zh: '案件转交', en: 'Case hand-over' },
  source:
    'The agent who took the contact owns the case until a colleague accepts it (first-contact ownership, seed 001 首问负责原则).',
  initial: 'none',
  states: {
    none: { zh: '无转交', en: 'No hand-over' },
    pending: { zh: '待接收', en: 'Awaiting acceptance' },
  },
  events: {
    request: { zh: '转交', en: 'Transfer' },
    accept: { zh: '接收', en: 'Accept' },
    decline: { zh: '拒绝', en: 'Decline' },
    cancel: { zh: '撤回转交', en: 'Cancel transfer' },
  },
  guards: {
    owner: { code: 'NOT_CASE_OWNER', kind: 'actor', test: (f) => f.isOwner, doc: 'the case owner' },
    open: { code: 'CASE_CLOSED', kind: 'state', test: (f) => !f.caseClosed, doc: 'the case is not closed' },
    notSelf: {
      code: 'TRANSFER_TO_SELF',
      kind: 'input',
      test: (f) => !f.targetIsOwner,
      doc: 'the colleague is not the owner already',
    },
    targetInScope: {
      code: 'TRANSFER_TARGET_INVALID',
      kind: 'input',
      test: (f) => f.targetInScope,
      doc: 'the colleague is active, may work cases and sees the case’s branch',
    },
    target: {
      code: 'NOT_TRANSFER_TARGET',
      kind: 'actor',
      test: (f) => f.isTarget,
      doc: 'the colleague the hand-over names',
    },
  },
  effects: {
    namePending: 'records who is asked to take the case over, and when',
    changeOwner: 'the accepting colleague becomes the owner',
  },
  rows: [
    {
      from: 'none',
      event: 'request',
      guards: ['owner', 'open', 'notSelf', 'targetInScope'],
      to: 'pending',
      effects: ['namePending'],
      source: FIRST_CONTACT,
    },
    { from: 'pending', event: 'accept', guards: ['target'], to: 'none', effects: ['changeOwner'] },
    { from: 'pending', event: 'decline', guards: ['target'], to: 'none', effects: [] },
    { from: 'pending', event: 'cancel', guards: ['owner'], to: 'none', effects: [] },
  ],
  // One hand-over at a time: asking again while one waits is "pending", answering one that is not is "none".
  notAllowed: (from) => (from === 'pending' ? 'TRANSFER_PENDING' : 'NO_PENDING_TRANSFER'),
});
