import type { Refusal } from '../core/index.ts';
import type { CaseKind, CaseStatus } from './kinds.ts';

export const CASE_EVENTS = ['answer', 'start', 'resolve', 'close', 'reopen'] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** What the rules need to know about the actor and the request; the service fills it in. */
export type TransitionContext = {
  /** First-contact ownership (首问负责): the owner works the case until a hand-over is accepted. */
  isOwner: boolean;
  /** Team leads and above may close or reopen cases of their scope. */
  canSupervise: boolean;
  note: string | undefined;
  transferPending: boolean;
};

export type CaseEffect = 'recordAnswer' | 'markResolved' | 'markClosed' | 'clearResolution';

type Guard = { code: string; test: (ctx: TransitionContext) => boolean };

export type TransitionRow = {
  flow: 'consultation' | 'general';
  from: CaseStatus;
  event: CaseEvent;
  guards: Guard[];
  to: CaseStatus;
  effects: CaseEffect[];
};

const ownerOnly: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner };
const ownerOrSupervisor: Guard = { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner || c.canSupervise };
const needsNote: Guard = { code: 'NOTE_REQUIRED', test: (c) => (c.note ?? '').trim().length > 0 };
const noPendingTransfer: Guard = { code: 'TRANSFER_PENDING', test: (c) => !c.transferPending };

/**
 * Every legal move of a case, on one screen. Consultations (咨询): create → answer → resolve → close.
 * Other kinds run the general flow until their own capability replaces it with a richer table.
 */
export const CASE_TRANSITIONS: readonly TransitionRow[] = [
  {
    flow: 'consultation',
    from: 'new',
    event: 'answer',
    guards: [ownerOnly, needsNote, noPendingTransfer],
    to: 'answered',
    effects: ['recordAnswer'],
  },
  {
    flow: 'consultation',
    from: 'answered',
    event: 'answer',
    guards: [ownerOnly, needsNote, noPendingTransfer],
    to: 'answered',
    effects: ['recordAnswer'],
  },
  {
    flow: 'consultation',
    from: 'answered',
    event: 'resolve',
    guards: [ownerOnly, noPendingTransfer],
    to: 'resolved',
    effects: ['markResolved'],
  },
  {
    flow: 'consultation',
    from: 'resolved',
    event: 'close',
    guards: [ownerOrSupervisor, noPendingTransfer],
    to: 'closed',
    effects: ['markClosed'],
  },
  {
    flow: 'consultation',
    from: 'resolved',
    event: 'reopen',
    guards: [ownerOrSupervisor, needsNote],
    to: 'answered',
    effects: ['clearResolution'],
  },
  {
    flow: 'consultation',
    from: 'closed',
    event: 'reopen',
    guards: [{ code: 'SUPERVISOR_REQUIRED', test: (c) => c.canSupervise }, needsNote],
    to: 'answered',
    effects: ['clearResolution'],
  },
  {
    flow: 'general',
    from: 'new',
    event: 'start',
    guards: [ownerOnly, noPendingTransfer],
    to: 'inProgress',
    effects: [],
  },
  {
    flow: 'general',
    from: 'inProgress',
    event: 'resolve',
    guards: [ownerOnly, needsNote, noPendingTransfer],
    to: 'resolved',
    effects: ['markResolved'],
  },
  {
    flow: 'general',
    from: 'resolved',
    event: 'close',
    guards: [ownerOrSupervisor, noPendingTransfer],
    to: 'closed',
    effects: ['markClosed'],
  },
  {
    flow: 'general',
    from: 'resolved',
    event: 'reopen',
    guards: [ownerOrSupervisor, needsNote],
    to: 'inProgress',
    effects: ['clearResolution'],
  },
];

/** Complaints run their own table (domain/complaints); no row of this one applies to them. */
export const flowOf = (kind: CaseKind): TransitionRow['flow'] | 'complaint' =>
  kind === 'consultation' ? 'consultation' : kind === 'complaint' ? 'complaint' : 'general';

export type TransitionResult = { ok: true; to: CaseStatus; effects: CaseEffect[] } | Refusal;

export const nextCaseState = (
  kind: CaseKind,
  from: CaseStatus,
  event: CaseEvent,
  ctx: TransitionContext,
): TransitionResult => {
  const row = CASE_TRANSITIONS.find((r) => r.flow === flowOf(kind) && r.from === from && r.event === event);
  if (!row) return { ok: false, code: 'TRANSITION_NOT_ALLOWED', details: { from, event } };
  const failed = row.guards.find((g) => !g.test(ctx));
  if (failed) return { ok: false, code: failed.code, details: { from, event } };
  return { ok: true, to: row.to, effects: row.effects };
};

/** Events the UI may offer: legal from this state and passing every guard for this actor. */
export const availableCaseEvents = (kind: CaseKind, from: CaseStatus, ctx: Omit<TransitionContext, 'note'>) =>
  CASE_TRANSITIONS.filter(
    (r) =>
      r.flow === flowOf(kind) &&
      r.from === from &&
      r.guards.every((g) => g.code === 'NOTE_REQUIRED' || g.test({ ...ctx, note: undefined })),
  ).map((r) => r.event);
