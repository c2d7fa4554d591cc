import type { DeepStrings } from '../messages.ts';
import type { fraudGraph as zh } from '../zh-CN/fraud-graph.ts';

/** The link graph, in English. */
export const fraudGraph: DeepStrings<typeof zh> = {
  fraudGraph: {
    title: 'Link graph',
    intro:
      'Possible rings: claim reports and applications joined by phones, addresses, IDs, plates, payee accounts and hospitals they share (compared by keyed hash only).',
    rebuild: 'Rebuild all',
    rebuilt: 'Rebuilt: {{flagged}} possible rings, {{changed}} new or changed, {{retired}} dissolved',
    empty: 'No possible rings',
    open: 'Open graph',
    col: {
      claims: 'Claims',
      people: 'People',
      density: 'Link density',
      kinds: 'Shared',
      amount: 'Amount',
      reasons: 'Flagged as',
      builtAt: 'Flagged at',
    },
    reasons: { dense: 'Closely linked', large: 'Large' },
    ringTitle: 'Possible ring: {{claims}} claims, {{people}} people',
    auditedHint: 'Every look at a ring is recorded in the audit log.',
    claimsTable: 'Claims',
    entitiesTable: 'Shared things',
    outOfScope: 'Claim of another branch',
    caseNumber: 'Case number',
    caseKind: 'Kind',
    state: 'State',
    entity: 'Value',
    entityKind: 'Kind',
    sharedBy: 'Claims sharing it',
    legendClaim: 'Claim',
    reveal: 'Show in full',
    revealReason: 'Reason',
    revealReasonRequired: 'Give a reason (2–200 characters)',
    revealHint: 'Showing personal data in full is recorded in the audit log.',
    notCurrent: 'An older version: the ring has changed since',
  },
};
