/**
 * The investigation (SIU) of a flagged claim (issue #22 part 3; seed 004 §四.2 理赔调查: 核实事故的真实性…走访相关人员,
 * §四.10 反欺诈): queue → assigned investigator gathers evidence → interview → conclusion with a reason → a
 * manager (not the investigator) approves it or sends it back. The claim itself keeps moving meanwhile.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

export const INVESTIGATION_OUTCOMES = ['confirmed', 'cleared', 'inconclusive'] as const;
export type InvestigationOutcome = (typeof INVESTIGATION_OUTCOMES)[number];
export const OUTCOME_LABELS = {
  confirmed: { zh: '确认欺诈', en: 'Fraud confirmed' },
  cleared: { zh: '排除欺诈', en: 'Cleared' },
  inconclusive: { zh: '无法认定', en: 'Inconclusive' },
} as const;

export type InvestigationFacts = {
  /** The person may assign and approve (fraud.manage). */
  isManager: boolean;
  isAssignee: boolean;
  /** The person who concluded; the approver must be someone else (four eyes). */
  isConcluder: boolean;
  assigneeGiven: boolean;
  outcome: InvestigationOutcome | undefined;
  note: string | undefined;
};

const filled = (s: string | undefined) => (s ?? '').trim().length > 0;

const guards = {
  manager: {
    code: 'FRAUD_NOT_MANAGER',
    kind: 'actor',
    test: (f) => f.isManager,
    doc: 'an anti-fraud manager (fraud.manage)',
  },
  assignee: {
    code: 'FRAUD_NOT_INVESTIGATOR',
    kind: 'actor',
    test: (f) => f.isAssignee,
    doc: 'the investigator the case is assigned to',
  },
  notConcluder: {
    code: 'FRAUD_SELF_APPROVAL',
    kind: 'actor',
    test: (f) => !f.isConcluder,
    doc: 'someone other than the investigator who concluded',
  },
  assigneeGiven: {
    code: 'FRAUD_ASSIGNEE_REQUIRED',
    kind: 'input',
    test: (f) => f.assigneeGiven,
    doc: 'the investigator is named',
  },
  outcomeGiven: {
    code: 'FRAUD_OUTCOME_REQUIRED',
    kind: 'input',
    test: (f) => f.outcome !== undefined,
    doc: 'confirmed, cleared or inconclusive',
  },
  noted: {
    code: 'FRAUD_REASON_REQUIRED',
    kind: 'input',
    test: (f) => filled(f.note),
    doc: 'a reason or record in words',
  },
} as const satisfies Record<string, GuardDef<InvestigationFacts>>;

const SOURCE = 'seed 004 §四.2 理赔调查, §四.10 反欺诈';

export const INVESTIGATION_MACHINE = defineMachine<InvestigationFacts>()({
  id: 'fraudInvestigation',
  title: { zh: '反欺诈调查', en: 'Fraud investigation' },
  source:
    'Issue #22 part 3: a flagged claim is investigated, concluded with a reason and approved by a manager.',
  initial: 'queued',
  states: {
    queued: { zh: '待分派', en: 'Queued' },
    investigating: { zh: '调查取证', en: 'Gathering evidence' },
    interviewing: { zh: '走访询问', en: 'Interviewing' },
    concluded: { zh: '待审批', en: 'Awaiting approval' },
    closed: { zh: '已结论', en: 'Closed' },
  },
  events: {
    assign: { zh: '分派调查员', en: 'Assign investigator' },
    interview: { zh: '记录询问', en: 'Record interview' },
    conclude: { zh: '提交调查结论', en: 'Conclude' },
    approve: { zh: '批准结论', en: 'Approve conclusion' },
    sendBack: { zh: '退回补充调查', en: 'Send back' },
  },
  guards,
  effects: {
    setAssignee: 'records the investigator and tells them',
    recordInterview: 'adds the interview record (sealed) to the evidence',
    recordConclusion: 'records the outcome, the reason and who concluded',
    recordApproval: 'records who approved; the outcome counts for the signals from now on',
    clearConclusion: 'keeps the conclusion as evidence and clears it for a new one',
  },
  rows: [
    {
      from: 'queued',
      event: 'assign',
      guards: ['manager', 'assigneeGiven'],
      to: 'investigating',
      effects: ['setAssignee'],
      source: SOURCE,
    },
    {
      from: 'investigating',
      event: 'assign',
      guards: ['manager', 'assigneeGiven'],
      to: 'investigating',
      effects: ['setAssignee'],
      source: SOURCE,
    },
    {
      from: 'investigating',
      event: 'interview',
      guards: ['assignee', 'noted'],
      to: 'interviewing',
      effects: ['recordInterview'],
      source: 'seed 004 §四.2 走访相关人员',
    },
    {
      from: 'interviewing',
      event: 'interview',
      guards: ['assignee', 'noted'],
      to: 'interviewing',
      effects: ['recordInterview'],
      source: 'seed 004 §四.2 走访相关人员',
    },
    {
      from: 'investigating',
      event: 'conclude',
      guards: ['assignee', 'outcomeGiven', 'noted'],
      to: 'concluded',
      effects: ['recordConclusion'],
      source: SOURCE,
    },
    {
      from: 'interviewing',
      event: 'conclude',
      guards: ['assignee', 'outcomeGiven', 'noted'],
      to: 'concluded',
      effects: ['recordConclusion'],
      source: SOURCE,
    },
    {
      from: 'concluded',
      event: 'approve',
      guards: ['manager', 'notConcluder'],
      to: 'closed',
      effects: ['recordApproval'],
      source: SOURCE,
    },
    {
      from: 'concluded',
      event: 'sendBack',
      guards: ['manager', 'notConcluder', 'noted'],
      to: 'investigating',
      effects: ['clearConclusion'],
      source: SOURCE,
    },
  ],
  notAllowed: 'FRAUD_MOVE_NOT_ALLOWED',
});
