import { randomUUID } from 'node:crypto';
import {
  CATASTROPHE_MACHINE,
  CATASTROPHE_PERIL_LABELS,
  type CatastrophePeril,
  inArea,
  inForce,
  quickReportPriority,
} from '@claimline/domain/catastrophes';
import { maskPlate, normalizePlate } from '@claimline/domain/identity';
import { appendAudit } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import { createIdempotently, insertNewCase } from '../cases/service.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import type { CatastropheMoveBody, CompleteReportBody, DeclareBody, QuickReportBody } from './schema.ts';
import { atHeadOffice, CATASTROPHE_WORKFLOW, catastropheFacts, reachOf } from './workflow.ts';

const stateLabel = (s: string) =>
  CATASTROPHE_MACHINE.states[s as keyof typeof CATASTROPHE_MACHINE.states] ?? { zh: '其他', en: 'Other' };

const views = async (db: Db | Tx, ctx: RequestCtx, rows: repo.CatastropheRow[]) => {
  const branches = new Map(
    (await repo.branchesNamed(db, [...new Set(rows.flatMap((r) => r.area_branch_ids))])).map((b) => [
      b.id,
      b,
    ]),
  );
  const counts = await repo.countsByEvent(
    db,
    rows.map((r) => r.id),
    ctx.actor.scope,
  );
  const now = ctx.clock.now();
  return rows.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    area: c.area_branch_ids.map((id) => {
      const b = branches.get(id);
      return { id, name: b?.name ?? '', nameEn: b?.name_en ?? '' };
    }),
    perils: c.perils.map((code) => ({
      code,
      label: CATASTROPHE_PERIL_LABELS[code as CatastrophePeril] ?? { zh: '其他', en: 'Other' },
    })),
    startsAt: c.starts_at,
    endsAt: c.ends_at,
    state: c.state,
    stateLabel: stateLabel(c.state),
    inForce: inForce(
      { state: c.state, areaBranchIds: c.area_branch_ids, startsAt: c.starts_at, endsAt: c.ends_at },
      now,
    ),
    note: c.note,
    version: c.version,
    counts: counts.get(c.id) ?? { reports: 0, open: 0, peopleAtRisk: 0 },
    moves: offeredMoves(CATASTROPHE_MACHINE, c.state, catastropheFacts(ctx)),
  }));
};

const loadView = async (db: Db | Tx, ctx: RequestCtx, id: string) => {
  const row = await repo.findCatastrophe(db, id, await reachOf(db, ctx.actor));
  if (!row) throw new AppError('CATASTROPHE_NOT_FOUND');
  const [view] = await views(db, ctx, [row]);
  return view!;
};

/** Every event the viewer's region is part of (head office: all), active first. */
export const listCatastrophes = async (deps: Deps, ctx: RequestCtx) => ({
  items: await views(deps.db, ctx, await repo.listCatastrophes(deps.db, await reachOf(deps.db, ctx.actor))),
});

/** The events in force where the viewer works: the banner, and the shortened intake form. */
export const catastrophesInForce = async (deps: Deps, ctx: RequestCtx) => {
  const lineage = await repo.lineageOf(deps.db, ctx.actor.branchId);
  const all = await views(deps.db, ctx, await repo.listCatastrophes(deps.db, lineage));
  return { items: all.filter((c) => c.inForce) };
};

export const getCatastrophe = (deps: Deps, ctx: RequestCtx, id: string) => loadView(deps.db, ctx, id);

/** Head office declares an event; it is activated by its own move (declared → active), audited both times. */
export const declareCatastrophe = async (deps: Deps, ctx: RequestCtx, b: DeclareBody) => {
  if (!atHeadOffice(ctx.actor)) throw new AppError('CATASTROPHE_HEAD_OFFICE_ONLY');
  if (b.endsAt && b.endsAt <= b.startsAt) throw new AppError('CATASTROPHE_PERIOD_INVALID');
  const area = [...new Set(b.areaBranchIds)];
  const now = ctx.clock.now();
  const id = randomUUID();
  return deps.db.transaction().execute(async (tx) => {
    if ((await repo.branchesNamed(tx, area)).length !== area.length)
      throw new AppError('CATASTROPHE_AREA_UNKNOWN');
    const taken = await tx
      .selectFrom('catastrophe_events')
      .select('id')
      .where('code', '=', b.code)
      .executeTakeFirst();
    if (taken) throw new AppError('CATASTROPHE_CODE_TAKEN');
    await repo.insertCatastrophe(tx, {
      id,
      code: b.code,
      name: b.name,
      area_branch_ids: area,
      perils: [...new Set(b.perils)],
      starts_at: b.startsAt,
      ends_at: b.endsAt ?? null,
      state: CATASTROPHE_MACHINE.initial,
      note: null,
      version: 1,
      declared_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'catastrophe.declare',
      objectType: 'catastrophe',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { code: b.code, name: b.name, area, perils: b.perils },
    });
    return loadView(tx, ctx, id);
  });
};

export const moveCatastrophe = (deps: Deps, ctx: RequestCtx, id: string, body: CatastropheMoveBody) =>
  runMove(deps, ctx, CATASTROPHE_WORKFLOW, id, body, (tx) => loadView(tx, ctx, id));

const reportView = (r: repo.ReportRow) => ({
  caseId: r.case_id,
  number: r.number,
  catastropheId: r.catastrophe_id,
  priority: r.priority,
  peopleAtRisk: r.people_at_risk,
  reporterName: r.customer_name_masked,
  reporterPhone: r.customer_phone_masked,
  place: r.place,
  happened: r.happened,
  policyNo: r.policy_no,
  plateNo: r.plate_masked,
  completed: r.completed_at !== null,
  reportedAt: r.created_at,
});

export const listReports = async (deps: Deps, ctx: RequestCtx, id: string) => {
  await loadView(deps.db, ctx, id);
  return { items: (await repo.listReports(deps.db, id, ctx.actor.scope, 500)).map(reportView) };
};

/**
 * A report on the shortened form: a claim-report case (number, owner, encrypted reporter, timeline) linked to an
 * event in force at the agent's branch, with its priority. Idempotent by key like every intake.
 */
export const quickReport = (deps: Deps, ctx: RequestCtx, id: string, b: QuickReportBody, key: string) =>
  createIdempotently(deps, ctx, { id, ...b }, key, async (tx) => {
    const now = ctx.clock.now();
    const lineage = await repo.lineageOf(tx, ctx.actor.branchId);
    const event = await repo.findCatastrophe(tx, id, await reachOf(tx, ctx.actor));
    if (!event) throw new AppError('CATASTROPHE_NOT_FOUND');
    const reach = {
      state: event.state,
      areaBranchIds: event.area_branch_ids,
      startsAt: event.starts_at,
      endsAt: event.ends_at,
    };
    if (!inForce(reach, now) || !inArea(event.area_branch_ids, lineage))
      throw new AppError('CATASTROPHE_NOT_IN_FORCE');
    const caseId = await insertNewCase(deps, tx, ctx, {
      kind: 'claimReport',
      channel: b.channel,
      subject: `巨灾报案 · ${event.name}`.slice(0, 200),
      description: b.happened,
      customerName: b.reporterName,
      customerPhone: b.reporterPhone,
    });
    const told = await sealColumns(
      deps.crypto,
      tx,
      'catastrophe_reports',
      caseId,
      { place: b.place, happened: b.happened },
      now,
      { fresh: true },
    );
    const plate = b.plateNo ? normalizePlate(b.plateNo) : '';
    await repo.insertReport(tx, {
      ...told,
      case_id: caseId,
      catastrophe_id: event.id,
      priority: quickReportPriority({ peopleAtRisk: b.peopleAtRisk }),
      people_at_risk: b.peopleAtRisk,
      policy_no: b.policyNo || null,
      plate_masked: plate ? maskPlate(plate) : null,
      plate_enc: plate ? deps.crypto.encrypt(plate) : null,
      plate_bidx: plate ? deps.crypto.blindIndex('plate', plate) : null,
      completed_at: null,
      created_at: now,
    });
    await insertEvent(
      tx,
      {
        case_id: caseId,
        at: now,
        actor_id: ctx.actor.id,
        type: 'catastropheQuickReport',
        note: null,
        data: { catastrophe: event.code, peopleAtRisk: b.peopleAtRisk },
      },
      deps.crypto,
    );
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'catastrophe.quickReport',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { catastrophe: event.code, peopleAtRisk: b.peopleAtRisk },
    });
    const row = await repo.findReport(tx, caseId, ctx.actor.scope);
    return reportView(row!);
  });

/**
 * The follow-up of a shortened report: the agent took the rest of seed 003 §(二)'s list on the full form (policy
 * check, cause, injury degree, measures), registered as a claim report; the short report is marked completed with
 * that report's number on its timeline, once.
 */
export const completeReport = (deps: Deps, ctx: RequestCtx, id: string, b: CompleteReportBody) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    await loadView(tx, ctx, id);
    const row = await repo.findReport(tx, b.caseId, ctx.actor.scope);
    if (!row || row.catastrophe_id !== id) throw new AppError('CATASTROPHE_REPORT_NOT_FOUND');
    const full = await repo.findFullReport(tx, b.claimReportNumber, ctx.actor.scope);
    if (!full) throw new AppError('CATASTROPHE_FULL_REPORT_NOT_FOUND');
    const done = await repo.markCompleted(tx, b.caseId, now);
    if (done.numUpdatedRows === 0n) throw new AppError('CATASTROPHE_REPORT_COMPLETED');
    await insertEvent(
      tx,
      {
        case_id: b.caseId,
        at: now,
        actor_id: ctx.actor.id,
        type: 'catastropheReportCompleted',
        note: null,
        data: { claimReport: full.number },
      },
      deps.crypto,
    );
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'catastrophe.completeReport',
      objectType: 'case',
      objectId: b.caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { claimReport: full.number, claimReportCaseId: full.id },
    });
    return reportView((await repo.findReport(tx, b.caseId, ctx.actor.scope))!);
  });
