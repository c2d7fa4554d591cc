import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

type Q = Db | Tx;

/** Departments with how many active people each holds (the screen shows it before a department is retired). */
export const departmentRows = (db: Q) =>
  db
    .selectFrom('departments as d')
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.name_en',
      'd.active',
      'd.version',
      sql<string>`(SELECT count(*) FROM users u WHERE u.department_id = d.id AND u.active)`.as('members'),
    ])
    .orderBy('d.created_at')
    .orderBy('d.code')
    .execute();

export const codeTaken = async (db: Q, code: string) =>
  (await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;

export const insertDepartment = (
  tx: Tx,
  row: { id: string; code: string; name: string; name_en: string; created_at: Date; updated_at: Date },
) => tx.insertInto('departments').values(row).execute();

export const lockDepartment = (tx: Tx, id: string) =>
  tx.selectFrom('departments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const updateDepartmentVersioned = async (
  tx: Tx,
  id: string,
  version: number,
  set: { name: string; name_en: string; active: boolean; updated_at: Date },
) =>
  (await tx
    .updateTable('departments')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst()) !== undefined;
