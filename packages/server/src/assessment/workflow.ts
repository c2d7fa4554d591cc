import {
  ASSESSMENT_MACHINE,
  type AssessmentFacts,
  DEFAULT_APPEAL_WINDOW_DAYS,
  QUALITATIVE_ITEM_IDS,
  type QualitativeItemId,
  scoreAssessment,
  suggestedTraining,
  type TemplateItem,
} from '@claimline/domain/assessment';
import type { KpiId } from '@claimline/domain/kpis';
import type { Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import { type AssessmentRow, findTemplate, lockAssessment, updateVersioned } from './repository.ts';
import type { AssessmentMoveBody } from './schema.ts';

/** The centre's appeal window after sign-off (the seed sets none; see DEFAULT_APPEAL_WINDOW_DAYS). */
export const ASSESSMENT_SETTINGS = { appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS };

type Patch = Parameters<typeof updateVersioned>[3];
type Env = MoveEnv<AssessmentRow, AssessmentMoveBody, Patch, string, AssessmentFacts>;

const SUPERVISING_ROLES = ['supervisor', 'serviceManager', 'headOffice'];

export const templateItemsOf = async (q: Tx, row: AssessmentRow): Promise<TemplateItem[]> =>
  ((await findTemplate(q, row.template_id))?.items ?? []) as TemplateItem[];

/** The guards read who acts (from the login), what the input carries, and the appeal window. */
export const assessmentFacts = (
  row: AssessmentRow,
  ctx: RequestCtx,
  now: Date,
  items: readonly TemplateItem[],
  input?: AssessmentMoveBody,
): AssessmentFacts => {
  const a = ctx.actor;
  const other = a.id !== row.agent_id && a.scope.includes(row.branch_id);
  const q = input?.qualitative ?? {};
  const self = input?.self;
  return {
    isAgent: a.id === row.agent_id,
    isTeamLead: other && a.role === 'teamLead',
    isSupervisor: other && SUPERVISING_ROLES.includes(a.role),
    selfComplete: !!self && self.strengths !== '' && self.weaknesses !== '' && self.plan !== '',
    qualitativeComplete: items.every((i) => i.kind !== 'qualitative' || q[i.id] !== undefined),
    appealOpen: row.appeal_until !== null && now.getTime() < row.appeal_until.getTime(),
    hasReason: (input?.reason ?? '').length > 0,
  };
};

/** Scores the row's stored KPI values with these qualitative points into the patch. */
const rescore = (
  env: Env,
  items: readonly TemplateItem[],
  qualitative: Partial<Record<QualitativeItemId, number>>,
) => {
  const score = scoreAssessment(
    items,
    env.row.kpi_values as Partial<Record<KpiId, number | null>>,
    qualitative,
  );
  env.patch.qualitative = JSON.stringify(qualitative);
  env.patch.items = JSON.stringify(score.items);
  env.patch.total = score.total;
  env.patch.suggested_training = suggestedTraining(score);
  env.data.total = score.total;
  return score;
};

const onlyQualitative = (q: AssessmentMoveBody['qualitative']) =>
  Object.fromEntries(
    QUALITATIVE_ITEM_IDS.filter((k) => q?.[k] !== undefined).map((k) => [k, q?.[k] as number]),
  ) as Partial<Record<QualitativeItemId, number>>;

/** A new score version with who and why (append-only table: the old ones stay as they were). */
const newVersion = async (env: Env, reason: string) => {
  const v = env.row.score_version + 1;
  env.patch.score_version = v;
  env.data.scoreVersion = v;
  await env.tx
    .insertInto('assessment_versions')
    .values({
      assessment_id: env.row.id,
      score_version: v,
      qualitative: env.patch.qualitative ?? JSON.stringify(env.row.qualitative),
      items: env.patch.items ?? JSON.stringify(env.row.items),
      total: env.patch.total !== undefined ? env.patch.total : env.row.total,
      reason,
      by_user: env.ctx.actor.id,
      at: env.now,
    })
    .execute();
};

const correctWith = async (env: Env) => {
  if (env.input.qualitative) {
    const items = await templateItemsOf(env.tx, env.row);
    rescore(env, items, { ...(env.row.qualitative as object), ...onlyQualitative(env.input.qualitative) });
  }
  await newVersion(env, env.input.reason ?? '');
};

export const ASSESSMENT_WORKFLOW = defineWorkflow(ASSESSMENT_MACHINE)<
  AssessmentRow,
  AssessmentMoveBody,
  Patch
>({
  lock: (tx, ctx, id) => lockAssessment(tx, ctx.actor, id),
  notFound: 'ASSESSMENT_NOT_FOUND',
  stateOf: (r) => r.state,
  versionOf: (r) => r.version,
  facts: async ({ tx, row, ctx, now, input }) =>
    assessmentFacts(row, ctx, now, await templateItemsOf(tx, row), input),
  effects: {
    recordSelf: ({ patch, input }: Env) => {
      patch.self_review = JSON.stringify(input.self);
    },
    recordReview: async (env: Env) => {
      const items = await templateItemsOf(env.tx, env.row);
      rescore(env, items, onlyQualitative(env.input.qualitative));
      env.patch.lead_comment = env.input.comment ?? null;
      env.patch.reviewed_by = env.ctx.actor.id;
    },
    recordSignOff: async (env: Env) => {
      env.patch.signed_by = env.ctx.actor.id;
      env.patch.signed_at = env.now;
      env.patch.appeal_until = new Date(
        env.now.getTime() + ASSESSMENT_SETTINGS.appealWindowDays * 86_400_000,
      );
      await newVersion(env, env.input.reason || 'sign-off');
    },
    recordAppeal: ({ patch, input }: Env) => {
      patch.appeal_text = input.reason ?? null;
    },
    recordAppealDecision: async (env: Env) => {
      env.patch.appeal_decision = env.input.reason ?? null;
      // Upheld scores stay as signed; changed ones are a new version like any correction.
      if (env.input.qualitative) await correctWith(env);
    },
    recordCorrection: correctWith,
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateVersioned(tx, row.id, row.version, patch),
  record: {
    caseId: () => null,
    objectType: 'assessment',
    objectId: (r) => r.id,
    note: ({ input }) => input.reason ?? input.comment ?? null,
    details: (r) => ({ agentId: r.agent_id, period: `${r.period_kind}:${r.period_key}` }),
  },
});
