import { DomainError } from '../core/index.ts';
import type { DeadlineUnit } from '../deadlines/index.ts';
import type { ApprovalLevel } from './authority.ts';
import type { Complexity } from './classification.ts';

/**
 * The regulatory decision clock of 银行业保险业消费投诉处理管理办法 (原银保监会令2020年第3号, in force 2020-03-01),
 * art. 18 ¶1: "对于事实清楚、争议情况简单的消费投诉，应当自收到消费投诉之日起15日内作出处理决定并告知投诉人，情况复杂的可以
 * 延长至30日；情况特别复杂或者有其他特殊原因的，经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日".
 * The unit: art. 43 ¶2 "本办法中除'7个工作日'以外的'日'均为自然日", so natural days: the day of receipt is not counted
 * and the limit ends at 24:00 of the 15th day even on a holiday (art. 43 ¶1: "以内" includes the number). The
 * unit stays a setting (the `complaint-decision` deadline rule) for an institution whose own policy is stricter.
 */
export type ComplaintClockRules = {
  unit: Extract<DeadlineUnit, 'naturalDays' | 'calendarDays' | 'workingDays'>;
  /** Facts clear, dispute simple. */
  baseDays: number;
  /** Complex: the limit may be extended to this total. */
  complexTotalDays: number;
  /** Very complex or special reasons: this many more, with senior approval and notice to the complainant. */
  veryComplexExtraDays: number;
  /** Seed 000 §(四)5 "在XX小时之内给您明确的答复": the default the agent offers on the phone. */
  defaultReplyHours: number;
  /** Call-back after the complainant was told (seed 002 §三(二)5 gives no number): working days. */
  callbackWorkingDays: number;
  /** Call-back score at or above which the complainant counts as satisfied (scale 1–5). */
  satisfiedFromScore: number;
};

export const DEFAULT_COMPLAINT_CLOCK: ComplaintClockRules = {
  // 办法 (2020) art. 43 ¶2: 日 are natural days.
  unit: 'naturalDays',
  // 办法 (2020) art. 18 ¶1: 15 日.
  baseDays: 15,
  // 办法 (2020) art. 18 ¶1: 情况复杂的可以延长至 30 日.
  complexTotalDays: 30,
  // 办法 (2020) art. 18 ¶1: 可以再延长 30 日.
  veryComplexExtraDays: 30,
  // Setting: seed 000 §(四)5 leaves XX open.
  defaultReplyHours: 24,
  // Setting: no seed fixes the call-back delay.
  callbackWorkingDays: 3,
  // Setting: 4 or 5 of 5 is satisfied.
  satisfiedFromScore: 4,
};

/** An extension step: the new total limit, who must approve it, and whether the complainant must be told. */
export type ExtensionStep = {
  stage: 1 | 2;
  totalDays: number;
  approverLevel: ApprovalLevel;
  noticeToComplainant: boolean;
};

/**
 * The extension a complaint may ask for next, or null. Stage 1 (to 30 days) needs a complex complaint and, in
 * this product, a supervisor's approval record; stage 2 (30 more) needs a very complex one, approval by the
 * superior institution or head-office senior management, and notice to the complainant (办法 2020 art. 18 ¶1).
 */
export const nextExtension = (
  rules: ComplaintClockRules,
  complexity: Complexity | null,
  stage: number,
): ExtensionStep | null => {
  if (stage === 0 && (complexity === 'complex' || complexity === 'veryComplex'))
    return {
      stage: 1,
      totalDays: rules.complexTotalDays,
      approverLevel: 'supervisor',
      noticeToComplainant: false,
    };
  if (stage === 1 && complexity === 'veryComplex')
    return {
      stage: 2,
      totalDays: rules.complexTotalDays + rules.veryComplexExtraDays,
      approverLevel: 'headOffice',
      noticeToComplainant: true,
    };
  return null;
};

/** The decision limit in force after `stage` approved extensions. */
export const decisionLimitDays = (rules: ComplaintClockRules, stage: number): number =>
  stage <= 0
    ? rules.baseDays
    : stage === 1
      ? rules.complexTotalDays
      : rules.complexTotalDays + rules.veryComplexExtraDays;

export const validateClockRules = (r: ComplaintClockRules): void => {
  const problems: string[] = [];
  const whole = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;
  if (!['naturalDays', 'calendarDays', 'workingDays'].includes(r.unit)) problems.push('unit');
  if (!whole(r.baseDays, 1)) problems.push('baseDays');
  if (!whole(r.complexTotalDays, r.baseDays)) problems.push('complexTotalDays');
  if (!whole(r.veryComplexExtraDays, 1)) problems.push('veryComplexExtraDays');
  if (!whole(r.defaultReplyHours, 1)) problems.push('defaultReplyHours');
  if (!whole(r.callbackWorkingDays, 1)) problems.push('callbackWorkingDays');
  if (!(whole(r.satisfiedFromScore, 1) && r.satisfiedFromScore <= 5)) problems.push('satisfiedFromScore');
  if (problems.length > 0) throw new DomainError('COMPLAINT_RULES_INVALID', { problems });
};

/**
 * Why the decision clock may stop (the time is "不计入消费投诉处理期限"):
 * - appraisal: an outside body appraises, tests or assesses (鉴定、检测、评估), 办法 (2020) art. 18 ¶2, and the
 *   complainant must be told;
 * - mediation: the complainant agreed to mediation and the parties applied to a mediation body, art. 23.
 */
export const CLOCK_STOP_REASONS = ['appraisal', 'mediation'] as const;
export type ClockStopReason = (typeof CLOCK_STOP_REASONS)[number];

export type ClockStop = { startedAt: Date; endedAt: Date | null };

/**
 * The instant the decision clock counts from once stopped periods are left out: the receipt moved later by the
 * time spent in each finished stop. The deadline is then computed as usual from this start, so a day-based limit
 * still ends at 24:00 and a stop of part of a day moves it by at most that day. An unfinished stop has no end
 * yet; while it lasts the clock has no due time (see `clockStopped`).
 */
export const clockStartAfterStops = (receivedAt: Date, stops: readonly ClockStop[]): Date => {
  let shift = 0;
  for (const s of stops) {
    if (s.endedAt === null) continue;
    const ms = s.endedAt.getTime() - s.startedAt.getTime();
    if (ms > 0) shift += ms;
  }
  return new Date(receivedAt.getTime() + shift);
};

export const clockStopped = (stops: readonly ClockStop[]): boolean => stops.some((s) => s.endedAt === null);
