import { randomUUID } from 'node:crypto';
import {
  computeDeadline,
  type DeadlineRuleSpec,
  type DeadlineStart,
  type DeadlineUnit,
  type EscalationStep,
  firstActionAt,
  meetsDeadline,
  usesCalendar,
  validateRuleSpec,
} from '@claimline/domain/deadlines';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import type { DeadlineRuleTable } from '../db/schema.ts';
import * as repo from './repository.ts';

/** The rule as it was when the deadline started, stored on the deadline so a later edit never moves it. */
export type RuleSnapshot = DeadlineRuleSpec & {
  id: string;
  kind: string;
  source: string;
  calendarId: string | null;
};

export const snapshotOf = (r: Omit<DeadlineRuleTable, 'active'>): RuleSnapshot => {
  const snapshot: RuleSnapshot = {
    id: r.id,
    kind: r.kind,
    source: r.source,
    calendarId: r.calendar_id,
    unit: r.unit as DeadlineUnit,
    amount: r.amount,
    warnBeforeMinutes: r.warn_before_minutes,
    escalationChain: r.escalation_chain as EscalationStep[],
    escalateEveryMinutes: r.escalate_every_minutes,
    metBy: r.met_by,
  };
  validateRuleSpec(snapshot);
  return snapshot;
};

export const ruleOf = (row: { rule: unknown }): RuleSnapshot => row.rule as RuleSnapshot;

/**
 * Opens the deadlines of a case whose rules start on `trigger`, in the caller's transaction (the case change and
 * its deadlines commit together). Calendar rules run on the case's branch calendar layered over the rule's.
 */
/*
 * The rules and calendars a new case's deadlines read, remembered for the rest of its transaction: a
 * group-committed batch (intake-batch/) opens the deadlines of tens of cases of one kind and branch in one
 * transaction, and would read the same rows for each (four round trips an item). Intake writes none of them.
 */
const readsOf = new WeakMap<Tx, Map<string, Promise<unknown>>>();
const once = <T>(tx: Tx, key: string, read: () => Promise<T>): Promise<T> => {
  const m = readsOf.get(tx) ?? new Map<string, Promise<unknown>>();
  readsOf.set(tx, m);
  const known = m.get(key) as Promise<T> | undefined;
  if (known) return known;
  const p = read();
  m.set(key, p);
  // A failed read is not remembered: the item is refused, and the next one reads again.
  p.catch(() => m.delete(key));
  return p;
};

export const openCaseDeadlines = async (
  tx: Tx,
  c: { caseId: string; caseKind: string; branchId: string },
  startedAt: Date,
  trigger: DeadlineStart = 'caseCreated',
) => {
  const rules = await once(tx, `rules|${c.caseKind}|${trigger}`, () =>
    repo.activeRules(tx, c.caseKind, trigger),
  );
  for (const r of rules) {
    const rule = snapshotOf(r);
    let calendarId: string | null = null;
    let calendar = null;
    if (usesCalendar(rule.unit) && rule.calendarId) {
      const ruleCalendar = rule.calendarId;
      calendarId = await once(tx, `chain|${ruleCalendar}|${c.branchId}`, () =>
        calendarForBranch(tx, ruleCalendar, c.branchId),
      );
      const id = calendarId;
      calendar = (await once(tx, `calendar|${id}`, () => effectiveCalendar(tx, id))).compiled;
    }
    const due = computeDeadline(rule, calendar, startedAt);
    await repo.insertDeadline(tx, {
      id: randomUUID(),
      case_id: c.caseId,
      kind: rule.kind,
      rule_id: rule.id,
      rule,
      calendar_id: calendarId,
      started_at: startedAt,
      due_at: due.dueAt,
      warn_at: due.warnAt,
      state: 'open',
      warned_at: null,
      breached_at: null,
      last_escalated_at: null,
      met_at: null,
      calendar_not_published: due.calendarNotPublished,
      next_action_at: firstActionAt({ dueAt: due.dueAt, warnAt: due.warnAt, warnedAt: null }),
      last_swept_at: null,
      created_at: startedAt,
      paused_at: null,
      clock_shift_ms: '0',
    });
  }
};

/** Closes as met the deadlines a case event meets (`close` meets them all), in the event's transaction. */
export const meetCaseDeadlines = async (tx: Tx, caseId: string, event: string, now: Date) => {
  const unmet = await repo.unmetDeadlinesOfCase(tx, caseId);
  const met = unmet.filter((d) => meetsDeadline(ruleOf(d), event));
  if (met.length > 0)
    await repo.markMet(
      tx,
      met.map((d) => d.id),
      now,
    );
  return met.map((d) => d.kind);
};

/**
 * After a calendar edit, moves the open deadlines computed on it (or on a branch calendar over it), so a
 * provisional deadline in an unpublished year becomes exact once the notice is loaded. Warned and overdue
 * deadlines keep their course.
 */
export const recomputeOpenDeadlines = async (tx: Tx, calendarIds: string[]) => {
  const open = await repo.openDeadlinesOn(tx, calendarIds);
  const calendars = new Map<string, Awaited<ReturnType<typeof effectiveCalendar>>>();
  for (const d of open) {
    if (!d.calendar_id) continue;
    let cal = calendars.get(d.calendar_id);
    if (!cal) {
      cal = await effectiveCalendar(tx, d.calendar_id, { fresh: true });
      calendars.set(d.calendar_id, cal);
    }
    // The clock counts from the start moved by any time it stood still; a stopped one stays asleep.
    const from = new Date(d.started_at.getTime() + Number(d.clock_shift_ms));
    const due = computeDeadline(ruleOf(d), cal.compiled, from);
    await repo.updateSchedule(tx, d.id, {
      due_at: due.dueAt,
      warn_at: due.warnAt,
      calendar_not_published: due.calendarNotPublished,
      next_action_at: d.paused_at
        ? null
        : firstActionAt({ dueAt: due.dueAt, warnAt: due.warnAt, warnedAt: d.warned_at }),
    });
  }
  return open.length;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A deadline as the API shows it. */
export const deadlineView = (d: repo.DeadlineRow) => {
  const rule = ruleOf(d);
  return {
    id: d.id,
    kind: d.kind,
    ruleId: d.rule_id,
    ruleSource: rule.source,
    unit: rule.unit,
    amount: rule.amount,
    startedAt: d.started_at.toISOString(),
    dueAt: d.due_at.toISOString(),
    warnAt: iso(d.warn_at),
    state: d.state,
    escalationLevel: d.escalation_level,
    escalatedTo: d.escalation_level > 0 ? (rule.escalationChain[d.escalation_level - 1] ?? null) : null,
    warnedAt: iso(d.warned_at),
    breachedAt: iso(d.breached_at),
    metAt: iso(d.met_at),
    calendarNotPublished: d.calendar_not_published,
    pausedAt: iso(d.paused_at),
  };
};

export const caseDeadlines = async (q: Db | Tx, caseId: string) =>
  (await repo.deadlinesOfCase(q, caseId)).map(deadlineView);

export type NextDeadline = {
  kind: string;
  dueAt: string;
  state: string;
  warned: boolean;
  calendarNotPublished: boolean;
};

/** For the case list: each case's most urgent unmet deadline, by case id. */
export const nextDeadlineByCase = async (q: Db | Tx, caseIds: string[]) =>
  new Map<string, NextDeadline>(
    (await repo.nextDeadlines(q, caseIds)).map((d) => [
      d.case_id,
      {
        kind: d.kind,
        dueAt: d.due_at.toISOString(),
        state: d.state,
        warned: d.warned_at !== null,
        calendarNotPublished: d.calendar_not_published,
      },
    ]),
  );

export const myDeadlines = async (q: Db, userId: string, scope: string[]) =>
  (await repo.deadlinesOwnedBy(q, userId, scope, 200)).map((d) => ({
    ...deadlineView(d),
    caseId: d.case_id,
    caseNumber: d.number,
    caseSubject: d.subject,
    caseKind: d.case_kind,
    caseStatus: d.case_status,
  }));
