import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { DeadlineTable } from '../db/schema.ts';

type Q = Db | Tx;

export type DeadlineRow = Omit<DeadlineTable, 'escalation_level' | 'version'> & {
  escalation_level: number;
  version: number;
};

export const activeRules = (q: Q, caseKind: string, startsOn: string) =>
  q
    .selectFrom('deadline_rules')
    .selectAll()
    .where('active', '=', true)
    .where('starts_on', '=', startsOn)
    .where((eb) => eb.or([eb('case_kind', '=', caseKind), eb('case_kind', 'is', null)]))
    .orderBy('id')
    .execute();

export const insertDeadline = (tx: Tx, row: Omit<DeadlineTable, 'escalation_level' | 'version'>) =>
  tx
    .insertInto('deadlines')
    .values({ ...row, rule: JSON.stringify(row.rule) })
    .onConflict((oc) => oc.columns(['case_id', 'rule_id']).doNothing())
    .execute();

export const unmetDeadlinesOfCase = (tx: Tx, caseId: string) =>
  tx
    .selectFrom('deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('state', '<>', 'met')
    .forUpdate()
    .execute() as Promise<DeadlineRow[]>;

export const markMet = (tx: Tx, ids: string[], now: Date) =>
  tx
    .updateTable('deadlines')
    .set({ state: 'met', met_at: now, next_action_at: null, version: sql`version + 1` })
    .where('id', 'in', ids)
    .execute();

export const deadlinesOfCase = (q: Q, caseId: string) =>
  q
    .selectFrom('deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('due_at')
    .orderBy('id')
    .execute() as Promise<DeadlineRow[]>;

/** The most urgent unmet deadline of each case: one query for a page of the case list. */
export const nextDeadlines = async (q: Q, caseIds: string[]) => {
  if (caseIds.length === 0) return [];
  return q
    .selectFrom('deadlines')
    .distinctOn('case_id')
    .select(['case_id', 'kind', 'due_at', 'state', 'warned_at', 'calendar_not_published'])
    .where('case_id', 'in', caseIds)
    .where('state', '<>', 'met')
    .orderBy('case_id')
    .orderBy('due_at')
    .execute();
};

/** Unmet deadlines of the cases a user owns, most urgent first. */
export const deadlinesOwnedBy = (q: Q, userId: string, scope: string[], limit: number) =>
  q
    .selectFrom('deadlines as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .selectAll('d')
    .select(['c.number', 'c.subject', 'c.kind as case_kind', 'c.status as case_status'])
    .where('c.owner_id', '=', userId)
    .where('c.branch_id', 'in', scope)
    .where('d.state', '<>', 'met')
    .orderBy('d.due_at')
    .orderBy('d.id')
    .limit(limit)
    .execute();

/** Open deadlines computed on any of these calendars: the ones a calendar edit may move. */
export const openDeadlinesOn = (tx: Tx, calendarIds: string[]) =>
  tx
    .selectFrom('deadlines')
    .selectAll()
    .where('state', '=', 'open')
    .where('calendar_id', 'in', calendarIds)
    .forUpdate()
    .execute() as Promise<DeadlineRow[]>;

export const updateSchedule = (
  tx: Tx,
  id: string,
  set: { due_at: Date; warn_at: Date | null; calendar_not_published: boolean; next_action_at: Date | null },
) =>
  tx
    .updateTable('deadlines')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();

/** An active deadline rule by id: a rule switched off starts nothing. */
export const activeRule = (tx: Tx, ruleId: string) =>
  tx
    .selectFrom('deadline_rules')
    .selectAll()
    .where('id', '=', ruleId)
    .where('active', '=', true)
    .executeTakeFirst();

/** A case's deadline of one rule, locked: the clock moves (restart, extend, pause, resume) change it. */
export const lockDeadlineOfRule = (tx: Tx, caseId: string, ruleId: string) =>
  tx
    .selectFrom('deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('rule_id', '=', ruleId)
    .forUpdate()
    .executeTakeFirst();

/** The unmet deadline of a rule on a case, for guards such as "an extension is asked for in time". */
export const unmetDeadlineOfRule = (q: Q, caseId: string, ruleId: string) =>
  q
    .selectFrom('deadlines')
    .select(['id', 'due_at', 'state'])
    .where('case_id', '=', caseId)
    .where('rule_id', '=', ruleId)
    .where('state', '<>', 'met')
    .executeTakeFirst();

export type Schedule = {
  calendar_id: string | null;
  due_at: Date;
  warn_at: Date | null;
  calendar_not_published: boolean;
  next_action_at: Date | null;
};

/** Moves a deadline's clock: a new schedule (and rule, start, stop) with the sweeper's marks reset as the caller says. */
export const updateClock = (
  tx: Tx,
  id: string,
  set: Partial<Schedule> & {
    rule?: unknown;
    started_at?: Date;
    paused_at?: Date | null;
    clock_shift_ms?: string;
    state?: 'open';
    escalation_level?: number;
    warned_at?: null;
    breached_at?: null;
    last_escalated_at?: null;
    met_at?: null;
  },
) =>
  tx
    .updateTable('deadlines')
    .set({
      ...set,
      ...(set.rule === undefined ? {} : { rule: JSON.stringify(set.rule) }),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
