import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';

/** Departments with how many active people each holds (the screen shows it before a department is retired). */
export const listDepartments = async (db: Db | Tx) => {
  const rows = await db
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
  return rows.map(departmentView);
};

const departmentView = (d: {
  id: string;
  code: string;
  name: string;
  name_en: string;
  active: boolean;
  version: number;
  members: string;
}) => ({
  id: d.id,
  code: d.code,
  name: { zh: d.name, en: d.name_en },
  active: d.active,
  version: d.version,
  members: Number(d.members),
});

const one = async (tx: Tx, id: string) => {
  const d = (await listDepartments(tx)).find((x) => x.id === id);
  if (!d) throw new AppError('DEPARTMENT_NOT_FOUND');
  return d;
};

const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: 'department.create' | 'department.update',
  id: string,
  details: object,
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType: 'department',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { ...details },
  });

export const createDepartment = (
  db: Db,
  ctx: RequestCtx,
  body: { code: string; name: string; nameEn: string },
) =>
  db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('departments')
      .select('id')
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw new AppError('DEPARTMENT_CODE_TAKEN', onField('code', ERRORS.DEPARTMENT_CODE_TAKEN));
    const id = randomUUID();
    const now = ctx.clock.now();
    await tx
      .insertInto('departments')
      .values({
        id,
        code: body.code,
        name: body.name,
        name_en: body.nameEn,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(tx, ctx, 'department.create', id, { after: body });
    return one(tx, id);
  });

/** Renames or retires a department; its code stays (data-sharing owners refer to it). */
export const editDepartment = (
  db: Db,
  ctx: RequestCtx,
  id: string,
  body: {
    version: number;
    name?: string | undefined;
    nameEn?: string | undefined;
    active?: boolean | undefined;
  },
) =>
  db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('departments')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('DEPARTMENT_NOT_FOUND');
    const after = {
      name: body.name ?? row.name,
      nameEn: body.nameEn ?? row.name_en,
      active: body.active ?? row.active,
    };
    const saved = await tx
      .updateTable('departments')
      .set({
        name: after.name,
        name_en: after.nameEn,
        active: after.active,
        updated_at: ctx.clock.now(),
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!saved) throw new AppError('DEPARTMENT_VERSION_CONFLICT', { currentVersion: row.version });
    await audit(tx, ctx, 'department.update', id, {
      before: { name: row.name, nameEn: row.name_en, active: row.active },
      after,
    });
    return one(tx, id);
  });
