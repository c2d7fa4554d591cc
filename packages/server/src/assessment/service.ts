/**
 * Assessments (issue #17 part 4, seed 002 §五): open one for an agent and a period, move it through the assessment
 * machine, read it with the moves this person may make, and keep the versioned templates.
 */
import { randomUUID } from 'node:crypto';
import {
  ASSESSMENT_MACHINE,
  DEFAULT_TEMPLATE_ITEMS,
  type ItemScore,
  QUALITATIVE_LABELS,
  scoreAssessment,
  suggestedTraining,
  type TemplateItem,
  templateProblems,
} from '@claimline/domain/assessment';
import { beijingMidnight } from '@claimline/domain/core';
import { KPI_DEFINITIONS, periodOfKey } from '@claimline/domain/kpis';
import { TRAINING_TOPIC_LABELS, type TrainingTopic } from '@claimline/domain/training';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { mastery } from '../knowledge/quiz-service.ts';
import { agentPeriodValues } from '../kpis/service.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import type { AssessmentMoveBody, openAssessmentBody, saveTemplateBody } from './schema.ts';
import { ASSESSMENT_WORKFLOW, assessmentFacts } from './workflow.ts';

const itemLabel = (i: TemplateItem) =>
  i.kind === 'kpi' ? KPI_DEFINITIONS[i.kpi].label : QUALITATIVE_LABELS[i.id];

const templateView = (t: repo.TemplateRow) => {
  const items = t.items as TemplateItem[];
  return {
    id: t.id,
    templateKey: t.template_key,
    version: t.version,
    headOffice: t.branch_id === null,
    periodKind: t.period_kind,
    name: { zh: t.name_zh, en: t.name_en },
    items,
    itemLabels: items.map(itemLabel),
  };
};

export const listTemplates = async (deps: Deps, ctx: RequestCtx) => ({
  items: (await repo.currentTemplates(deps.db, [null, ctx.actor.branchId])).map(templateView),
});

/**
 * Saves a template: a new one, or the next version of an existing one (never an update, so assessments opened
 * with the old weights keep them). Head office's templates have no branch; a service manager's are the branch's.
 */
export const saveTemplate = (deps: Deps, ctx: RequestCtx, body: z.infer<typeof saveTemplateBody>) =>
  deps.db.transaction().execute(async (tx) => {
    const problems = templateProblems({
      periodKind: body.periodKind,
      name: { zh: body.nameZh, en: body.nameEn },
      items: body.items,
    });
    if (problems.length > 0) throw new AppError('ASSESSMENT_TEMPLATE_INVALID', { problems });
    const key = body.templateKey ?? randomUUID();
    const prev = body.templateKey
      ? await tx
          .selectFrom('assessment_templates')
          .select(['version', 'branch_id'])
          .where('template_key', '=', key)
          .orderBy('version', 'desc')
          .executeTakeFirst()
      : undefined;
    if (body.templateKey && !prev) throw new AppError('ASSESSMENT_TEMPLATE_NOT_FOUND');
    const branchId = ctx.actor.role === 'headOffice' ? null : ctx.actor.branchId;
    if (prev && prev.branch_id !== branchId) throw new AppError('ASSESSMENT_TEMPLATE_NOT_FOUND');
    const row = {
      id: randomUUID(),
      template_key: key,
      version: (prev?.version ?? 0) + 1,
      branch_id: branchId,
      period_kind: body.periodKind,
      name_zh: body.nameZh,
      name_en: body.nameEn,
      items: JSON.stringify(body.items),
      note: body.note ?? null,
      created_by: ctx.actor.id,
      created_at: ctx.clock.now(),
    };
    await tx.insertInto('assessment_templates').values(row).execute();
    await appendAudit(tx, {
      at: row.created_at,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'assessment.template.save',
      objectType: 'assessmentTemplate',
      objectId: row.id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { templateKey: key, version: row.version, note: row.note },
    });
    return templateView({ ...row, items: body.items });
  });

/** The template an assessment opens with: the branch's newest for the period kind, else head office's, else the default. */
const templateFor = async (tx: Tx, ctx: RequestCtx, branchId: string, periodKind: 'month' | 'quarter') => {
  const all = (await repo.currentTemplates(tx, [null, branchId])).filter((t) => t.period_kind === periodKind);
  const found = all.find((t) => t.branch_id === branchId) ?? all.find((t) => t.branch_id === null);
  if (found) return found;
  // No template yet: head office's default (domain DEFAULT_TEMPLATE_ITEMS) is stored as version 1 so it is on record.
  const row = {
    id: randomUUID(),
    template_key: randomUUID(),
    version: 1,
    branch_id: null,
    period_kind: periodKind,
    name_zh: periodKind === 'month' ? '月度考核（默认）' : '季度考核（默认）',
    name_en: periodKind === 'month' ? 'Monthly assessment (default)' : 'Quarterly assessment (default)',
    items: JSON.stringify(DEFAULT_TEMPLATE_ITEMS),
    note: null,
    created_by: ctx.actor.id,
    created_at: ctx.clock.now(),
  };
  await tx.insertInto('assessment_templates').values(row).execute();
  return { ...row, items: DEFAULT_TEMPLATE_ITEMS };
};

const scoreView = (s: ItemScore) => ({
  key: s.key,
  label: itemLabel(s.item),
  kind: s.item.kind,
  weight: s.item.weight,
  input: s.input,
  points: s.points === null ? null : Math.round(s.points * 10) / 10,
  low: s.low,
});

/** §五(一)3 业务知识: the agent's self-study quiz results in the assessment's period (the lead reads them). */
const knowledgeEvidence = (q: Db | Tx, row: repo.AssessmentRow) => {
  const p = periodOfKey(row.period_kind as 'month' | 'quarter', row.period_key);
  if (!p) return null;
  const ymd = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return { y, m, d };
  };
  const to = ymd(p.to);
  return mastery(q, row.agent_id, beijingMidnight(ymd(p.from)), beijingMidnight({ ...to, d: to.d + 1 }));
};

export const assessmentView = async (q: Db | Tx, ctx: RequestCtx, row: repo.AssessmentRow) => {
  const t = await repo.findTemplate(q, row.template_id);
  const items = (t?.items ?? []) as TemplateItem[];
  const agent = await q
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', row.agent_id)
    .executeTakeFirst();
  const versions = await repo.versionsOf(q, row.id);
  const self = row.self_review as { strengths: string; weaknesses: string; plan: string } | null;
  return {
    id: row.id,
    agentId: row.agent_id,
    agentName: agent?.display_name ?? '',
    periodKind: row.period_kind,
    periodKey: row.period_key,
    state: row.state,
    stateLabel: ASSESSMENT_MACHINE.states[row.state as keyof typeof ASSESSMENT_MACHINE.states] ?? {
      zh: row.state,
      en: row.state,
    },
    version: row.version,
    template: {
      id: row.template_id,
      name: { zh: t?.name_zh ?? '', en: t?.name_en ?? '' },
      version: t?.version ?? 0,
    },
    self,
    qualitative: row.qualitative as Record<string, number>,
    knowledge: await knowledgeEvidence(q, row),
    leadComment: row.lead_comment,
    items: (row.items as ItemScore[]).map(scoreView),
    total: row.total,
    suggestedTraining: row.suggested_training.map((topic) => ({
      topic,
      label: TRAINING_TOPIC_LABELS[topic as TrainingTopic] ?? { zh: topic, en: topic },
    })),
    signedAt: row.signed_at,
    appealUntil: row.appeal_until,
    appealText: row.appeal_text,
    appealDecision: row.appeal_decision,
    scoreVersion: row.score_version,
    versions: versions.map((v) => ({
      scoreVersion: v.score_version,
      total: v.total,
      reason: v.reason,
      by: v.display_name,
      at: v.at,
    })),
    moves: offeredMoves(ASSESSMENT_MACHINE, row.state, assessmentFacts(row, ctx, ctx.clock.now(), items)),
  };
};

/** Opens an agent's assessment for a month or quarter, scoring the KPI items from the KPI rollup (§五(二)1 系统记录). */
export const openAssessment = async (
  deps: Deps,
  ctx: RequestCtx,
  body: z.infer<typeof openAssessmentBody>,
) => {
  const agent = await repo.agentInScope(deps.db, ctx.actor, body.agentId);
  if (!agent) throw new AppError('ASSESSMENT_AGENT_NOT_FOUND');
  const { values } = await agentPeriodValues(
    deps,
    agent.id,
    ctx.actor.scope,
    body.periodKind,
    body.periodKey,
  );
  const kpis = Object.fromEntries(values.map((v) => [v.id, v.value]));
  return deps.db.transaction().execute(async (tx) => {
    const exists = await tx
      .selectFrom('assessments')
      .select('id')
      .where('agent_id', '=', agent.id)
      .where('period_kind', '=', body.periodKind)
      .where('period_key', '=', body.periodKey)
      .executeTakeFirst();
    if (exists) throw new AppError('ASSESSMENT_EXISTS', { id: exists.id });
    const t = await templateFor(tx, ctx, agent.branch_id, body.periodKind);
    const items = t.items as TemplateItem[];
    const score = scoreAssessment(items, kpis, {});
    const now = ctx.clock.now();
    const row = {
      id: randomUUID(),
      agent_id: agent.id,
      branch_id: agent.branch_id,
      template_id: t.id,
      period_kind: body.periodKind,
      period_key: body.periodKey,
      state: ASSESSMENT_MACHINE.initial,
      kpi_values: JSON.stringify(kpis),
      self_review: null,
      lead_comment: null,
      reviewed_by: null,
      items: JSON.stringify(score.items),
      total: score.total,
      suggested_training: suggestedTraining(score),
      signed_by: null,
      signed_at: null,
      appeal_until: null,
      appeal_text: null,
      appeal_decision: null,
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('assessments').values(row).execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'assessment.open',
      objectType: 'assessment',
      objectId: row.id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        agentId: agent.id,
        period: `${body.periodKind}:${body.periodKey}`,
        templateId: t.id,
        total: score.total,
      },
    });
    const stored = await repo.findAssessment(tx, ctx.actor, row.id);
    return assessmentView(tx, ctx, stored!);
  });
};

export const getAssessment = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const row = await repo.findAssessment(deps.db, ctx.actor, id);
  if (!row) throw new AppError('ASSESSMENT_NOT_FOUND');
  return assessmentView(deps.db, ctx, row);
};

export const moveAssessment = (deps: Deps, ctx: RequestCtx, id: string, input: AssessmentMoveBody) =>
  runMove(deps, ctx, ASSESSMENT_WORKFLOW, id, input, async (tx) => {
    const row = await repo.findAssessment(tx, ctx.actor, id);
    return assessmentView(tx, ctx, row!);
  });

const QUEUES = { review: ['leadReview'], signOff: ['signOff', 'appealed'], all: [] as string[] };

export const listAssessments = async (
  deps: Deps,
  ctx: RequestCtx,
  queue: 'mine' | 'review' | 'signOff' | 'all',
) => ({
  items: (
    await repo.listAssessments(
      deps.db,
      ctx.actor,
      queue === 'mine' ? { mine: true } : { mine: false, states: QUEUES[queue] },
    )
  ).map((r) => ({
    id: r.id,
    agentId: r.agent_id,
    agentName: r.display_name,
    periodKind: r.period_kind,
    periodKey: r.period_key,
    state: r.state,
    stateLabel: ASSESSMENT_MACHINE.states[r.state as keyof typeof ASSESSMENT_MACHINE.states] ?? {
      zh: r.state,
      en: r.state,
    },
    total: r.total,
  })),
});
