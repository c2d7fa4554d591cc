import type { DeepStrings } from '../messages.ts';
import type { dataSharing as zh } from '../zh-CN/data-sharing.ts';

/** Data sharing between departments (issue 18 part 2, seed 002 §七(四)2). */
export const dataSharing: DeepStrings<typeof zh> = {
  dataSharing: {
    title: 'Data sharing',
    tabMine: 'My requests',
    tabDecide: 'To decide',
    tabGrants: 'Active grants',
    request: 'Request access',
    dataKind: 'Data',
    branch: 'Branch (and below)',
    purpose: 'Purpose',
    period: 'Period',
    requester: 'Requester',
    state: 'State',
    decidedBy: 'Decided by',
    note: 'Note',
    notePlaceholder: 'A reason is needed to reject or revoke',
    submitted: "Request sent to the owning department's manager",
    done: 'Done: {{move}}',
    live: 'Live',
    expired: 'Expired',
    empty: 'Nothing here',
    ownerHint:
      'Approved by a manager of the owning department ({{department}}); the grant is read-only and ends by itself.',
    owner: { service: 'Customer service', claims: 'Claims', operations: 'Operations', sales: 'Sales' },
  },
};
