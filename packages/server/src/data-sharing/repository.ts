import type { DataShareKind, Grant } from '@claimline/domain/data-sharing';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { DataShareRequestTable } from '../db/schema.ts';

type Q = Db | Tx;

const withNames = (db: Q) =>
  db
    .selectFrom('data_share_requests as r')
    .innerJoin('branches as b', 'b.id', 'r.branch_id')
    .innerJoin('users as q', 'q.id', 'r.requester_id')
    .leftJoin('departments as qd', 'qd.id', 'r.requester_department_id')
    .leftJoin('users as dm', 'dm.id', 'r.decided_by')
    .leftJoin('users as rv', 'rv.id', 'r.revoked_by')
    .selectAll('r')
    .select([
      'b.name as branch_name',
      'b.name_en as branch_name_en',
      'b.path as branch_path',
      'q.display_name as requester_name',
      'qd.name as requester_department_name',
      'qd.name_en as requester_department_name_en',
      'dm.display_name as decided_by_name',
      'rv.display_name as revoked_by_name',
    ]);

export type DataShareRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export const findRequest = (db: Q, id: string) => withNames(db).where('r.id', '=', id).executeTakeFirst();

export const lockRequest = async (tx: Tx, id: string) => {
  await tx.selectFrom('data_share_requests').select('id').where('id', '=', id).forUpdate().execute();
  return findRequest(tx, id);
};

/**
 * What one person may see: their own requests, and those over a branch of their subtree when they decide or audit
 * (`overseer`). Newest first.
 */
export const listRequests = (
  db: Q,
  who: { id: string; scope: string[]; overseer: boolean },
  f: { state?: string | undefined; live?: Date | undefined },
) => {
  let q = withNames(db).where((eb) =>
    who.overseer
      ? eb.or([eb('r.requester_id', '=', who.id), eb('r.branch_id', 'in', who.scope)])
      : eb('r.requester_id', '=', who.id),
  );
  if (f.state) q = q.where('r.state', '=', f.state);
  if (f.live)
    q = q
      .where('r.state', '=', 'approved')
      .where('r.starts_at', '<=', f.live)
      .where('r.ends_at', '>', f.live);
  return q.orderBy('r.created_at', 'desc').limit(500).execute();
};

export const insertRequest = (tx: Tx, row: Insertable<DataShareRequestTable>) =>
  tx.insertInto('data_share_requests').values(row).execute();

export const updateRequestVersioned = async (
  tx: Tx,
  id: string,
  version: number,
  set: Omit<Updateable<DataShareRequestTable>, 'id' | 'version'>,
) =>
  (await tx
    .updateTable('data_share_requests')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst()) !== undefined;

/** The reader's live grants (approved, within their period) as the scope checks need them. */
export const liveGrants = async (db: Q, userId: string, at: Date): Promise<(Grant & { id: string })[]> =>
  (
    await db
      .selectFrom('data_share_requests as r')
      .innerJoin('branches as b', 'b.id', 'r.branch_id')
      .select(['r.id', 'r.state', 'r.data_kind', 'b.path', 'r.starts_at', 'r.ends_at'])
      .where('r.requester_id', '=', userId)
      .where('r.state', '=', 'approved')
      .where('r.starts_at', '<=', at)
      .where('r.ends_at', '>', at)
      .execute()
  ).map((r) => ({
    id: r.id,
    state: r.state,
    dataKind: r.data_kind as DataShareKind,
    branchPath: r.path,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
  }));

export const allBranches = (db: Q) =>
  db.selectFrom('branches').select(['id', 'code', 'name', 'name_en', 'path']).orderBy('path').execute();

export const branchById = (db: Q, id: string) =>
  db.selectFrom('branches').select(['id', 'path']).where('id', '=', id).executeTakeFirst();

export const userDepartment = (db: Q, userId: string) =>
  db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.department_id', 'd.code'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();

/** The kind and branch of any case, in scope or not: what a grant is checked against (case-reads.ts). */
export const caseKindAndBranch = (db: Q, id: string) =>
  db
    .selectFrom('cases as c')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .select(['c.id', 'c.kind', 'c.branch_id', 'b.path as branch_path'])
    .where('c.id', '=', id)
    .executeTakeFirst();
