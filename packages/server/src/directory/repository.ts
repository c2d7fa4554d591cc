import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export const listBranches = (db: Db, scope: string[]) =>
  db
    .selectFrom('branches')
    .select(['id', 'code', 'name', 'name_en', 'parent_id', 'path'])
    .where('id', 'in', scope)
    .orderBy('path')
    .execute();

/** Users an actor may name: everyone in its subtree, plus the staff of the branches above it (hand-over upwards). */
export const listUsers = (
  db: Db,
  actorPath: string,
  filter: { branchId?: string | undefined; role?: string | undefined },
) => {
  let q = db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.branch_id', 'b.name as branch_name'])
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([eb('b.path', 'like', `${actorPath}%`), sql<boolean>`${actorPath} LIKE b.path || '%'`]),
    );
  if (filter.branchId) q = q.where('u.branch_id', '=', filter.branchId);
  if (filter.role) q = q.where('u.role', '=', filter.role);
  return q.orderBy('b.path').orderBy('u.username').limit(500).execute();
};
