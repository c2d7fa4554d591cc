import {
  addCalendarDays,
  addElapsedHours,
  addWorkingDays,
  addWorkingTime,
  type BusinessCalendar,
} from '../calendar/index.ts';
import { DomainError } from '../core/index.ts';

export const DEADLINE_UNITS = [
  'elapsedHours',
  'calendarDays',
  'naturalDays',
  'workingDays',
  'workingHours',
] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** open → met, or open → breached (owner told) → escalated (one chain step at a time) → met. */
export const DEADLINE_STATES = ['open', 'met', 'breached', 'escalated'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Who an overdue deadline goes to, in order: the case owner, then the nearest holder of each role above. */
export const ESCALATION_STEPS = ['owner', 'teamLead', 'supervisor', 'headOffice'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/** What starts a deadline. Only `caseCreated` has a trigger today; the others wait for their capability. */
export const DEADLINE_STARTS = [
  'caseCreated',
  'majorCaseFlagged',
  'materialsComplete',
  'claimDecided',
  'payoutAgreed',
] as const;
export type DeadlineStart = (typeof DEADLINE_STARTS)[number];

/** The part of a stored rule the clock needs; copied into each deadline so a later edit never moves it. */
export type DeadlineRuleSpec = {
  unit: DeadlineUnit;
  amount: number;
  warnBeforeMinutes: number;
  escalationChain: readonly EscalationStep[];
  /** Time between two escalation steps once overdue; 0 = one step per sweep. */
  escalateEveryMinutes: number;
  /** Case events that meet the deadline; `close` meets every open deadline anyway. */
  metBy: readonly string[];
};

export type ComputedDeadline = { dueAt: Date; warnAt: Date | null; calendarNotPublished: boolean };

const MINUTE_MS = 60_000;

export const usesCalendar = (unit: DeadlineUnit): boolean => unit !== 'elapsedHours';

/** Refuses a rule that could never be computed, so bad settings fail when saved, not at the first case. */
export const validateRuleSpec = (rule: DeadlineRuleSpec): void => {
  const problems: string[] = [];
  if (!DEADLINE_UNITS.includes(rule.unit)) problems.push('unit');
  if (!Number.isSafeInteger(rule.amount) || rule.amount <= 0) problems.push('amount');
  if (!Number.isSafeInteger(rule.warnBeforeMinutes) || rule.warnBeforeMinutes < 0)
    problems.push('warnBeforeMinutes');
  if (!Number.isSafeInteger(rule.escalateEveryMinutes) || rule.escalateEveryMinutes < 0)
    problems.push('escalateEveryMinutes');
  if (rule.escalationChain.length === 0 || rule.escalationChain.some((s) => !ESCALATION_STEPS.includes(s)))
    problems.push('escalationChain');
  if (problems.length > 0) throw new DomainError('DEADLINE_RULE_INVALID', { problems });
};

/**
 * Due and warning instants of a deadline started at `startedAt`.
 * - elapsedHours ignores the calendar (the 24 h major-case report, seed 003 重大案件).
 * - calendarDays: the start day is not counted and a last day off rolls to the next working day (Civil Code
 *   arts. 201, 203), ending at 24:00.
 * - naturalDays (自然日): the start day is not counted, ending at 24:00 of the Nth day even when that is a holiday:
 *   for rules that define their 日 as natural days (银行业保险业消费投诉处理管理办法 art. 43).
 * - workingDays: ends at 24:00 of the Nth working day (seed 003 (五) "3 working days of receipt").
 * - workingHours: working time of the calendar, lunch and nights excluded.
 * The warning is `warnBeforeMinutes` before due, counted in working time for the working units (a warning at
 * 23:30 before a 24:00 deadline would reach nobody) and elapsed otherwise, and never before the start.
 */
export const computeDeadline = (
  rule: Pick<DeadlineRuleSpec, 'unit' | 'amount' | 'warnBeforeMinutes'>,
  calendar: BusinessCalendar | null,
  startedAt: Date,
): ComputedDeadline => {
  if (rule.unit !== 'elapsedHours' && !calendar)
    throw new DomainError('DEADLINE_RULE_INVALID', { problems: ['calendar'] });
  const cal = calendar as BusinessCalendar;
  const due =
    rule.unit === 'elapsedHours'
      ? addElapsedHours(startedAt, rule.amount)
      : rule.unit === 'calendarDays' || rule.unit === 'naturalDays'
        ? addCalendarDays(cal, startedAt, rule.amount, { rollToWorkingDay: rule.unit === 'calendarDays' })
        : rule.unit === 'workingDays'
          ? addWorkingDays(cal, startedAt, rule.amount)
          : addWorkingTime(cal, startedAt, rule.amount * 60 * MINUTE_MS);
  if (rule.warnBeforeMinutes <= 0) {
    return { dueAt: due.value, warnAt: null, calendarNotPublished: due.calendarNotPublished };
  }
  const before = rule.warnBeforeMinutes * MINUTE_MS;
  const warn =
    rule.unit === 'workingDays' || rule.unit === 'workingHours'
      ? addWorkingTime(cal, due.value, -before)
      : { value: new Date(due.value.getTime() - before), calendarNotPublished: false };
  const warnAt = warn.value.getTime() < startedAt.getTime() ? startedAt : warn.value;
  return {
    dueAt: due.value,
    warnAt,
    calendarNotPublished: due.calendarNotPublished || warn.calendarNotPublished,
  };
};
