import { CLAIM_TYPES, type ClaimType, documentsFor } from '@claimline/domain/claim-applications';
import { checklistTicked, topicsCovered, VISIT_MACHINE, type VisitFacts } from '@claimline/domain/front-desk';
import { maskIdNumber, validateIdNumber } from '@claimline/domain/identity';
import { loadChecklists } from '../claim-applications/checklists.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import { BIDX } from '../policies/seal.ts';
import { defineWorkflow, type LoadEnv, type MoveEnv } from '../workflow/run-move.ts';
import {
  caseInScope,
  type ExplanationRow,
  explanationsFor,
  findVisit,
  updateVisitVersioned,
  type VisitPatch,
  type VisitRow,
} from './repository.ts';
import type { VisitMoveBody } from './schema.ts';

type Env = MoveEnv<VisitRow, VisitMoveBody, VisitPatch, string, VisitFacts>;

/** A checklist line of a visit: the claims desk's item and how the counter ticked it. */
export type VisitDocument = {
  id: string;
  label: { zh: string; en: string };
  tick: 'received' | 'toBring' | null;
  /** The checklist item's knowledge articles (issue #20), copied with it: the counter opens them. */
  articleIds?: string[];
};

export const visitDocuments = (row: VisitRow): VisitDocument[] =>
  Array.isArray(row.documents) ? (row.documents as VisitDocument[]) : [];

const ticked = (row: VisitRow, input: VisitMoveBody): VisitDocument[] => {
  const ticks = new Map((input.documents ?? []).map((d) => [d.id, d.tick]));
  return visitDocuments(row).map((d) => ({ ...d, tick: ticks.get(d.id) ?? d.tick }));
};

const chosenTexts = async (tx: Tx, row: VisitRow, ids: readonly string[] | undefined) => {
  if (!ids || ids.length === 0) return [];
  const texts = await explanationsFor(tx, row.branch_id, true);
  return texts.filter((t) => ids.includes(t.id));
};

const idChecked = (input: VisitMoveBody, now: Date) =>
  input.identityChecked === true && input.idNumber !== undefined && validateIdNumber(input.idNumber, now).ok;

/** The facts of a move. Without an input (the offered moves) every input guard is taken to pass. */
export const visitFacts = (
  ctx: RequestCtx,
  row: VisitRow,
  input?: VisitMoveBody,
  chosen: readonly ExplanationRow[] = [],
): VisitFacts => {
  const given = (s: string | undefined | null) => (input ? (s ?? '').trim().length > 0 : true);
  return {
    isCounterStaff: ctx.actor.permissions.includes('visit.work') && ctx.actor.scope.includes(row.branch_id),
    infoGiven: input ? input.purpose !== undefined && given(input.summary) : true,
    identityChecked: input ? idChecked(input, ctx.clock.now()) : true,
    assessmentNoted: given(input?.assessment),
    topicsCovered: input ? topicsCovered(chosen) : true,
    checklistTicked: input ? checklistTicked(ticked(row, input)) : true,
    followUpNoted: given(input?.followUp),
    satisfactionGiven: input ? input.satisfaction !== undefined : true,
  };
};

const seal = (env: Env, values: VisitPatch) =>
  sealColumns(env.deps.crypto, env.tx, 'visits', env.row.id, values, env.now);

export const VISIT_WORKFLOW = defineWorkflow(VISIT_MACHINE)<VisitRow, VisitMoveBody, VisitPatch>({
  lock: (tx, ctx, id) => findVisit(tx, id, ctx.actor.scope, true),
  notFound: 'VISIT_NOT_FOUND',
  stateOf: (v) => v.state,
  versionOf: (v) => v.version,
  facts: async ({ tx, row, ctx, input }: LoadEnv<VisitRow, VisitMoveBody>) =>
    visitFacts(ctx, row, input, await chosenTexts(tx, row, input.explanationIds)),
  effects: {
    // The stage left is written once with its time; the next stage starts now (seed 004 §一 接待流程 1 及时响应).
    stageTime: async (env: Env) => {
      const seconds = Math.max(0, Math.floor((env.now.getTime() - env.row.stage_since.getTime()) / 1000));
      await env.tx
        .insertInto('visit_stage_times')
        .values({
          visit_id: env.row.id,
          stage: env.from,
          entered_at: env.row.stage_since,
          left_at: env.now,
          seconds,
          actor_id: env.ctx.actor.id,
        })
        .execute();
      env.patch.stage_since = env.now;
      env.data.seconds = seconds;
    },
    called: (env: Env) => {
      env.patch.called_at = env.now;
      env.patch.called_by = env.ctx.actor.id;
    },
    // The claims desk's checklist of the claim kind in force now is copied, so a later edit of it does not move
    // a visit already at the counter.
    collection: async (env: Env) => {
      const claimType = (CLAIM_TYPES as readonly string[]).includes(env.input.claimType ?? '')
        ? (env.input.claimType as ClaimType)
        : null;
      const docs: VisitDocument[] =
        env.input.purpose === 'claim' && claimType
          ? documentsFor((await loadChecklists(env.tx)).settings, claimType, 'other').map((d) => ({
              id: d.id,
              label: d.label,
              tick: null,
              ...(d.articleIds ? { articleIds: d.articleIds } : {}),
            }))
          : [];
      Object.assign(env.patch, {
        purpose: env.input.purpose ?? null,
        claim_type: claimType,
        policy_no: env.input.policyNo?.trim() || null,
        documents: JSON.stringify(docs),
        ...(await seal(env, { summary: env.input.summary?.trim() ?? null })),
      });
      env.data.purpose = env.input.purpose;
      env.data.claimType = claimType;
    },
    // Matching people uses the keyed hash of the ID number, the same kind as policies and claim applications.
    identity: (env: Env) => {
      const id = validateIdNumber(env.input.idNumber ?? '', env.now);
      if (!id.ok) throw new AppError('VISIT_IDENTITY_REQUIRED');
      env.patch.id_masked = maskIdNumber(id.normalized);
      env.patch.id_enc = env.deps.crypto.encrypt(id.normalized);
      env.patch.id_bidx = env.deps.crypto.blindIndex(BIDX.idNumber, id.normalized);
    },
    assessment: async (env: Env) => {
      Object.assign(env.patch, await seal(env, { assessment: env.input.assessment?.trim() ?? null }));
    },
    explanation: async (env: Env) => {
      const texts = await chosenTexts(env.tx, env.row, env.input.explanationIds);
      env.patch.explanations = JSON.stringify(
        texts.map((t) => ({ id: t.id, topic: t.topic, title: t.title, version: t.version })),
      );
      env.data.explanations = texts.map((t) => `${t.id}@${t.version}`);
    },
    documents: (env: Env) => {
      const docs = ticked(env.row, env.input);
      env.patch.documents = JSON.stringify(docs);
      env.data.toBring = docs.filter((d) => d.tick === 'toBring').map((d) => d.id);
    },
    followUp: async (env: Env) => {
      const number = env.input.linkedCaseNumber?.trim();
      if (number) {
        const c = await caseInScope(env.tx, number, env.ctx.actor.scope);
        if (!c) throw new AppError('VISIT_CASE_NOT_FOUND');
        env.patch.linked_case_id = c.id;
        env.data.linkedCase = c.number;
      }
      Object.assign(env.patch, await seal(env, { follow_up: env.input.followUp?.trim() ?? null }));
    },
    feedback: async (env: Env) => {
      env.patch.satisfaction = env.input.satisfaction ?? null;
      env.data.satisfaction = env.input.satisfaction;
      Object.assign(env.patch, await seal(env, { feedback_comment: env.input.comment?.trim() || null }));
    },
    archive: (env: Env) => {
      env.patch.closed_at = env.now;
    },
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateVisitVersioned(tx, row.id, row.version, patch),
  record: {
    caseId: () => null,
    objectType: 'visit',
    objectId: (v) => v.id,
    note: () => null,
    details: (v) => ({ ticket: v.ticket_no, day: v.local_day }),
  },
});
