import { defineMachine, type GuardDef } from '../workflow/index.ts';

export const CASE_EVENTS = ['answer', 'start', 'resolve', 'close', 'reopen'] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** What the case rows need to know about the actor and the request; the service fills it in. */
export type CaseFacts = {
  /** First-contact ownership (首问负责): the owner works the case until a hand-over is accepted. */
  isOwner: boolean;
  /** Team leads and above may close or reopen cases of their scope. */
  canSupervise: boolean;
  note: string | undefined;
  transferPending: boolean;
};

const guards = {
  owner: { code: 'NOT_CASE_OWNER', kind: 'actor', test: (f) => f.isOwner, doc: 'the case owner' },
  ownerOrLead: {
    code: 'NOT_CASE_OWNER',
    kind: 'actor',
    test: (f) => f.isOwner || f.canSupervise,
    doc: 'the owner, or a team lead or above in scope',
  },
  lead: {
    code: 'SUPERVISOR_REQUIRED',
    kind: 'actor',
    test: (f) => f.canSupervise,
    doc: 'a team lead or above in scope',
  },
  note: {
    code: 'NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a note (the answer, the resolution or the reason)',
  },
  noTransfer: {
    code: 'TRANSFER_PENDING',
    kind: 'state',
    test: (f) => !f.transferPending,
    doc: 'no hand-over is waiting for the new owner',
  },
} as const satisfies Record<string, GuardDef<CaseFacts>>;

const states = {
  new: { zh: '新建', en: 'New' },
  answered: { zh: '已答复', en: 'Answered' },
  inProgress: { zh: '处理中', en: 'In progress' },
  resolved: { zh: '已解决', en: 'Resolved' },
  closed: { zh: '已关闭', en: 'Closed' },
} as const;

const effects = {
  recordAnswer: 'keeps the answer as the note of the move',
  markResolved: 'stamps the resolution time and whether it was resolved at first contact',
  markClosed: 'stamps the closing time; every open deadline of the case is met',
  clearResolution: 'clears the resolution and closing times',
} as const;

const FIRST_CONTACT = 'seed 001 第二篇 一(五) 首问负责原则';

/** Consultations (咨询): create → answer → resolve → close, reopened by the owner or, once closed, by a lead. */
export const CONSULTATION_MACHINE = defineMachine<CaseFacts>()({
  id: 'case',
  title: { zh: '咨询', en: 'Consultation' },
  source:
    'A consultation is answered by the agent who took it (first-contact ownership, seed 001 首问负责原则).',
  initial: 'new',
  states: { new: states.new, answered: states.answered, resolved: states.resolved, closed: states.closed },
  events: {
    answer: { zh: '答复', en: 'Answer' },
    resolve: { zh: '解决', en: 'Resolve' },
    close: { zh: '关闭', en: 'Close' },
    reopen: { zh: '重新打开', en: 'Reopen' },
  },
  guards,
  effects,
  rows: [
    {
      from: 'new',
      event: 'answer',
      guards: ['owner', 'note', 'noTransfer'],
      to: 'answered',
      effects: ['recordAnswer'],
      source: FIRST_CONTACT,
    },
    {
      from: 'answered',
      event: 'answer',
      guards: ['owner', 'note', 'noTransfer'],
      to: 'answered',
      effects: ['recordAnswer'],
    },
    {
      from: 'answered',
      event: 'resolve',
      guards: ['owner', 'noTransfer'],
      to: 'resolved',
      effects: ['markResolved'],
    },
    {
      from: 'resolved',
      event: 'close',
      guards: ['ownerOrLead', 'noTransfer'],
      to: 'closed',
      effects: ['markClosed'],
    },
    {
      from: 'resolved',
      event: 'reopen',
      guards: ['ownerOrLead', 'note'],
      to: 'answered',
      effects: ['clearResolution'],
    },
    {
      from: 'closed',
      event: 'reopen',
      guards: ['lead', 'note'],
      to: 'answered',
      effects: ['clearResolution'],
    },
  ],
  notAllowed: 'TRANSITION_NOT_ALLOWED',
});

/** Other kinds without a table of their own yet (suggestions, surrenders, …): start → resolve → close. */
export const GENERAL_CASE_MACHINE = defineMachine<CaseFacts>()({
  id: 'case',
  title: { zh: '一般案件', en: 'General case' },
  source: 'Kinds whose own capability has no richer table yet follow this one.',
  initial: 'new',
  states: {
    new: states.new,
    inProgress: states.inProgress,
    resolved: states.resolved,
    closed: states.closed,
  },
  events: {
    start: { zh: '开始处理', en: 'Start' },
    resolve: { zh: '解决', en: 'Resolve' },
    close: { zh: '关闭', en: 'Close' },
    reopen: { zh: '重新打开', en: 'Reopen' },
  },
  guards: {
    owner: guards.owner,
    ownerOrLead: guards.ownerOrLead,
    note: guards.note,
    noTransfer: guards.noTransfer,
  },
  effects: {
    markResolved: effects.markResolved,
    markClosed: effects.markClosed,
    clearResolution: effects.clearResolution,
  },
  rows: [
    {
      from: 'new',
      event: 'start',
      guards: ['owner', 'noTransfer'],
      to: 'inProgress',
      effects: [],
      source: FIRST_CONTACT,
    },
    {
      from: 'inProgress',
      event: 'resolve',
      guards: ['owner', 'note', 'noTransfer'],
      to: 'resolved',
      effects: ['markResolved'],
    },
    {
      from: 'resolved',
      event: 'close',
      guards: ['ownerOrLead', 'noTransfer'],
      to: 'closed',
      effects: ['markClosed'],
    },
    {
      from: 'resolved',
      event: 'reopen',
      guards: ['ownerOrLead', 'note'],
      to: 'inProgress',
      effects: ['clearResolution'],
    },
  ],
  notAllowed: 'TRANSITION_NOT_ALLOWED',
});

/**
 * Complaints run their own machine (domain/complaints), surrenders and endorsements theirs (domain/policy-services):
 * no case row applies to them.
 */
const OWN_MACHINE: readonly string[] = ['complaint', 'surrender', 'endorsement'];
export const runsCaseMachine = (kind: string) => !OWN_MACHINE.includes(kind);
