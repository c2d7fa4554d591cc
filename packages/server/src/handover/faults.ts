import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import type { EquipmentFaultTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findScopedHandover, userNames } from './repository.ts';
import type { FAULT_STATUSES, faultReportBody, faultUpdateBody } from './schema.ts';

type FaultStatus = (typeof FAULT_STATUSES)[number];
type RepairEntry = { at: string; by: string; status: FaultStatus; note: string };

/** seed 002 §八: a fault is reported, repaired and recorded fixed; a repair may restart while still open. */
const NEXT_STATUS: Record<FaultStatus, readonly FaultStatus[]> = {
  reported: ['repairing', 'fixed'],
  repairing: ['repairing', 'fixed'],
  fixed: [],
};

const faultView = (f: Selectable<EquipmentFaultTable>, names: Map<string, string>) => ({
  id: f.id,
  branchId: f.branch_id,
  reportedBy: { id: f.reported_by, name: names.get(f.reported_by) ?? '' },
  reportedAt: f.reported_at,
  equipment: f.equipment,
  location: f.location,
  description: f.description,
  status: f.status,
  repairRecord: (f.repair_record as RepairEntry[]).map((e) => ({ ...e, byName: names.get(e.by) ?? '' })),
  handoverId: f.handover_id,
  fixedAt: f.fixed_at,
  version: f.version,
});

const views = async (db: Db, rows: Selectable<EquipmentFaultTable>[]) => {
  const ids = rows.flatMap((f) => [f.reported_by, ...(f.repair_record as RepairEntry[]).map((e) => e.by)]);
  const names = await userNames(db, ids);
  return rows.map((f) => faultView(f, names));
};

const scoped = (db: Db, ctx: RequestCtx) =>
  db.selectFrom('equipment_faults').selectAll().where('branch_id', 'in', ctx.actor.scope);

export const listFaults = async (deps: Deps, ctx: RequestCtx) => ({
  items: await views(deps.db, await scoped(deps.db, ctx).orderBy('reported_at', 'desc').limit(200).execute()),
});

const loadFault = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const f = await scoped(deps.db, ctx).where('id', '=', id).executeTakeFirst();
  if (!f) throw new AppError('EQUIPMENT_FAULT_NOT_FOUND');
  const [v] = await views(deps.db, [f]);
  if (!v) throw new AppError('EQUIPMENT_FAULT_NOT_FOUND');
  return v;
};

/** A fault of the line or seat, in my branch, optionally linked to the hand-over of the shift it happened on. */
export const reportFault = async (deps: Deps, ctx: RequestCtx, body: z.infer<typeof faultReportBody>) => {
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    if (body.handoverId && !(await findScopedHandover(tx, body.handoverId, ctx.actor.scope)))
      throw new AppError('HANDOVER_NOT_FOUND');
    const now = ctx.clock.now();
    await tx
      .insertInto('equipment_faults')
      .values({
        id,
        branch_id: ctx.actor.branchId,
        reported_by: ctx.actor.id,
        reported_at: now,
        equipment: body.equipment,
        location: body.location,
        description: body.description,
        repair_record: JSON.stringify([]),
        handover_id: body.handoverId ?? null,
        fixed_at: null,
        updated_at: now,
      })
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'equipmentFault.report',
      objectType: 'equipmentFault',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { equipment: body.equipment, location: body.location, handoverId: body.handoverId ?? null },
    });
  });
  return loadFault(deps, ctx, id);
};

/** One entry of the repair record with the new status; fixed is final. The version guards two repairers at once. */
export const updateFault = async (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  body: z.infer<typeof faultUpdateBody>,
) => {
  await deps.db.transaction().execute(async (tx) => {
    const f = await tx
      .selectFrom('equipment_faults')
      .selectAll()
      .where('id', '=', id)
      .where('branch_id', 'in', ctx.actor.scope)
      .forUpdate()
      .executeTakeFirst();
    if (!f) throw new AppError('EQUIPMENT_FAULT_NOT_FOUND');
    if (f.version !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: f.version });
    if (!NEXT_STATUS[f.status].includes(body.status))
      throw new AppError('EQUIPMENT_FAULT_STATUS_NOT_ALLOWED', { from: f.status, to: body.status });
    const now = ctx.clock.now();
    const entry: RepairEntry = {
      at: now.toISOString(),
      by: ctx.actor.id,
      status: body.status,
      note: body.note,
    };
    await tx
      .updateTable('equipment_faults')
      .set({
        status: body.status,
        repair_record: JSON.stringify([...(f.repair_record as RepairEntry[]), entry]),
        fixed_at: body.status === 'fixed' ? now : null,
        version: f.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'equipmentFault.update',
      objectType: 'equipmentFault',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { from: f.status, to: body.status, note: body.note },
    });
  });
  return loadFault(deps, ctx, id);
};
