/**
 * The assessment of one agent for one month or quarter (绩效考核), seed 002 §五(二):
 * - §五(二)3 自我评估: the agent first sums up strengths, weaknesses and an improvement plan;
 * - §五(二)1 上级评价: the team lead scores the qualitative items and comments; the supervisor (客服主管, §二(三)2
 *   负责…绩效考核) signs off;
 * - after sign-off the agent may appeal within the appeal window; the supervisor decides the appeal.
 * Nobody edits the record that judges them: the agent has no move that changes a score, and a correction after
 * sign-off is a new version with who and why (the service writes it; here it is the `correct` move).
 */

import { defineMachine, type GuardDef } from '../workflow/index.ts';

/** The seed sets no appeal period; 5 calendar days after sign-off is a centre setting. */
export const DEFAULT_APPEAL_WINDOW_DAYS = 5;

export type AssessmentFacts = {
  /** The actor is the assessed agent (their own login). */
  isAgent: boolean;
  /** The actor is a team lead of the agent's branch scope, and not the agent. */
  isTeamLead: boolean;
  /** The actor is a supervisor or service manager over the agent's branch, and not the agent. */
  isSupervisor: boolean;
  /** §五(二)3: strengths, weaknesses and an improvement plan are all filled in. */
  selfComplete: boolean;
  /** Every qualitative item of the template has points. */
  qualitativeComplete: boolean;
  /** The appeal window after sign-off is still open. */
  appealOpen: boolean;
  /** A reason is given (appeal text, appeal decision, correction). */
  hasReason: boolean;
};

const guards = {
  agent: { code: 'ASSESSMENT_NOT_AGENT', kind: 'actor', test: (f) => f.isAgent, doc: 'the assessed agent' },
  teamLead: {
    code: 'ASSESSMENT_NOT_REVIEWER',
    kind: 'actor',
    test: (f) => f.isTeamLead,
    doc: "a team lead over the agent's branch, not the agent",
  },
  supervisor: {
    code: 'ASSESSMENT_NOT_SUPERVISOR',
    kind: 'actor',
    test: (f) => f.isSupervisor,
    doc: "a supervisor over the agent's branch, not the agent",
  },
  selfComplete: {
    code: 'ASSESSMENT_SELF_INCOMPLETE',
    kind: 'input',
    test: (f) => f.selfComplete,
    doc: 'strengths, weaknesses and improvement plan filled in (§五(二)3)',
  },
  qualitativeComplete: {
    code: 'ASSESSMENT_QUALITATIVE_INCOMPLETE',
    kind: 'input',
    test: (f) => f.qualitativeComplete,
    doc: 'every qualitative item scored',
  },
  appealOpen: {
    code: 'ASSESSMENT_APPEAL_CLOSED',
    kind: 'state',
    test: (f) => f.appealOpen,
    doc: 'within the appeal window after sign-off',
  },
  reason: { code: 'ASSESSMENT_REASON_REQUIRED', kind: 'input', test: (f) => f.hasReason, doc: 'a reason' },
} as const satisfies Record<string, GuardDef<AssessmentFacts>>;

const SELF = 'seed 002 §五(二)3 客服人员每月需进行自我评估，总结优点和不足，提出改进计划';
const LEAD = 'seed 002 §五(二)1 考核数据来源于…上级评价; §二(二)2 组长对专员工作进行监督和指导';
const SUP = 'seed 002 §二(三)2 客服主管负责…绩效考核';

export const ASSESSMENT_MACHINE = defineMachine<AssessmentFacts>()({
  id: 'assessment',
  title: { zh: '绩效考核', en: 'Performance assessment' },
  source:
    'Seed 002 §五(二): self-assessment, the lead’s evaluation, the supervisor’s sign-off; an appeal after it.',
  initial: 'selfAssessment',
  states: {
    selfAssessment: { zh: '待自评', en: 'Self-assessment' },
    leadReview: { zh: '待组长评价', en: 'Team-lead review' },
    signOff: { zh: '待主管审定', en: 'Supervisor sign-off' },
    signedOff: { zh: '已审定', en: 'Signed off' },
    appealed: { zh: '申诉中', en: 'Appealed' },
    final: { zh: '已定稿', en: 'Final' },
  },
  events: {
    submitSelf: { zh: '提交自评', en: 'Submit self-assessment' },
    review: { zh: '提交组长评价', en: 'Submit review' },
    returnToAgent: { zh: '退回自评', en: 'Return to agent' },
    signOff: { zh: '审定', en: 'Sign off' },
    returnToLead: { zh: '退回组长', en: 'Return to team lead' },
    appeal: { zh: '提出申诉', en: 'Appeal' },
    decideAppeal: { zh: '处理申诉', en: 'Decide appeal' },
    accept: { zh: '确认结果', en: 'Accept result' },
    correct: { zh: '更正成绩', en: 'Correct scores' },
  },
  guards,
  effects: {
    recordSelf: 'stores the self-assessment (strengths, weaknesses, plan)',
    recordReview: "stores the lead's qualitative points and comment and recomputes the score",
    recordSignOff: 'stamps the sign-off, freezes version 1 and opens the appeal window',
    recordAppeal: "stores the agent's appeal",
    recordAppealDecision: "stores the supervisor's decision; changed scores become a new version",
    recordCorrection: 'writes a new version with who corrected and why',
  },
  rows: [
    {
      from: 'selfAssessment',
      event: 'submitSelf',
      to: 'leadReview',
      guards: ['agent', 'selfComplete'],
      effects: ['recordSelf'],
      source: SELF,
    },
    {
      from: 'leadReview',
      event: 'review',
      to: 'signOff',
      guards: ['teamLead', 'qualitativeComplete'],
      effects: ['recordReview'],
      source: LEAD,
    },
    {
      from: 'leadReview',
      event: 'returnToAgent',
      to: 'selfAssessment',
      guards: ['teamLead', 'reason'],
      effects: [],
      source: LEAD,
    },
    {
      from: 'signOff',
      event: 'signOff',
      to: 'signedOff',
      guards: ['supervisor'],
      effects: ['recordSignOff'],
      source: SUP,
    },
    {
      from: 'signOff',
      event: 'returnToLead',
      to: 'leadReview',
      guards: ['supervisor', 'reason'],
      effects: [],
      source: SUP,
    },
    {
      from: 'signedOff',
      event: 'appeal',
      to: 'appealed',
      guards: ['agent', 'appealOpen', 'reason'],
      effects: ['recordAppeal'],
      source: SUP,
    },
    { from: 'signedOff', event: 'accept', to: 'final', guards: ['agent'], effects: [], source: SUP },
    {
      from: 'appealed',
      event: 'decideAppeal',
      to: 'final',
      guards: ['supervisor', 'reason'],
      effects: ['recordAppealDecision'],
      source: SUP,
    },
    {
      from: 'signedOff',
      event: 'correct',
      to: 'signedOff',
      guards: ['supervisor', 'reason'],
      effects: ['recordCorrection'],
      source: SUP,
    },
    {
      from: 'final',
      event: 'correct',
      to: 'final',
      guards: ['supervisor', 'reason'],
      effects: ['recordCorrection'],
      source: SUP,
    },
  ],
  notAllowed: 'ASSESSMENT_MOVE_NOT_ALLOWED',
});
