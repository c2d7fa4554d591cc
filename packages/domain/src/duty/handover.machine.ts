/**
 * The shift hand-over of the hotline (交接班), seed 000 第九条–第十一条:
 * - 第九条: before the hand-over the incoming agent is in uniform, wears the badge and has the materials ready;
 * - 第十条: the incoming agent arrives 5 minutes early; both sign the hand-over book; the outgoing agent draws up the
 *   statistics of the shift;
 * - 第十一条: until the relief has arrived and the hand-over is done, the agent on duty may not leave.
 * The service fills the facts (who acts, the time of the move, the shift start, the checklist); the table decides.
 */

import { defineMachine, type GuardDef } from '../workflow/index.ts';

/** 第十条 "应提前5分钟到达值班室": how early the incoming agent checks in; a setting of the centre. */
export const DEFAULT_CHECK_IN_LEAD_MINUTES = 5;

export type HandoverSettings = { checkInLeadMinutes: number };
export const DEFAULT_HANDOVER_SETTINGS: HandoverSettings = {
  checkInLeadMinutes: DEFAULT_CHECK_IN_LEAD_MINUTES,
};

/** 第九条's three items, ticked by the incoming agent at check-in. */
export type PreShiftChecklist = { uniform: boolean; badge: boolean; materials: boolean };

export type HandoverFacts = {
  /** The person making the move, from their own login (never a name typed in). */
  actorId: string;
  incomingAgentId: string;
  outgoingAgentId: string;
  /** The duty lead (值班长) or the service manager of the scope. */
  actorIsDutyLead: boolean;
  /** When the move is made: the server's time, passed in (the domain reads no clock). */
  at: Date;
  shiftStart: Date;
  checklist: PreShiftChecklist | undefined;
  /** The incoming agent's confirmation is on record (read from storage, not from the request). */
  incomingConfirmed: boolean;
  settings: HandoverSettings;
};

const guards = {
  incoming: {
    code: 'NOT_INCOMING_AGENT',
    kind: 'actor',
    test: (f) => f.actorId === f.incomingAgentId,
    doc: 'the incoming agent, with their own login',
  },
  outgoing: {
    code: 'NOT_OUTGOING_AGENT',
    kind: 'actor',
    test: (f) => f.actorId === f.outgoingAgentId,
    doc: 'the outgoing agent, with their own login',
  },
  outgoingOrLead: {
    code: 'NOT_OUTGOING_AGENT',
    kind: 'actor',
    test: (f) => f.actorId === f.outgoingAgentId || f.actorIsDutyLead,
    doc: 'the outgoing agent or the duty lead',
  },
  readyForDuty: {
    code: 'PRE_SHIFT_CHECK_INCOMPLETE',
    kind: 'input',
    test: (f) => f.checklist?.uniform === true && f.checklist.badge && f.checklist.materials,
    doc: 'uniform, badge and materials ticked (第九条)',
  },
  onTime: {
    code: 'CHECK_IN_LATE',
    kind: 'state',
    test: (f) => f.at.getTime() <= f.shiftStart.getTime() - f.settings.checkInLeadMinutes * 60_000,
    doc: 'at least checkInLeadMinutes (5) before the shift starts (第十条)',
  },
  shiftStarted: {
    code: 'SHIFT_NOT_STARTED',
    kind: 'state',
    test: (f) => f.at.getTime() >= f.shiftStart.getTime(),
    doc: 'the shift start has passed without the incoming agent checking in',
  },
  incomingHasConfirmed: {
    code: 'INCOMING_NOT_CONFIRMED',
    kind: 'state',
    test: (f) => f.incomingConfirmed,
    doc: 'the incoming agent has confirmed the hand-over (第十一条)',
  },
} as const satisfies Record<string, GuardDef<HandoverFacts>>;

const ART_9_10 = 'seed 000 第九条 着装、胸卡、资料; 第十条 提前5分钟到达';
const ART_10 = 'seed 000 第十条 交班人员…进行统计，生成统计表';
const ART_10_SIGN = 'seed 000 第十条 交班人员与接班人员共同签字';
const ART_11 = 'seed 000 第十一条 接班人员未到岗或没有交班时，值班的服务专线信息员不得自行下班';

export const HANDOVER_MACHINE = defineMachine<HandoverFacts>()({
  id: 'dutyHandover',
  title: { zh: '交接班', en: 'Shift hand-over' },
  source:
    'Seed 000 第九条–第十一条: ready and 5 minutes early, statistics of the outgoing shift, both sign, nobody leaves before relieved.',
  initial: 'scheduled',
  states: {
    scheduled: { zh: '待接班', en: 'Scheduled' },
    incomingCheckedIn: { zh: '接班人已到岗', en: 'Incoming checked in' },
    statisticsGenerated: { zh: '已生成统计表', en: 'Statistics generated' },
    incomingConfirmed: { zh: '接班人已确认', en: 'Incoming confirmed' },
    signed: { zh: '双方已签字', en: 'Signed by both' },
    closed: { zh: '已交接', en: 'Closed' },
    reliefMissing: { zh: '接班人未到岗', en: 'Relief missing' },
  },
  events: {
    checkIn: { zh: '到岗签到', en: 'Check in' },
    generateStatistics: { zh: '生成交班统计', en: 'Generate statistics' },
    confirm: { zh: '接班确认', en: 'Confirm hand-over' },
    sign: { zh: '交班签字', en: 'Sign hand-over' },
    close: { zh: '完成交接', en: 'Close hand-over' },
    escalateMissingRelief: { zh: '上报接班人未到岗', en: 'Escalate missing relief' },
  },
  guards,
  effects: {
    recordCheckIn: 'stamps the check-in time and the 第九条 checklist',
    recordLate: 'marks the check-in as late, with the minutes, for the duty record',
    buildStatistics: 'stores the outgoing shift statistics (shiftStatistics) on the hand-over',
    recordConfirmation: "records the incoming agent's confirmation under their own login",
    recordSignature: "records the outgoing agent's signature beside the incoming agent's confirmation",
    releaseOutgoing: 'ends the outgoing duty: the outgoing agent may leave (第十一条)',
    notifyManager: 'alerts the duty lead and the service manager to arrange a replacement (第二条)',
    keepOutgoingOnDuty: 'keeps the outgoing agent on the post past the shift end (第十一条)',
  },
  rows: [
    {
      from: 'scheduled',
      event: 'checkIn',
      guards: ['incoming', 'readyForDuty', 'onTime'],
      to: 'incomingCheckedIn',
      effects: ['recordCheckIn'],
      source: ART_9_10,
    },
    // Later than the lead time the check-in still happens (the post must be filled) but is recorded as late.
    {
      from: 'scheduled',
      event: 'checkIn',
      as: 'checkInLate',
      guards: ['incoming', 'readyForDuty'],
      to: 'incomingCheckedIn',
      effects: ['recordCheckIn', 'recordLate'],
      source: ART_9_10,
    },
    {
      from: 'scheduled',
      event: 'escalateMissingRelief',
      guards: ['outgoingOrLead', 'shiftStarted'],
      to: 'reliefMissing',
      effects: ['notifyManager', 'keepOutgoingOnDuty'],
      source: ART_11,
    },
    {
      from: 'reliefMissing',
      event: 'checkIn',
      as: 'checkInLate',
      guards: ['incoming', 'readyForDuty'],
      to: 'incomingCheckedIn',
      effects: ['recordCheckIn', 'recordLate'],
      source: ART_9_10,
    },
    {
      from: 'incomingCheckedIn',
      event: 'generateStatistics',
      guards: ['outgoing'],
      to: 'statisticsGenerated',
      effects: ['buildStatistics'],
      source: ART_10,
    },
    {
      from: 'statisticsGenerated',
      event: 'confirm',
      guards: ['incoming'],
      to: 'incomingConfirmed',
      effects: ['recordConfirmation'],
      source: ART_10_SIGN,
    },
    // Offered to the outgoing agent as soon as the statistics are out, so a sign before the incoming agent's
    // confirmation is refused for that reason (第十一条), not as a move of the wrong state.
    {
      from: 'statisticsGenerated',
      event: 'sign',
      guards: ['outgoing', 'incomingHasConfirmed'],
      to: 'signed',
      effects: ['recordSignature'],
      source: ART_10_SIGN,
    },
    {
      from: 'incomingConfirmed',
      event: 'sign',
      guards: ['outgoing', 'incomingHasConfirmed'],
      to: 'signed',
      effects: ['recordSignature'],
      source: ART_10_SIGN,
    },
    {
      from: 'signed',
      event: 'close',
      guards: ['outgoingOrLead'],
      to: 'closed',
      effects: ['releaseOutgoing'],
      source: ART_11,
    },
  ],
  notAllowed: 'HANDOVER_TRANSITION_NOT_ALLOWED',
});
