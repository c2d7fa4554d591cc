/**
 * A request to read another department's data (seed 002 §七(四)2: 申请和审批). requested → approved (a time-limited,
 * read-only grant) or rejected or withdrawn; an approved grant can be revoked. Expiry is not a state: a grant past
 * its end is read as expired (grants.ts grantLive), so no job has to run for it to stop working.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

export type DataShareFacts = {
  isRequester: boolean;
  /** The owning department's manager for this request (grants.ts isOwningManager). */
  isOwningManager: boolean;
  /** The grant's period has not yet ended. */
  periodOpen: boolean;
  /** The reason typed with a decision or a revocation. */
  note: string | undefined;
};

const guards = {
  requester: {
    code: 'DATA_SHARE_NOT_REQUESTER',
    kind: 'actor',
    test: (f) => f.isRequester,
    doc: 'the person who asked',
  },
  owningManager: {
    code: 'DATA_SHARE_NOT_OWNING_MANAGER',
    kind: 'actor',
    test: (f) => f.isOwningManager,
    doc: "a supervisor or service manager of the data's department over its branch, not the requester",
  },
  requesterOrManager: {
    code: 'DATA_SHARE_NOT_OWNING_MANAGER',
    kind: 'actor',
    test: (f) => f.isRequester || f.isOwningManager,
    doc: 'the requester (giving it up) or the owning manager',
  },
  periodOpen: {
    code: 'DATA_SHARE_PERIOD_OVER',
    kind: 'state',
    test: (f) => f.periodOpen,
    doc: 'the requested period has not ended',
  },
  noted: {
    code: 'NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a reason is written',
  },
} as const satisfies Record<string, GuardDef<DataShareFacts>>;

const SOURCE = 'seed 002 §七(四)2 如需与公司其他部门共享客户信息，应按照公司规定的流程进行申请和审批';

export const DATA_SHARE_MACHINE = defineMachine<DataShareFacts>()({
  id: 'dataShare',
  title: { zh: '数据共享申请', en: 'Data-sharing request' },
  source: SOURCE,
  initial: 'requested',
  states: {
    requested: { zh: '待审批', en: 'Awaiting approval' },
    approved: { zh: '已授权', en: 'Granted' },
    rejected: { zh: '已驳回', en: 'Rejected' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
    revoked: { zh: '已收回', en: 'Revoked' },
  },
  events: {
    approve: { zh: '批准', en: 'Approve' },
    reject: { zh: '驳回', en: 'Reject' },
    withdraw: { zh: '撤回申请', en: 'Withdraw' },
    revoke: { zh: '收回授权', en: 'Revoke' },
  },
  guards,
  effects: {
    recordDecision: 'stamps who decided, when, and the reason',
    recordRevocation: 'stamps who revoked, when, and the reason; reads stop at once',
  },
  rows: [
    {
      from: 'requested',
      event: 'approve',
      guards: ['owningManager', 'periodOpen'],
      to: 'approved',
      effects: ['recordDecision'],
      source: SOURCE,
    },
    {
      from: 'requested',
      event: 'reject',
      guards: ['owningManager', 'noted'],
      to: 'rejected',
      effects: ['recordDecision'],
      source: SOURCE,
    },
    { from: 'requested', event: 'withdraw', guards: ['requester'], to: 'withdrawn', effects: [] },
    {
      from: 'approved',
      event: 'revoke',
      guards: ['requesterOrManager', 'noted'],
      to: 'revoked',
      effects: ['recordRevocation'],
      source: SOURCE,
    },
  ],
  notAllowed: 'DATA_SHARE_TRANSITION_NOT_ALLOWED',
});
