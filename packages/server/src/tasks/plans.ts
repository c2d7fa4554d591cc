import { beijingMidnight } from '@claimline/domain/core';
import { kpiValues, periodOfKey } from '@claimline/domain/kpis';
import {
  PLAN_KPI_CODES,
  PLAN_KPIS,
  type PlanKpi,
  planActuals,
  targetMet,
  targetProblem,
} from '@claimline/domain/tasks';
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import { answers, instantDate, named, zhEn } from '../http/answers.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { branchKnowledgeScore } from '../knowledge/quiz-service.ts';
import { readableBranchIds } from '../knowledge/repository.ts';
import { refreshKpis } from '../kpis/refresher.ts';
import { countersOf } from '../kpis/repository.ts';

export const planQuery = z.object({
  branchId: z.uuid().optional(),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
export const planBody = z.object({
  branchId: z.uuid().optional(),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  targets: z.partialRecord(z.enum(PLAN_KPI_CODES), z.number()),
  note: z.string().trim().max(1000).default(''),
  /** The version the editor opened (0: no plan yet); a stale save is refused. */
  version: z.number().int().min(0),
});

export const planAnswer = named(
  'TeamPlan',
  z.object({
    branchId: z.string(),
    branchName: z.string(),
    period: z.string(),
    targets: z.array(
      z.object({
        kpi: z.string(),
        label: zhEn,
        unit: z.string(),
        better: z.string(),
        target: z.number().nullable(),
        /** The month's figure in the same unit (the KPI rollup; the knowledge score from self-study quizzes). */
        actual: z.number().nullable(),
        met: z.boolean().nullable(),
      }),
    ),
    note: z.string(),
    version: z.number().int(),
    updatedBy: z.string().nullable(),
    updatedAt: instantDate.nullable(),
    canEdit: z.boolean(),
  }),
);
export const planResponse = answers({ 200: planAnswer });

/**
 * The plan month's actual figures for a branch the caller may see in full (its scope); an ancestor's plan (head
 * office's, read for guidance) shows no actuals, since the caller may not read the whole of it.
 */
const actualsOf = async (deps: Deps, ctx: RequestCtx, branchId: string, month: string) => {
  const period = periodOfKey('month', month);
  if (!period || !ctx.actor.scope.includes(branchId)) return null;
  await refreshKpis(deps);
  const counters = await countersOf(deps.db, { kind: 'branch', branchId }, ctx.actor.scope, period);
  const values = Object.fromEntries(Object.entries(kpiValues(counters)).map(([k, v]) => [k, v.value]));
  const [y, m] = month.split('-').map(Number) as [number, number];
  const knowledge = await branchKnowledgeScore(
    deps.db,
    branchId,
    ctx.actor.scope,
    beijingMidnight({ y, m, d: 1 }),
    beijingMidnight({ y, m: m + 1, d: 1 }),
  );
  return planActuals(values, knowledge);
};

export const loadPlan = async (deps: Deps, ctx: RequestCtx, q: z.infer<typeof planQuery>) => {
  const branchId = q.branchId ?? ctx.actor.branchId;
  const readable = await readableBranchIds(deps.db, ctx.actor.branchPath, ctx.actor.scope);
  if (!readable.includes(branchId)) throw new AppError('TASK_PERSON_NOT_FOUND');
  const [branch, row] = await Promise.all([
    deps.db.selectFrom('branches').select('name').where('id', '=', branchId).executeTakeFirstOrThrow(),
    deps.db
      .selectFrom('team_plans as p')
      .innerJoin('users as u', 'u.id', 'p.updated_by')
      .select(['p.targets', 'p.note', 'p.version', 'p.updated_at', 'u.display_name'])
      .where('p.branch_id', '=', branchId)
      .where('p.period', '=', q.period)
      .executeTakeFirst(),
  ]);
  const targets = (row?.targets ?? {}) as Partial<Record<PlanKpi, number>>;
  const actual = await actualsOf(deps, ctx, branchId, q.period);
  return {
    branchId,
    branchName: branch.name,
    period: q.period,
    targets: PLAN_KPI_CODES.map((kpi) => ({
      kpi,
      label: { zh: PLAN_KPIS[kpi].zh, en: PLAN_KPIS[kpi].en },
      unit: PLAN_KPIS[kpi].unit,
      better: PLAN_KPIS[kpi].better,
      target: targets[kpi] ?? null,
      actual: actual?.[kpi] ?? null,
      met: targetMet(kpi, targets[kpi] ?? null, actual?.[kpi] ?? null),
    })),
    note: row?.note ?? '',
    version: row?.version ?? 0,
    updatedBy: row?.display_name ?? null,
    updatedAt: row?.updated_at ?? null,
    canEdit: ctx.actor.permissions.includes('case.supervise') && ctx.actor.scope.includes(branchId),
  };
};

/** One conditional upsert: two saves on the same version cannot both win. */
export const savePlan = async (deps: Deps, ctx: RequestCtx, b: z.infer<typeof planBody>) => {
  const branchId = b.branchId ?? ctx.actor.branchId;
  if (!ctx.actor.scope.includes(branchId)) throw new AppError('TASK_PERSON_NOT_FOUND');
  for (const [kpi, v] of Object.entries(b.targets))
    if (targetProblem(kpi as PlanKpi, v) !== null)
      throw new AppError('PLAN_TARGET_INVALID', { kpi, value: v });
  const now = ctx.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const r = await sql`
      INSERT INTO team_plans (branch_id, period, targets, note, version, updated_by, updated_at)
      VALUES (${branchId}, ${b.period}, ${JSON.stringify(b.targets)}::jsonb, ${b.note}, 1, ${ctx.actor.id}, ${now})
      ON CONFLICT (branch_id, period) DO UPDATE
        SET targets = EXCLUDED.targets, note = EXCLUDED.note, version = team_plans.version + 1,
            updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
        WHERE team_plans.version = ${b.version}
    `.execute(tx);
    if (Number(r.numAffectedRows ?? 0) === 0 || (b.version === 0 && Number(r.numAffectedRows) !== 1))
      throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'teamPlan.save',
      objectType: 'teamPlan',
      objectId: null,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { branchId, period: b.period, targets: b.targets },
    });
  });
  return loadPlan(deps, ctx, { branchId, period: b.period });
};
