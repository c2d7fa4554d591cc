import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { GuardOverrideTable, ScriptPackTable } from '../db/schema.ts';

type Q = Db | Tx;
export type PackKind = ScriptPackTable['kind'];

export const latestVersion = async (db: Q, kind: PackKind): Promise<number> => {
  const row = await db
    .selectFrom('script_packs')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.v ?? 0;
};

export const findPack = (db: Q, kind: PackKind, version: number) =>
  db
    .selectFrom('script_packs')
    .selectAll()
    .where('kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();

export const listVersions = (db: Q, kind: PackKind) =>
  db
    .selectFrom('script_packs as p')
    .innerJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.version', 'p.note', 'p.created_at', 'u.display_name as created_by_name'])
    .where('p.kind', '=', kind)
    .orderBy('p.version', 'desc')
    .limit(200)
    .execute();

/** Serialised per kind by the primary key: two managers saving the same base version cannot both win. */
export const insertPack = (tx: Tx, row: ScriptPackTable) =>
  tx
    .insertInto('script_packs')
    .values({ ...row, data: JSON.stringify(row.data) })
    .onConflict((oc) => oc.columns(['kind', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();

export const insertOverride = (tx: Tx, row: GuardOverrideTable) =>
  tx
    .insertInto('guard_overrides')
    .values({ ...row, hits: JSON.stringify(row.hits) })
    .execute();

export const listOverrides = (
  db: Q,
  scope: string[],
  q: { actorId?: string | undefined; from: Date; to: Date; limit: number },
) => {
  let query = db
    .selectFrom('guard_overrides as o')
    .innerJoin('users as u', 'u.id', 'o.actor_id')
    .leftJoin('cases as c', 'c.id', 'o.case_id')
    .select([
      'o.id',
      'o.at',
      'o.actor_id',
      'u.display_name as actor_name',
      'u.agent_no',
      'o.case_id',
      'c.number as case_number',
      'o.field',
      'o.reason',
      'o.hits',
    ])
    .where('o.branch_id', 'in', scope)
    .where('o.at', '>=', q.from)
    .where('o.at', '<=', q.to);
  if (q.actorId) query = query.where('o.actor_id', '=', q.actorId);
  return query.orderBy('o.at', 'desc').limit(q.limit).execute();
};

export const countOverridesByActor = (db: Q, scope: string[], from: Date, to: Date) =>
  db
    .selectFrom('guard_overrides')
    .select(['actor_id', sql<number>`count(*)::int`.as('n')])
    .where('branch_id', 'in', scope)
    .where('at', '>=', from)
    .where('at', '<=', to)
    .groupBy('actor_id')
    .execute();
