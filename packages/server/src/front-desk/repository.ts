import { type Selectable, sql, type Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { FrontDeskTables } from '../db/schema-front-desk.ts';

export type VisitRow = Selectable<FrontDeskTables['visits']>;
export type VisitPatch = Updateable<FrontDeskTables['visits']>;
export type ExplanationRow = Selectable<FrontDeskTables['visit_explanations']>;
type Q = Db | Tx;

/** A visit of a branch in the person's scope (a row lock for a move). */
export const findVisit = async (q: Q, id: string, scope: readonly string[], lock = false) => {
  let s = q
    .selectFrom('visits')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', [...scope]);
  if (lock) s = s.forUpdate();
  return await s.executeTakeFirst();
};

export const updateVisitVersioned = async (tx: Tx, id: string, version: number, patch: VisitPatch) => {
  const r = await tx
    .updateTable('visits')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

/**
 * Today's waiting visitors in order (叫号): special care first, then arrival, then ticket (domain `queueOrder`).
 * A ticket of an earlier day that was never called is not queued again: its day's list still shows it.
 */
export const waitingVisits = (q: Q, scope: readonly string[], day: string) =>
  q
    .selectFrom('visits')
    .selectAll()
    .where('branch_id', 'in', [...scope])
    .where('local_day', '=', day)
    .where('state', '=', 'reception')
    .orderBy(sql`care_flag IS NULL`)
    .orderBy('arrived_at')
    .orderBy('ticket_seq')
    .limit(200)
    .execute();

export const visitsOfDay = (q: Q, scope: readonly string[], day: string) =>
  q
    .selectFrom('visits')
    .selectAll()
    .where('branch_id', 'in', [...scope])
    .where('local_day', '=', day)
    .orderBy('ticket_seq')
    .limit(500)
    .execute();

export const stageTimesOf = (q: Q, visitIds: readonly string[]) =>
  visitIds.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('visit_stage_times')
        .select(['visit_id', 'stage', 'entered_at', 'left_at', 'seconds', 'actor_id'])
        .where('visit_id', 'in', [...visitIds])
        .orderBy('id')
        .execute();

/** Explanation texts that apply at a branch: its own and those of every branch above it. */
export const explanationsFor = (q: Q, branchId: string, activeOnly: boolean) => {
  let s = q
    .selectFrom('visit_explanations as e')
    .innerJoin('branches as eb', 'eb.id', 'e.branch_id')
    .innerJoin('branches as vb', (j) => j.on('vb.id', '=', branchId))
    .selectAll('e')
    .select('eb.name as branch_name')
    .where(sql<boolean>`vb.path LIKE eb.path || '%'`);
  if (activeOnly) s = s.where('e.active', '=', true);
  return s.orderBy('e.topic').orderBy('e.title').execute();
};

/** Texts a service manager may edit: those of the branches in their scope. */
export const explanationsInScope = (q: Q, scope: readonly string[]) =>
  q
    .selectFrom('visit_explanations as e')
    .innerJoin('branches as eb', 'eb.id', 'e.branch_id')
    .selectAll('e')
    .select('eb.name as branch_name')
    .where('e.branch_id', 'in', [...scope])
    .orderBy('e.topic')
    .orderBy('e.title')
    .execute();

export const caseInScope = (q: Q, number: string, scope: readonly string[]) =>
  q
    .selectFrom('cases')
    .select(['id', 'number'])
    .where('number', '=', number)
    .where('branch_id', 'in', [...scope])
    .executeTakeFirst();

export const caseNumberOf = async (q: Q, id: string | null) =>
  id === null
    ? null
    : ((await q.selectFrom('cases').select('number').where('id', '=', id).executeTakeFirst())?.number ??
      null);

export const namesOf = async (q: Q, ids: readonly (string | null)[]) => {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  const rows = wanted.length
    ? await q.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute()
    : [];
  return new Map(rows.map((r) => [r.id, r.display_name]));
};
