import { randomUUID } from 'node:crypto';
import { computeDeadline, firstActionAt, usesCalendar } from '@claimline/domain/deadlines';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import * as repo from './repository.ts';
import { type RuleSnapshot, ruleOf, snapshotOf } from './service.ts';

/**
 * Clocks a capability starts, moves and restarts on a case by rule id (the complaint decision, reply, call-back
 * and review clocks): they live in the shared deadlines table and are swept like every other deadline. Only this
 * folder writes deadline rows; callers pass the case and the rule, in their own transaction.
 */

type CaseRef = { caseId: string; branchId: string };

const scheduleFor = async (
  tx: Tx,
  rule: RuleSnapshot,
  branchId: string,
  startedAt: Date,
): Promise<repo.Schedule> => {
  let calendarId: string | null = null;
  let calendar = null;
  if (usesCalendar(rule.unit) && rule.calendarId) {
    calendarId = await calendarForBranch(tx, rule.calendarId, branchId);
    calendar = (await effectiveCalendar(tx, calendarId)).compiled;
  }
  const due = computeDeadline(rule, calendar, startedAt);
  return {
    calendar_id: calendarId,
    due_at: due.dueAt,
    warn_at: due.warnAt,
    calendar_not_published: due.calendarNotPublished,
    next_action_at: firstActionAt({ dueAt: due.dueAt, warnAt: due.warnAt, warnedAt: null }),
  };
};

/** Where the clock counts from: the start moved later by the time it stood still (办法 2020 arts. 18 ¶2, 23). */
export const countsFrom = (d: { started_at: Date; clock_shift_ms: string | number }) =>
  new Date(d.started_at.getTime() + Number(d.clock_shift_ms));

/** The sweeper's marks wiped: the deadline is open again, not warned and not escalated. */
const reopened = { state: 'open', escalation_level: 0, warned_at: null, last_escalated_at: null } as const;

/**
 * Starts the deadline of `ruleId` for a case at `startedAt`, or restarts it (open again, not warned, not
 * escalated) when the case had one, e.g. a reopened complaint. `amount` overrides the rule's, e.g. the reply
 * time the agent promised on the phone. Does nothing when the rule is switched off.
 */
export const startDeadline = async (tx: Tx, c: CaseRef, ruleId: string, startedAt: Date, amount?: number) => {
  const row = await repo.activeRule(tx, ruleId);
  if (!row) return null;
  const rule: RuleSnapshot = { ...snapshotOf(row), ...(amount ? { amount } : {}) };
  const schedule = await scheduleFor(tx, rule, c.branchId, startedAt);
  const before = await repo.lockDeadlineOfRule(tx, c.caseId, ruleId);
  if (!before) {
    await repo.insertDeadline(tx, {
      id: randomUUID(),
      case_id: c.caseId,
      kind: rule.kind,
      rule_id: rule.id,
      rule,
      started_at: startedAt,
      state: 'open',
      warned_at: null,
      breached_at: null,
      last_escalated_at: null,
      met_at: null,
      last_swept_at: null,
      created_at: startedAt,
      paused_at: null,
      clock_shift_ms: '0',
      ...schedule,
    });
  } else {
    await repo.updateClock(tx, before.id, {
      ...schedule,
      ...reopened,
      rule,
      started_at: startedAt,
      paused_at: null,
      clock_shift_ms: '0',
      breached_at: null,
      met_at: null,
    });
  }
  return schedule.due_at;
};

/**
 * An approved extension: the same deadline, from the same start, with a longer limit. It is open again even if
 * the sweeper had warned about the shorter one; an escalation already recorded stays in the timeline.
 */
export const extendDeadline = async (tx: Tx, c: CaseRef, ruleId: string, totalAmount: number) => {
  const d = await repo.lockDeadlineOfRule(tx, c.caseId, ruleId);
  if (!d || d.state === 'met') return null;
  const rule: RuleSnapshot = { ...ruleOf(d), amount: totalAmount };
  const schedule = await scheduleFor(tx, rule, c.branchId, countsFrom(d));
  await repo.updateClock(tx, d.id, {
    ...schedule,
    // A stopped clock stays stopped: the longer limit applies once it runs again.
    ...(d.paused_at ? { next_action_at: null } : {}),
    ...reopened,
    rule,
  });
  return schedule.due_at;
};

/** The unmet deadline of a rule on a case, for guards such as "an extension is asked for in time". */
export const openDeadline = (q: Db | Tx, caseId: string, ruleId: string) =>
  repo.unmetDeadlineOfRule(q, caseId, ruleId);

/** Stops the clock: the sweeper leaves the deadline alone (no warning, no breach) until it is resumed. */
export const pauseDeadline = async (tx: Tx, caseId: string, ruleId: string, now: Date) => {
  const d = await repo.lockDeadlineOfRule(tx, caseId, ruleId);
  if (!d || d.state === 'met' || d.paused_at) return null;
  await repo.updateClock(tx, d.id, { paused_at: now, next_action_at: null });
  return d.due_at;
};

/**
 * Runs the clock again: the stopped time is added to the shift and the due time computed afresh from the moved
 * start. Like an extension, the deadline is open again; if the new due time has passed too, the next sweep says so.
 */
export const resumeDeadline = async (tx: Tx, c: CaseRef, ruleId: string, now: Date) => {
  const d = await repo.lockDeadlineOfRule(tx, c.caseId, ruleId);
  if (!d?.paused_at || d.state === 'met') return null;
  const shift = Number(d.clock_shift_ms) + Math.max(0, now.getTime() - d.paused_at.getTime());
  const schedule = await scheduleFor(tx, ruleOf(d), c.branchId, countsFrom({ ...d, clock_shift_ms: shift }));
  await repo.updateClock(tx, d.id, {
    ...schedule,
    ...reopened,
    paused_at: null,
    clock_shift_ms: String(shift),
  });
  return schedule.due_at;
};
