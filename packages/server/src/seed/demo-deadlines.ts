import { meetCaseDeadlines, openCaseDeadlines } from '../deadlines/service.ts';
import type { Deps } from '../http/context.ts';

/**
 * Issue #21 part 6: the generated demo cases and complaints are written straight into their tables (seed.ts), so
 * they would carry no clock. Each open one gets the deadlines a live record of its kind gets, by the same rules
 * on its branch's business calendar, started when it was taken; the events it already went through meet theirs
 * (a consultation already answered has met its first response). Runs once, after the calendars, the deadline
 * rules and the complaint records exist.
 */
export const seedDemoDeadlines = async (deps: Pick<Deps, 'db'>) => {
  await deps.db.transaction().execute(async (tx) => {
    const open = await tx
      .selectFrom('cases as c')
      .select(['c.id', 'c.kind', 'c.branch_id', 'c.created_at'])
      .where('c.status', '<>', 'closed')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('deadlines as d').select('d.id').whereRef('d.case_id', '=', 'c.id'))),
      )
      .orderBy('c.created_at')
      .execute();
    for (const c of open) {
      await openCaseDeadlines(tx, { caseId: c.id, caseKind: c.kind, branchId: c.branch_id }, c.created_at);
      const events = await tx
        .selectFrom('case_events')
        .select(['type', 'at'])
        .where('case_id', '=', c.id)
        .orderBy('id')
        .execute();
      for (const e of events) await meetCaseDeadlines(tx, c.id, e.type, e.at);
    }
  });
};
