/**
 * The duty roster as data (issue #16). Seed 000 第一条: the service manager (客户服务管理岗) draws up the duty plan;
 * these are its parts. Times are Asia/Shanghai wall-clock ('HH:mm'); a shift whose end is not after its start ends
 * on the next day (a night shift 20:00–08:00).
 */

import type { Label } from '../core/labels.ts';

export type IsoDate = string;

/** The posts of a claims-service centre: 专线坐席, 理赔柜面, 投诉岗, 值班长. */
export type PostKind = 'hotlineSeat' | 'claimsDesk' | 'complaints' | 'dutyLead';

export type Post = {
  id: string;
  kind: PostKind;
  name: Label;
  /** Skills every agent on this post needs (e.g. 'claims', 'complaints', 'lead'). */
  skills: readonly string[];
  /** When the post must never be empty (第三条 不得出现空岗): '24x7' or daily local ranges, end exclusive. */
  staffed: '24x7' | readonly { start: string; end: string }[];
  /** Agents needed at once while staffed; below it the post is under-staffed, at 0 it is empty. */
  minAgents: number;
};

export type ShiftTemplate = {
  id: string;
  postId: string;
  start: string;
  end: string;
  /** Skills this shift needs on top of its post's. */
  skills: readonly string[];
};

export type Agent = {
  id: string;
  name: string;
  skills: readonly string[];
  /** The agent's own cap, e.g. a part-time contract; the rules' cap applies when it is lower. */
  maxHoursPerWeek: number;
  /** Leave approved by the service manager (第二条 事假、病假 reported in advance). */
  leaveDays: readonly IsoDate[];
  /**
   * For a new agent (issue #17, seed 002 §四): the required courses with no valid certificate; on a hotline seat this
   * is a breach. Absent for agents the rule does not concern.
   */
  missingTraining?: readonly string[];
};

/**
 * One agent on one shift on one date. A swap (调班) names the agent originally rostered and who approved it; 第二条
 * forbids swapping on one's own (不得擅自调班), so an unapproved swap is a breach.
 */
export type Assignment = {
  id: string;
  agentId: string;
  shiftId: string;
  date: IsoDate;
  swap?: { replaces: string; approvedBy: string | null };
};

export type RosterPlan = {
  /** The days the plan covers: coverage is checked on these. */
  dates: readonly IsoDate[];
  posts: readonly Post[];
  shifts: readonly ShiftTemplate[];
  agents: readonly Agent[];
  assignments: readonly Assignment[];
};

export type RosterRules = {
  /**
   * Least rest between two shifts of one agent. No Chinese statute sets a daily rest period; 11 h is a centre
   * setting borrowed from the EU Working Time Directive 2003/88/EC art. 3.
   */
  minRestHours: number;
  /**
   * Weekly cap on rostered hours (local Monday–Sunday, a shift counted in the week it starts). 40 h: 国务院《关于职工
   * 工作时间的规定》(1995) 第三条 "每日工作8小时、每周工作40小时"; 劳动法 第三十六条 allows "平均每周工作时间不超过四十四小时",
   * so 44 is the legal ceiling a centre may configure.
   */
  maxWeeklyHours: number;
  /** Length of a coverage interval in minutes (the forecast's 30). */
  intervalMinutes: number;
};

export const DEFAULT_ROSTER_RULES: RosterRules = {
  minRestHours: 11,
  maxWeeklyHours: 40,
  intervalMinutes: 30,
};

export const ROSTER_VIOLATION_CODES = [
  'UNKNOWN_REFERENCE',
  'EMPTY_POST',
  'UNDERSTAFFED_POST',
  'DOUBLE_BOOKED',
  'REST_TOO_SHORT',
  'WEEKLY_HOURS_EXCEEDED',
  'MISSING_SKILL',
  'ON_APPROVED_LEAVE',
  'SWAP_NOT_APPROVED',
  'TRAINING_MISSING',
] as const;
export type RosterViolationCode = (typeof ROSTER_VIOLATION_CODES)[number];

export type RosterViolation = {
  code: RosterViolationCode;
  message: Label;
  /** The seed article or law broken. */
  source: string;
  agentId?: string;
  postId?: string;
  assignmentIds: string[];
  /** The time span concerned (the empty interval run, the overlap, the short rest…). */
  from?: Date;
  to?: Date;
};
