import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { DutyHandoverTable } from '../db/schema.ts';

export type HandoverRow = Selectable<DutyHandoverTable>;
export type HandoverPatch = Updateable<DutyHandoverTable>;

/** The hand-over with the names of both people; undefined outside the actor's branch scope (answers 404). */
export const findScopedHandover = async (db: Db | Tx, id: string, scope: readonly string[], lock = false) => {
  let q = db
    .selectFrom('duty_handovers')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', [...scope]);
  if (lock) q = q.forUpdate();
  return await q.executeTakeFirst();
};

export const insertHandover = (tx: Tx, row: Insertable<DutyHandoverTable>) =>
  tx.insertInto('duty_handovers').values(row).execute();

/** Writes a move's patch only when the version is still the one read: false when another move won. */
export const updateHandoverVersioned = async (tx: Tx, id: string, version: number, patch: HandoverPatch) => {
  const r = await tx
    .updateTable('duty_handovers')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

/** Hand-overs in scope whose window touches [from, to): the day's list of the screen. */
export const listHandovers = (
  db: Db | Tx,
  scope: readonly string[],
  q: { from: Date; to: Date; userId?: string | undefined; signedOnly?: boolean; limit: number },
) => {
  let s = db
    .selectFrom('duty_handovers')
    .selectAll()
    .where('branch_id', 'in', [...scope])
    .where('shift_end', '>', q.from)
    .where('shift_start', '<', q.to);
  const userId = q.userId;
  if (userId !== undefined)
    s = s.where((eb) => eb.or([eb('outgoing_user_id', '=', userId), eb('incoming_user_id', '=', userId)]));
  if (q.signedOnly) s = s.where('signed_at', 'is not', null);
  return s.orderBy('shift_start', 'desc').orderBy('id').limit(q.limit).execute();
};

/** Display names of people, for views (no personal data: staff names). */
export const userNames = async (db: Db | Tx, ids: readonly string[]) => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
};
