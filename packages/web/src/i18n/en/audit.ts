import type { DeepStrings } from '../messages.ts';
import type { audit as zh } from '../zh-CN/audit.ts';

/** The audit log page. */
export const audit: DeepStrings<typeof zh> = {
  audit: {
    title: 'Audit log',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    object: 'Object',
    objectId: 'Object id',
    result: 'Result',
    requestId: 'Request id',
    details: 'Details',
    actionPlaceholder: 'Filter by action',
    actorPlaceholder: 'Filter by actor',
    verify: 'Verify chain',
    verifyOk: 'The chain is intact: {{checked}} entries checked',
    verifyBroken: 'The chain breaks at entry {{id}} ({{checked}} checked)',
    breakReason: {
      rowAltered: 'An entry was changed after it was written',
      linkBroken: 'An entry was deleted or the order was changed',
      unkeyedAfterKeyed: 'Entries were rewritten with a hash that lacks the key',
      keyMissing: 'This node has no audit key, so keyed entries cannot be checked',
      checkpointMismatch: 'Differs from a checkpoint kept outside the database: the chain was recomputed',
      rowsMissing: 'The newest entries after the last outside checkpoint were deleted',
      checkpointForged: 'The checkpoint file has lines with a wrong signature',
    },
    checkpointHeld:
      'Held against {{count}} checkpoints kept outside the database; the newest is entry {{id}} ({{at}})',
    noCheckpoint: 'No checkpoint outside the database yet',
  },
};
