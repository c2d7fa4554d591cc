/** SQL of assessments and their templates (issue #17 part 4, seed 002 §五). */
import type { Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { AssessmentTable, AssessmentTemplateTable } from '../db/schema-assessment.ts';
import type { Actor } from '../http/context.ts';

type Q = Db | Tx;
export type AssessmentRow = Selectable<AssessmentTable>;
export type TemplateRow = Selectable<AssessmentTemplateTable>;

export const canOversee = (actor: Actor) => actor.permissions.includes('kpi.team');

export const lockAssessment = async (tx: Tx, actor: Actor, id: string) => {
  const row = await tx
    .selectFrom('assessments')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && isVisible(actor, row) ? row : undefined;
};

/** Who sees an assessment: the agent it judges, and leads and above over the agent's branch. */
export const isVisible = (actor: Actor, row: { agent_id: string; branch_id: string }) =>
  row.agent_id === actor.id || (canOversee(actor) && actor.scope.includes(row.branch_id));

export const findAssessment = async (q: Q, actor: Actor, id: string) => {
  const row = await q.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && isVisible(actor, row) ? row : undefined;
};

export const updateVersioned = async (
  tx: Tx,
  id: string,
  version: number,
  patch: Updateable<AssessmentTable>,
) =>
  (
    await tx
      .updateTable('assessments')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst()
  ).numUpdatedRows === 1n;

/** My assessments, or every one in my scope in the given states (a lead's or supervisor's queue). */
export const listAssessments = (q: Q, actor: Actor, opts: { mine: boolean; states?: readonly string[] }) => {
  let query = q
    .selectFrom('assessments as a')
    .innerJoin('users as u', 'u.id', 'a.agent_id')
    .select([
      'a.id',
      'a.agent_id',
      'u.display_name',
      'a.period_kind',
      'a.period_key',
      'a.state',
      'a.total',
      'a.updated_at',
    ]);
  query =
    opts.mine || !canOversee(actor)
      ? query.where('a.agent_id', '=', actor.id)
      : query.where('a.branch_id', 'in', [...actor.scope]);
  if (opts.states && opts.states.length > 0) query = query.where('a.state', 'in', [...opts.states]);
  return query.orderBy('a.period_key', 'desc').orderBy('u.username').limit(500).execute();
};

export const versionsOf = (q: Q, id: string) =>
  q
    .selectFrom('assessment_versions as v')
    .innerJoin('users as u', 'u.id', 'v.by_user')
    .select(['v.score_version', 'v.total', 'v.reason', 'v.at', 'u.display_name'])
    .where('v.assessment_id', '=', id)
    .orderBy('v.score_version')
    .execute();

/** The newest version of each template the actor's branch may use: its own branch's or head office's (null). */
export const currentTemplates = async (q: Q, branchIds: readonly (string | null)[]) => {
  const rows = await q.selectFrom('assessment_templates').selectAll().orderBy('version', 'desc').execute();
  const latest = new Map<string, TemplateRow>();
  for (const r of rows) if (!latest.has(r.template_key)) latest.set(r.template_key, r);
  return [...latest.values()].filter((t) => branchIds.includes(t.branch_id));
};

export const findTemplate = (q: Q, id: string) =>
  q.selectFrom('assessment_templates').selectAll().where('id', '=', id).executeTakeFirst();

export const agentInScope = (q: Q, actor: Actor, id: string) =>
  q
    .selectFrom('users')
    .select(['id', 'branch_id', 'display_name'])
    .where('id', '=', id)
    .where('branch_id', 'in', [...actor.scope])
    .executeTakeFirst();
