import type { CaseStatus } from '../cases/index.ts';
import { defineMachine, type GuardDef, type MoveRow } from '../workflow/index.ts';
import {
  POLICY_SERVICE_EVENT_LABELS as EVENTS,
  type PolicyServiceEvent,
  type PolicyServiceState,
  POLICY_SERVICE_STATE_LABELS as STATES,
} from './vocabulary.ts';

/** What the guards of the surrender and endorsement machines read; the server fills it from one locked load. */
export type PolicyServiceFacts = {
  /** First-contact ownership (首问负责): the agent who took the request works it. */
  isOwner: boolean;
  /** Team lead or above in scope (case.supervise). */
  canSupervise: boolean;
  /** Every document on the request's list is recorded as received. */
  documentsComplete: boolean;
  note: string | undefined;
  /** To whom at the insurer the request goes (the hand-over input). */
  recipient: string | undefined;
  /** Surrender: the refund is known, from the core system or as entered (exact fen, 0 allowed). */
  refundKnown: boolean;
};

const filled = (s: string | undefined) => (s ?? '').trim().length > 0;

const guards = {
  desk: {
    code: 'NOT_CASE_OWNER',
    kind: 'actor',
    test: (f) => f.isOwner || f.canSupervise,
    doc: 'the agent who took the request, or a team lead or above in scope',
  },
  documentsComplete: {
    code: 'POLICY_SERVICE_DOCUMENTS_INCOMPLETE',
    kind: 'state',
    test: (f) => f.documentsComplete,
    doc: 'every document on the list is received',
  },
  recipient: {
    code: 'POLICY_SERVICE_RECIPIENT_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.recipient),
    doc: 'who at the insurer receives the request',
  },
  note: {
    code: 'NOTE_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.note),
    doc: 'a note (the insurer’s answer or the customer’s words)',
  },
  refundKnown: {
    code: 'SURRENDER_REFUND_REQUIRED',
    kind: 'input',
    test: (f) => f.refundKnown,
    doc: 'the refund amount, from the core system or as the insurer gave it',
  },
} as const satisfies Record<string, GuardDef<PolicyServiceFacts>>;
type Guard = keyof typeof guards;

const effects = {
  recordDocuments: 'marks which documents the customer brought',
  recordHandover: 'records to whom and when the request went to the insurer',
  recordRefund: 'records the refund amount (exact fen) and where it came from',
  recordOutcome: 'records the insurer’s answer; the case is closed and its deadlines met',
} as const;
type Effect = keyof typeof effects;
type Row = MoveRow<PolicyServiceState, PolicyServiceEvent, Guard, Effect>;

const SEED_5 = 'seed 003 第五条 退保处理程序细则';
const SEED_6 = 'seed 003 第六条 批单处理程序细则';

/** The rows both services share; only the completion differs (a surrender needs its refund amount). */
const rows = (source: string, completeGuards: Guard[], completeEffects: Effect[]): Row[] => [
  {
    from: 'received',
    event: 'recordDocuments',
    guards: ['desk'],
    to: 'received',
    effects: ['recordDocuments'],
    source,
  },
  {
    from: 'received',
    event: 'handOver',
    guards: ['desk', 'documentsComplete', 'recipient'],
    to: 'handedOver',
    effects: ['recordHandover'],
    source: `${source}（至相应保险公司办理）`,
  },
  {
    from: 'handedOver',
    event: 'complete',
    guards: ['desk', ...completeGuards],
    to: 'completed',
    effects: [...completeEffects, 'recordOutcome'],
    source,
  },
  {
    from: 'handedOver',
    event: 'decline',
    guards: ['desk', 'note'],
    to: 'declined',
    effects: ['recordOutcome'],
  },
  {
    from: 'received',
    event: 'withdraw',
    guards: ['desk', 'note'],
    to: 'withdrawn',
    effects: ['recordOutcome'],
  },
  {
    from: 'handedOver',
    event: 'withdraw',
    guards: ['desk', 'note'],
    to: 'withdrawn',
    effects: ['recordOutcome'],
  },
];

const shape = {
  initial: 'received',
  states: STATES,
  events: EVENTS,
  notAllowed: 'TRANSITION_NOT_ALLOWED',
} as const;

// An endorsement has no refund: its table declares neither the guard nor the effect.
const { refundKnown: _g, ...endorsementGuards } = guards;
const { recordRefund: _x, ...endorsementEffects } = effects;

/** 退保: received → (documents) → handed to the insurer → completed with the refund, or declined / withdrawn. */
export const SURRENDER_MACHINE = defineMachine<PolicyServiceFacts>()({
  ...shape,
  id: 'surrender',
  title: { zh: '退保', en: 'Surrender' },
  source: SEED_5,
  guards,
  effects,
  rows: rows(SEED_5, ['refundKnown'], ['recordRefund']),
});

/** 批改: received → (documents) → handed to the insurer → completed (the endorsement), or declined / withdrawn. */
export const ENDORSEMENT_MACHINE = defineMachine<PolicyServiceFacts>()({
  ...shape,
  id: 'endorsement',
  title: { zh: '批改', en: 'Endorsement' },
  source: SEED_6,
  guards: endorsementGuards,
  effects: endorsementEffects,
  rows: rows(SEED_6, [], []) as MoveRow<
    PolicyServiceState,
    PolicyServiceEvent,
    keyof typeof endorsementGuards,
    keyof typeof endorsementEffects
  >[],
});

export type PolicyServiceEffect = Effect;

/** The case status the lists show for each state: open while the insurer works, closed once answered. */
export const caseStatusOfPolicyService = (s: PolicyServiceState): CaseStatus =>
  s === 'received' || s === 'handedOver' ? 'inProgress' : 'closed';
