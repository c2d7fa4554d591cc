import type { Db } from '../db/database.ts';

export type MajorInboxFilter = 'all' | 'reported' | 'unreported';

/**
 * Every major claim report of the scope with its branch, its 24-hour report deadline and who at head office
 * acknowledged it. Urgency first: reports still owed before sent ones, each by due time (an overdue one has the
 * earliest), then acknowledged ones last.
 */
export const listMajorReports = (db: Db, scope: string[], filter: MajorInboxFilter, limit: number) => {
  let q = db
    .selectFrom('claim_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .leftJoin('users as ack', 'ack.id', 'r.major_acknowledged_by')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('deadlines')
          .select(['kind', 'due_at', 'state', 'warned_at', 'calendar_not_published'])
          .whereRef('deadlines.case_id', '=', 'r.case_id')
          .where('deadlines.kind', '=', 'majorCaseReport')
          .orderBy('deadlines.created_at', 'desc')
          .limit(1)
          .as('d'),
      (join) => join.onTrue(),
    )
    .select([
      'r.case_id',
      'c.number',
      'c.subject',
      'b.id as branch_id',
      'b.code as branch_code',
      'b.name as branch_name',
      'r.major_reasons',
      'r.major_flagged_at',
      'r.major_reported_at',
      'r.major_report',
      'r.major_acknowledged_at',
      'ack.display_name as acknowledged_by',
      'd.kind as deadline_kind',
      'd.due_at',
      'd.state as deadline_state',
      'd.warned_at',
      'd.calendar_not_published',
    ])
    .where('r.major', '=', true)
    .where('c.branch_id', 'in', scope);
  if (filter === 'reported') q = q.where('r.major_reported_at', 'is not', null);
  if (filter === 'unreported') q = q.where('r.major_reported_at', 'is', null);
  return q
    .orderBy((eb) => eb('r.major_reported_at', 'is not', null))
    .orderBy((eb) => eb('r.major_acknowledged_at', 'is not', null))
    .orderBy('d.due_at', (o) => o.asc().nullsLast())
    .orderBy('r.major_flagged_at', 'desc')
    .orderBy('r.case_id')
    .limit(limit)
    .execute();
};

export type MajorReportListRow = Awaited<ReturnType<typeof listMajorReports>>[number];
