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
  },
};
