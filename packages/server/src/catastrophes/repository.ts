import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { CatastropheEventTable, CatastropheReportTable } from '../db/schema.ts';

type Q = Db | Tx;
export type CatastropheRow = CatastropheEventTable;
export type CatastrophePatch = Partial<Pick<CatastropheRow, 'state' | 'note' | 'updated_at'>>;

/** A branch's id and every ancestor's: a catastrophe naming any of them reaches the branch. */
export const lineageOf = async (db: Q, branchId: string): Promise<string[]> =>
  (
    await sql<{ id: string }>`
      SELECT a.id::text AS id FROM branches b JOIN branches a ON b.path LIKE a.path || '%' WHERE b.id = ${branchId}
    `.execute(db)
  ).rows.map((r) => r.id);

/** Events whose area meets `reach` (the viewer's lineage and scope): a viewer never reads another region's event. */
export const listCatastrophes = (db: Q, reach: readonly string[]) =>
  db
    .selectFrom('catastrophe_events')
    .selectAll()
    .where(sql<boolean>`area_branch_ids && ${sql.val(reach)}::uuid[]`)
    .orderBy(sql`CASE state WHEN 'active' THEN 0 WHEN 'declared' THEN 1 ELSE 2 END`)
    .orderBy('starts_at', 'desc')
    .limit(200)
    .execute();

export const findCatastrophe = async (db: Q, id: string, reach: readonly string[], lock = false) => {
  let q = db
    .selectFrom('catastrophe_events')
    .selectAll()
    .where('id', '=', id)
    .where(sql<boolean>`area_branch_ids && ${sql.val(reach)}::uuid[]`);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
};

export const insertCatastrophe = (tx: Tx, row: CatastropheRow) =>
  tx.insertInto('catastrophe_events').values(row).execute();

export const updateCatastropheVersioned = async (
  tx: Tx,
  id: string,
  version: number,
  patch: CatastrophePatch,
) => {
  const r = await tx
    .updateTable('catastrophe_events')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const branchesNamed = (db: Q, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('branches').select(['id', 'name', 'name_en']).where('id', 'in', ids).execute();

/** Report counts per event over the viewer's branches only. */
export const countsByEvent = async (db: Q, ids: readonly string[], scope: readonly string[]) => {
  if (ids.length === 0 || scope.length === 0)
    return new Map<string, { reports: number; open: number; peopleAtRisk: number }>();
  const rows = await db
    .selectFrom('catastrophe_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select((eb) => [
      'r.catastrophe_id',
      eb.fn.countAll<string>().as('reports'),
      sql<string>`count(*) FILTER (WHERE r.completed_at IS NULL)`.as('open'),
      sql<string>`count(*) FILTER (WHERE r.people_at_risk)`.as('at_risk'),
    ])
    .where('r.catastrophe_id', 'in', ids)
    .where('c.branch_id', 'in', scope)
    .groupBy('r.catastrophe_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.catastrophe_id,
      { reports: Number(r.reports), open: Number(r.open), peopleAtRisk: Number(r.at_risk) },
    ]),
  );
};

/** A full claim report (with its report record) of the viewer's branches, by its number. */
export const findFullReport = (db: Q, number: string, scope: readonly string[]) =>
  db
    .selectFrom('cases as c')
    .innerJoin('claim_reports as x', 'x.case_id', 'c.id')
    .select(['c.id', 'c.number'])
    .where('c.number', '=', number)
    .where('c.branch_id', 'in', scope)
    .executeTakeFirst();

export const markCompleted = (tx: Tx, caseId: string, now: Date) =>
  tx
    .updateTable('catastrophe_reports')
    .set({ completed_at: now })
    .where('case_id', '=', caseId)
    .where('completed_at', 'is', null)
    .executeTakeFirst();

export const insertReport = (tx: Tx, row: CatastropheReportTable) =>
  tx.insertInto('catastrophe_reports').values(row).execute();

const reportSelect = (db: Q) =>
  db
    .selectFrom('catastrophe_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.case_id',
      'r.catastrophe_id',
      'r.priority',
      'r.people_at_risk',
      'r.place',
      'r.happened',
      'r.policy_no',
      'r.plate_masked',
      'r.completed_at',
      'r.created_at',
      'c.number',
      'c.customer_name_masked',
      'c.customer_phone_masked',
    ]);
export type ReportRow = Awaited<ReturnType<typeof findReport>> & object;

export const findReport = (db: Q, caseId: string, scope: readonly string[]) =>
  reportSelect(db).where('r.case_id', '=', caseId).where('c.branch_id', 'in', scope).executeTakeFirst();

/** The event's reports in the viewer's branches: people at risk first, then the rest, oldest first within each. */
export const listReports = (db: Q, catastropheId: string, scope: readonly string[], limit: number) =>
  reportSelect(db)
    .where('r.catastrophe_id', '=', catastropheId)
    .where('c.branch_id', 'in', scope)
    .orderBy('r.completed_at', (ob) => ob.desc().nullsFirst())
    .orderBy('r.priority', 'desc')
    .orderBy('r.created_at')
    .limit(limit)
    .execute();
