import type { Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { FraudTables } from '../db/schema-fraud.ts';

export type InvestigationRow = Selectable<FraudTables['fraud_investigations']> & {
  case_number: string;
  case_kind: string;
  branch_name: string;
};
export type InvestigationPatch = Updateable<FraudTables['fraud_investigations']>;

const base = (db: Db | Tx, scope: readonly string[]) =>
  db
    .selectFrom('fraud_investigations as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .innerJoin('branches as b', 'b.id', 'i.branch_id')
    .selectAll('i')
    .select(['c.number as case_number', 'c.kind as case_kind', 'b.name as branch_name'])
    .where('i.branch_id', 'in', [...scope]);

/** One investigation inside the caller's branch subtree; `lock` holds its row for a move. */
export const findInvestigation = async (db: Db | Tx, id: string, scope: readonly string[], lock = false) => {
  const q = base(db, scope).where('i.id', '=', id);
  return (await (lock ? q.forUpdate('i') : q).executeTakeFirst()) as InvestigationRow | undefined;
};

export type QueueFilter = 'open' | 'queued' | 'mine' | 'awaitingApproval' | 'closed';

/** The queue: highest score first; "open" is everything not yet approved. */
export const listInvestigations = async (
  db: Db | Tx,
  scope: readonly string[],
  filter: QueueFilter,
  userId: string,
) => {
  let q = base(db, scope);
  if (filter === 'open') q = q.where('i.state', '<>', 'closed');
  if (filter === 'queued') q = q.where('i.state', '=', 'queued');
  if (filter === 'mine') q = q.where('i.assignee_id', '=', userId).where('i.state', '<>', 'closed');
  if (filter === 'awaitingApproval') q = q.where('i.state', '=', 'concluded');
  if (filter === 'closed') q = q.where('i.state', '=', 'closed');
  return (await q
    .orderBy('i.score', 'desc')
    .orderBy('i.created_at')
    .limit(200)
    .execute()) as InvestigationRow[];
};

export const updateInvestigationVersioned = async (
  tx: Tx,
  id: string,
  version: number,
  patch: InvestigationPatch,
) => {
  const r = await tx
    .updateTable('fraud_investigations')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const insertEntry = (tx: Tx, row: FraudTables['fraud_investigation_entries']) =>
  tx.insertInto('fraud_investigation_entries').values(row).execute();

export const entriesOf = (db: Db | Tx, investigationId: string) =>
  db
    .selectFrom('fraud_investigation_entries as e')
    .innerJoin('users as u', 'u.id', 'e.by_id')
    .select(['e.kind', 'e.note', 'e.document_ref', 'e.at', 'u.display_name'])
    .where('e.investigation_id', '=', investigationId)
    .orderBy('e.at')
    .execute();

/** The newest score of a case (its hits explain it). */
export const latestScore = (db: Db | Tx, caseId: string) =>
  db
    .selectFrom('fraud_scores')
    .select(['score', 'hits', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Active people of the subtree who hold the permission to investigate (their role grants it). */
export const investigatorsIn = (db: Db | Tx, branchIds: readonly string[], roles: readonly string[]) =>
  db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('active', '=', true)
    .where('branch_id', 'in', [...branchIds])
    .where('role', 'in', [...roles])
    .orderBy('display_name')
    .limit(200)
    .execute();

export const namesOf = async (db: Db | Tx, ids: readonly (string | null)[]) => {
  const list = [...new Set(ids.filter((x): x is string => x !== null))];
  const rows = list.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', list).execute()
    : [];
  return new Map(rows.map((r) => [r.id, r.display_name]));
};

/** The case of a claim inside the caller's scope (a report or an application). */
export const scopedClaimCase = (db: Db | Tx, caseId: string, scope: readonly string[]) =>
  db
    .selectFrom('cases')
    .select(['id', 'kind', 'branch_id'])
    .where('id', '=', caseId)
    .where('branch_id', 'in', [...scope])
    .where('kind', 'in', ['claimReport', 'claimApplication'])
    .executeTakeFirst();

/** Approved confirmed cases of the subtree, for the regulator report: newest approval first. */
export const confirmedCases = (db: Db | Tx, scope: readonly string[]) =>
  db
    .selectFrom('fraud_investigations as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .innerJoin('branches as b', 'b.id', 'i.branch_id')
    .leftJoin('claim_reports as r', 'r.case_id', 'i.case_id')
    .leftJoin('claim_applications as a', 'a.case_id', 'i.case_id')
    .leftJoin('policies as p', (j) =>
      j.on((eb) => eb.or([eb('p.id', '=', eb.ref('r.policy_id')), eb('p.id', '=', eb.ref('a.policy_id'))])),
    )
    .leftJoin('users as inv', 'inv.id', 'i.assignee_id')
    .leftJoin('users as ap', 'ap.id', 'i.approved_by')
    .select([
      'i.id',
      'c.number',
      'c.kind',
      'b.name as branch_name',
      'p.policy_no',
      'p.product',
      'r.occurred_at',
      'i.score',
      'i.signal_codes',
      'i.concluded_at',
      'i.approved_at',
      'inv.display_name as investigator',
      'ap.display_name as approver',
    ])
    .where('i.branch_id', 'in', [...scope])
    .where('i.state', '=', 'closed')
    .where('i.outcome', '=', 'confirmed')
    .orderBy('i.approved_at', 'desc')
    .limit(5000)
    .execute();
