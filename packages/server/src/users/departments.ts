import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import * as repo from './departments-repository.ts';

/** Departments with how many active people each holds. */
export const listDepartments = async (db: Db | Tx) => (await repo.departmentRows(db)).map(departmentView);

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
    if (await repo.codeTaken(tx, body.code))
      throw new AppError('DEPARTMENT_CODE_TAKEN', onField('code', ERRORS.DEPARTMENT_CODE_TAKEN));
    const id = randomUUID();
    const now = ctx.clock.now();
    await repo.insertDepartment(tx, {
      id,
      code: body.code,
      name: body.name,
      name_en: body.nameEn,
      created_at: now,
      updated_at: now,
    });
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
    const row = await repo.lockDepartment(tx, id);
    if (!row) throw new AppError('DEPARTMENT_NOT_FOUND');
    const after = {
      name: body.name ?? row.name,
      nameEn: body.nameEn ?? row.name_en,
      active: body.active ?? row.active,
    };
    const saved = await repo.updateDepartmentVersioned(tx, id, body.version, {
      name: after.name,
      name_en: after.nameEn,
      active: after.active,
      updated_at: ctx.clock.now(),
    });
    if (!saved) throw new AppError('DEPARTMENT_VERSION_CONFLICT', { currentVersion: row.version });
    await audit(tx, ctx, 'department.update', id, {
      before: { name: row.name, nameEn: row.name_en, active: row.active },
      after,
    });
    return one(tx, id);
  });
