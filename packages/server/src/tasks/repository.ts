import type { Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { TaskTables } from '../db/schema-knowledge.ts';

export type TaskRow = Selectable<TaskTables['team_tasks']>;
export type TaskPatch = Updateable<TaskTables['team_tasks']>;

/** A task the person is part of (assignee, giver or checker) or that sits in their branch subtree. */
export const findTask = async (
  db: Db | Tx,
  id: string,
  userId: string,
  scope: readonly string[],
  lock = false,
) => {
  let q = db
    .selectFrom('team_tasks')
    .selectAll()
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('assignee_id', '=', userId),
        eb('given_by', '=', userId),
        eb('checker_id', '=', userId),
        eb('branch_id', 'in', [...scope]),
      ]),
    );
  if (lock) q = q.forUpdate();
  return await q.executeTakeFirst();
};

export const updateTaskVersioned = async (tx: Tx, id: string, version: number, patch: TaskPatch) => {
  const r = await tx
    .updateTable('team_tasks')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const listTasks = (db: Db | Tx, userId: string, box: 'mine' | 'given') =>
  db
    .selectFrom('team_tasks')
    .selectAll()
    .where(box === 'mine' ? 'assignee_id' : 'given_by', '=', userId)
    .orderBy('state')
    .orderBy('due_at')
    .limit(200)
    .execute();

export const namesOf = async (db: Db | Tx, ids: readonly string[]) => {
  const rows = ids.length
    ? await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : [];
  return new Map(rows.map((r) => [r.id, r.display_name]));
};

/** For tasks given to a team: each group's team name, size and how many are done or confirmed. */
export const groupStats = async (db: Db | Tx, groupIds: readonly string[]) => {
  if (groupIds.length === 0) return new Map<string, { name: string; members: number; finished: number }>();
  const rows = await db
    .selectFrom('team_tasks as t')
    .innerJoin('branches as b', 'b.id', 't.team_branch_id')
    .select((eb) => [
      't.group_id',
      'b.name',
      eb.fn.countAll<string>().as('members'),
      eb.fn.count<string>('t.id').filterWhere('t.state', 'in', ['done', 'confirmed']).as('finished'),
    ])
    .where('t.group_id', 'in', [...new Set(groupIds)])
    .groupBy(['t.group_id', 'b.name'])
    .execute();
  return new Map(
    rows.map((r) => [
      r.group_id as string,
      { name: r.name, members: Number(r.members), finished: Number(r.finished) },
    ]),
  );
};
