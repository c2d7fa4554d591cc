import type { Refusal } from '../core/index.ts';
import type { CaseStatus } from './kinds.ts';

/**
 * First-contact ownership (首问负责, PRODUCT C1): the owner stays responsible until the new owner accepts.
 * The hand-over is its own small machine: none → pending → (accepted | declined | cancelled) → none.
 */
export const TRANSFER_EVENTS = ['request', 'accept', 'decline', 'cancel'] as const;
export type TransferEvent = (typeof TRANSFER_EVENTS)[number];
export type TransferState = 'none' | 'pending';

export type TransferContext = {
  isOwner: boolean;
  isTarget: boolean;
  caseStatus: CaseStatus;
  targetIsOwner: boolean;
  targetInScope: boolean;
};

type Row = {
  from: TransferState;
  event: TransferEvent;
  guards: { code: string; test: (c: TransferContext) => boolean }[];
  to: TransferState;
  changesOwner: boolean;
};

export const TRANSFER_TRANSITIONS: readonly Row[] = [
  {
    from: 'none',
    event: 'request',
    guards: [
      { code: 'NOT_CASE_OWNER', test: (c) => c.isOwner },
      { code: 'CASE_CLOSED', test: (c) => c.caseStatus !== 'closed' },
      { code: 'TRANSFER_TO_SELF', test: (c) => !c.targetIsOwner },
      { code: 'TRANSFER_TARGET_INVALID', test: (c) => c.targetInScope },
    ],
    to: 'pending',
    changesOwner: false,
  },
  {
    from: 'pending',
    event: 'accept',
    guards: [{ code: 'NOT_TRANSFER_TARGET', test: (c) => c.isTarget }],
    to: 'none',
    changesOwner: true,
  },
  {
    from: 'pending',
    event: 'decline',
    guards: [{ code: 'NOT_TRANSFER_TARGET', test: (c) => c.isTarget }],
    to: 'none',
    changesOwner: false,
  },
  {
    from: 'pending',
    event: 'cancel',
    guards: [{ code: 'NOT_CASE_OWNER', test: (c) => c.isOwner }],
    to: 'none',
    changesOwner: false,
  },
];

export const nextTransferState = (
  from: TransferState,
  event: TransferEvent,
  ctx: TransferContext,
): { ok: true; to: TransferState; changesOwner: boolean } | Refusal => {
  const row = TRANSFER_TRANSITIONS.find((r) => r.from === from && r.event === event);
  if (!row) return { ok: false, code: from === 'pending' ? 'TRANSFER_PENDING' : 'NO_PENDING_TRANSFER' };
  const failed = row.guards.find((g) => !g.test(ctx));
  if (failed) return { ok: false, code: failed.code };
  return { ok: true, to: row.to, changesOwner: row.changesOwner };
};
