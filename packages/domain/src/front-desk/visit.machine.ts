/**
 * The walk-in visit (来访登记) at a branch's claims counter: seed 004 §二 理赔接待流程, nine stages in order, and
 * seed 004 §一 接待流程 2 "按照规定流程办理业务，不擅自简化或省略步骤": each row leaves one stage for the next, so no
 * stage can be skipped. Each stage's move carries what that stage records; its input guard refuses a move without it.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

export type VisitFacts = {
  /** The person works the counter of the visit's branch (or above it). */
  isCounterStaff: boolean;
  /** Information collection: what the visitor came for and a summary (policy no., time, place, what happened). */
  infoGiven: boolean;
  /** Verification: a valid ID number checked against the visitor's document. */
  identityChecked: boolean;
  assessmentNoted: boolean;
  /** Explanation: at least one text of the library for each topic (policy, process, expected time). */
  topicsCovered: boolean;
  /** Document organisation: every checklist item ticked as received or to bring. */
  checklistTicked: boolean;
  followUpNoted: boolean;
  satisfactionGiven: boolean;
};

const guards = {
  counterStaff: {
    code: 'VISIT_NOT_COUNTER_STAFF',
    kind: 'actor',
    test: (f) => f.isCounterStaff,
    doc: 'counter staff of the visit’s branch',
  },
  infoGiven: {
    code: 'VISIT_INFO_REQUIRED',
    kind: 'input',
    test: (f) => f.infoGiven,
    doc: 'the purpose of the visit and a summary',
  },
  identityChecked: {
    code: 'VISIT_IDENTITY_REQUIRED',
    kind: 'input',
    test: (f) => f.identityChecked,
    doc: 'a valid ID number, checked against the document',
  },
  assessmentNoted: {
    code: 'VISIT_ASSESSMENT_REQUIRED',
    kind: 'input',
    test: (f) => f.assessmentNoted,
    doc: 'the preliminary assessment',
  },
  topicsCovered: {
    code: 'VISIT_EXPLANATION_REQUIRED',
    kind: 'input',
    test: (f) => f.topicsCovered,
    doc: 'an explanation for each topic: policy, process, expected time',
  },
  checklistTicked: {
    code: 'VISIT_CHECKLIST_INCOMPLETE',
    kind: 'input',
    test: (f) => f.checklistTicked,
    doc: 'every checklist item ticked as received or to bring',
  },
  followUpNoted: {
    code: 'VISIT_FOLLOW_UP_REQUIRED',
    kind: 'input',
    test: (f) => f.followUpNoted,
    doc: 'what happens next and who follows it up',
  },
  satisfactionGiven: {
    code: 'VISIT_SATISFACTION_REQUIRED',
    kind: 'input',
    test: (f) => f.satisfactionGiven,
    doc: 'the customer’s satisfaction',
  },
} as const satisfies Record<string, GuardDef<VisitFacts>>;

const S = 'seed 004 §二 理赔接待流程';

export const VISIT_MACHINE = defineMachine<VisitFacts>()({
  id: 'visit',
  title: { zh: '来访登记', en: 'Walk-in visit' },
  source: `${S} 1–9; seed 004 §一 接待流程 2 (no step skipped); seed 001 第二篇 五 (来有迎声，去有送语)`,
  initial: 'reception',
  states: {
    reception: { zh: '客户接待', en: 'Reception' },
    collection: { zh: '信息收集', en: 'Information collection' },
    verification: { zh: '案件核实', en: 'Verification' },
    assessment: { zh: '初步评估', en: 'Preliminary assessment' },
    explanation: { zh: '解释说明', en: 'Explanation' },
    documents: { zh: '资料整理', en: 'Document organisation' },
    followUp: { zh: '跟进处理', en: 'Follow-up' },
    feedback: { zh: '反馈沟通', en: 'Feedback' },
    closing: { zh: '结案处理', en: 'Closing' },
    archived: { zh: '已归档', en: 'Archived' },
  },
  events: {
    call: { zh: '叫号接待', en: 'Call the ticket' },
    collect: { zh: '完成信息收集', en: 'Information collected' },
    verify: { zh: '完成核实', en: 'Verified' },
    assess: { zh: '完成初步评估', en: 'Assessed' },
    explain: { zh: '完成解释说明', en: 'Explained' },
    organise: { zh: '完成资料整理', en: 'Documents organised' },
    followUp: { zh: '完成跟进', en: 'Followed up' },
    feedback: { zh: '记录反馈', en: 'Feedback recorded' },
    archive: { zh: '结案归档', en: 'Close and archive' },
  },
  guards,
  effects: {
    stageTime: 'records the time spent in the stage left (append-only)',
    called: 'stamps the call time and the person who called: the waiting time ends',
    collection: 'records the purpose, claim kind, policy no. and summary (sealed)',
    identity: 'seals the ID number (encrypted, masked, keyed hash)',
    assessment: 'records the preliminary assessment (sealed)',
    explanation: 'records which library texts were explained (and their versions)',
    documents: 'records the checklist with each item received or to bring',
    followUp: 'records the follow-up and the linked case, if any',
    feedback: 'records satisfaction and comments (sealed)',
    archive: 'stamps the closing time',
  },
  rows: [
    {
      from: 'reception',
      event: 'call',
      to: 'collection',
      guards: ['counterStaff'],
      effects: ['stageTime', 'called'],
      source: `${S} 1`,
    },
    {
      from: 'collection',
      event: 'collect',
      to: 'verification',
      guards: ['counterStaff', 'infoGiven'],
      effects: ['stageTime', 'collection'],
      source: `${S} 2`,
    },
    {
      from: 'verification',
      event: 'verify',
      to: 'assessment',
      guards: ['counterStaff', 'identityChecked'],
      effects: ['stageTime', 'identity'],
      source: `${S} 3`,
    },
    {
      from: 'assessment',
      event: 'assess',
      to: 'explanation',
      guards: ['counterStaff', 'assessmentNoted'],
      effects: ['stageTime', 'assessment'],
      source: `${S} 4`,
    },
    {
      from: 'explanation',
      event: 'explain',
      to: 'documents',
      guards: ['counterStaff', 'topicsCovered'],
      effects: ['stageTime', 'explanation'],
      source: `${S} 5`,
    },
    {
      from: 'documents',
      event: 'organise',
      to: 'followUp',
      guards: ['counterStaff', 'checklistTicked'],
      effects: ['stageTime', 'documents'],
      source: `${S} 6`,
    },
    {
      from: 'followUp',
      event: 'followUp',
      to: 'feedback',
      guards: ['counterStaff', 'followUpNoted'],
      effects: ['stageTime', 'followUp'],
      source: `${S} 7`,
    },
    {
      from: 'feedback',
      event: 'feedback',
      to: 'closing',
      guards: ['counterStaff', 'satisfactionGiven'],
      effects: ['stageTime', 'feedback'],
      source: `${S} 8`,
    },
    {
      from: 'closing',
      event: 'archive',
      to: 'archived',
      guards: ['counterStaff'],
      effects: ['stageTime', 'archive'],
      source: `${S} 9`,
    },
  ],
  notAllowed: 'VISIT_STAGE_ORDER',
});

export type VisitState = keyof typeof VISIT_MACHINE.states;
export type VisitEvent = keyof typeof VISIT_MACHINE.events;
/** The nine stages of seed 004 §二, in order (archived is where a closed visit rests, not a stage). */
export const VISIT_STAGES = [
  'reception',
  'collection',
  'verification',
  'assessment',
  'explanation',
  'documents',
  'followUp',
  'feedback',
  'closing',
] as const satisfies readonly VisitState[];
export type VisitStage = (typeof VISIT_STAGES)[number];
