import { randomUUID } from 'node:crypto';
import { protocolExcusesHangUp, type SilentEvidence, type SilentLog } from '@claimline/domain/calls';
import {
  applyReview,
  type CallFacts,
  type ReviewOverride,
  type Scorecard,
  scoreCall,
  surnameOf,
  type Turn,
} from '@claimline/domain/qa';
import { appendAudit } from '../audit/audit.ts';
import * as calls from '../call-records/repository.ts';
import type { Db, Tx } from '../db/database.ts';
import type { CallTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { forbiddenList, loadPack } from '../scripts/packs.ts';
import { countOverridesByActor } from '../scripts/repository.ts';
import * as repo from './repository.ts';
import { recordScore, type ScoreChange } from './score-history.ts';

/** What the records say against a silent-call log: the transcript's customer turns, the PBX's side and talk time. */
export const silentEvidence = (call: CallTable, turns: readonly Turn[] | null): SilentEvidence => ({
  customerTurns: (turns ?? []).filter((t) => t.speaker === 'customer').length,
  hungUpBy: call.hung_up_by,
  talkMs: call.answered_at && call.ended_at ? call.ended_at.getTime() - call.answered_at.getTime() : null,
});

/** The call facts the scorecard reads: agent number, the caller's surname from a linked case, claim report or not. */
const callFacts = async (
  deps: Deps,
  q: Db | Tx,
  call: CallTable,
  turns: readonly Turn[],
): Promise<CallFacts> => {
  const agent = await calls.agentDisplay(q, call.agent_id);
  const cases = await calls.linkedCases(q, call.id);
  const named = cases.find((c) => c.customer_name_enc);
  // A silent call the agent closed by the protocol (seed 000 一(一)3: 再稍停5秒，挂机) is hung up by the agent
  // rightly, but only while the transcript and the PBX do not contradict the log (issue #17 part 7).
  const excused = protocolExcusesHangUp(call.silent_log as SilentLog | null, silentEvidence(call, turns));
  return {
    lineName: call.line_name,
    agentNo: agent?.agent_no ?? null,
    customerSurname: named?.customer_name_enc
      ? surnameOf(deps.crypto.decrypt(named.customer_name_enc))
      : null,
    nameKnownAtStart: false,
    isClaimReport: call.queue === 'claimReport' || cases.some((c) => c.kind === 'claimReport'),
    hungUpBy: excused ? null : call.hung_up_by,
    answeredWithinRings: call.answered_within_rings,
  };
};

/** Manual overrides already on a card, so a rescore (new transcript, hang-up side arriving) keeps the review. */
const overridesOf = (card: Scorecard | null): ReviewOverride[] =>
  (card?.items ?? []).flatMap((i) =>
    i.review ? [{ id: i.id, result: i.result, comment: i.review.comment }] : [],
  );

export const readTurns = (deps: Deps, turnsEnc: string): Turn[] =>
  JSON.parse(deps.crypto.decrypt(turnsEnc)) as Turn[];

/**
 * Scores a call from its transcript with the packs in force, stores the card (automatic and reviewed) and appends
 * the score history row that says what caused it and who (issue #17 part 7).
 */
export const scoreAndStore = async (
  deps: Deps,
  tx: Tx,
  call: CallTable,
  turns: readonly Turn[],
  change: ScoreChange,
) => {
  const [cfg, list] = await Promise.all([loadPack(tx, 'qa'), forbiddenList(deps.db, tx)]);
  const auto = scoreCall(turns, await callFacts(deps, tx, call, turns), cfg.data, list.matcher);
  const previous = await repo.findScorecard(tx, call.id);
  const kept = overridesOf((previous?.card as Scorecard | undefined) ?? null).filter((o) =>
    auto.items.some((i) => i.id === o.id),
  );
  const card = kept.length > 0 ? applyReview(auto, kept) : auto;
  await repo.upsertScorecard(tx, {
    call_id: call.id,
    agent_id: call.agent_id,
    branch_id: call.branch_id,
    config_version: cfg.version,
    phrase_version: list.version,
    auto_card: auto,
    auto_score: auto.score,
    card,
    score: card.score,
    hit_count: auto.hits.length,
    reviewed_by: previous?.reviewed_by ?? null,
    reviewed_at: previous?.reviewed_at ?? null,
    scored_at: deps.clock.now(),
  });
  await recordScore(tx, call.id, change, previous?.score ?? null, card.score);
  return card;
};

/** Rescores on the latest transcript version when the call changes (hang-up side, linked case, silent log). */
export const rescoreIfTranscribed = async (
  deps: Deps,
  tx: Tx,
  callId: string,
  change: Omit<ScoreChange, 'transcriptVersion'>,
) => {
  const t = await calls.findTranscript(tx, callId);
  if (!t) return;
  const call = await tx.selectFrom('calls').selectAll().where('id', '=', callId).executeTakeFirstOrThrow();
  await scoreAndStore(deps, tx, call, readTurns(deps, t.turns_enc), {
    ...change,
    transcriptVersion: t.version,
  });
};

/**
 * A QA reviewer's manual review (issue #5 part 5): overrides items with a comment, keeps the automatic card
 * beside it, records the review in qa_reviews and the audit log. Carries the card version against lost updates.
 */
export const reviewCall = (
  deps: Deps,
  ctx: RequestCtx,
  callId: string,
  input: { version: number; overrides: ReviewOverride[] },
) =>
  deps.db.transaction().execute(async (tx) => {
    const call = await calls.findScopedCall(tx, callId, ctx.actor.scope, true);
    if (!call) throw new AppError('CALL_NOT_FOUND');
    const row = await repo.findScorecard(tx, callId);
    if (!row) throw new AppError('SCORECARD_NOT_FOUND');
    if (row.version !== input.version)
      throw new AppError('SCORECARD_VERSION_CONFLICT', { currentVersion: row.version });
    const before = row.card as Scorecard;
    const after = applyReview(before, input.overrides);
    const now = ctx.clock.now();
    if (
      !(await repo.saveReview(tx, callId, input.version, {
        card: after,
        score: after.score,
        reviewed_by: ctx.actor.id,
        reviewed_at: now,
      }))
    )
      throw new AppError('SCORECARD_VERSION_CONFLICT');
    await recordScore(
      tx,
      callId,
      { ctx, cause: 'review', reason: input.overrides.map((o) => `${o.id}: ${o.comment}`).join('; ') },
      before.score,
      after.score,
    );
    await repo.insertReview(tx, {
      id: randomUUID(),
      call_id: callId,
      reviewer_id: ctx.actor.id,
      at: now,
      overrides: input.overrides,
      score_before: before.score,
      score_after: after.score,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'qa.review',
      objectType: 'call',
      objectId: callId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        items: input.overrides.map((o) => `${o.id}:${o.result}`),
        scoreBefore: before.score,
        scoreAfter: after.score,
      },
    });
  });

const windowOf = (ctx: RequestCtx, days: number) => {
  const to = ctx.clock.now();
  return { from: new Date(to.getTime() - days * 86_400_000), to };
};

/** The per-agent QA list: scores, hits, reviews, 3-ring share, and guard overrides in the same window. */
export const agentList = async (deps: Deps, ctx: RequestCtx, days: number) => {
  const { from, to } = windowOf(ctx, days);
  const [rows, overrides] = await Promise.all([
    repo.agentSummary(deps.db, ctx.actor.scope, from, to),
    countOverridesByActor(deps.db, ctx.actor.scope, from, to),
  ]);
  const byActor = new Map(overrides.map((o) => [o.actor_id, o.n]));
  return {
    from,
    to,
    items: rows.map((r) => ({
      agentId: r.agent_id,
      name: r.display_name,
      agentNo: r.agent_no,
      calls: r.calls,
      avgScore: r.avg_score,
      forbiddenHits: r.hits,
      reviewed: r.reviewed,
      withinRingsPct: r.within_rings_pct,
      overrides: byActor.get(r.agent_id) ?? 0,
    })),
  };
};

export const trend = async (deps: Deps, ctx: RequestCtx, days: number, agentId?: string) => {
  const { from, to } = windowOf(ctx, days);
  const rows = await repo.dailyTrend(deps.db, ctx.actor.scope, from, to, agentId);
  return { items: rows.map((r) => ({ day: r.day, calls: r.calls, avgScore: r.avg_score, hits: r.hits })) };
};
