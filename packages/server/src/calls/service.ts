import {
  checkSilentCallLog,
  type SilentLog,
  silentCallSteps,
  silentLogContradictions,
} from '@claimline/domain/calls';
import type { Scorecard } from '@claimline/domain/qa';
import { appendAudit } from '../audit/audit.ts';
import * as repo from '../call-records/repository.ts';
import * as cases from '../cases/repository.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as qa from '../qa/repository.ts';
import { scoreHistoryOf } from '../qa/score-history.ts';
import { readTurns, rescoreIfTranscribed, silentEvidence } from '../qa/service.ts';
import { loadPack } from '../scripts/packs.ts';
import type { ListCallsQuery } from './schema.ts';
import { maskTurns } from './views.ts';

const actorOf = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

export const listCalls = async (deps: Deps, ctx: RequestCtx, q: ListCallsQuery) => {
  const from = new Date(ctx.clock.now().getTime() - q.days * 86_400_000);
  const agentId = q.mine === 'true' ? ctx.actor.id : q.agentId;
  const { total, items } = await repo.listCalls(deps.db, ctx.actor.scope, { ...q, agentId, from });
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: items.map((c) => ({
      id: c.id,
      callId: c.call_id,
      direction: c.direction,
      callerMasked: c.caller_masked,
      queue: c.queue,
      agentId: c.agent_id,
      agentName: c.agent_name,
      agentNo: c.agent_no,
      state: c.state,
      ringStartedAt: c.ring_started_at,
      answeredAt: c.answered_at,
      endedAt: c.ended_at,
      hungUpBy: c.hung_up_by,
      rings: c.rings,
      answeredWithinRings: c.answered_within_rings,
      simulated: c.simulated,
      score: c.score,
      hitCount: c.hit_count,
      reviewed: c.reviewed_at !== null,
      caseCount: c.case_count,
    })),
  };
};

export const callDetail = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const call = await repo.findScopedCall(deps.db, id, ctx.actor.scope);
  if (!call) throw new AppError('CALL_NOT_FOUND');
  const [agent, linked, events, transcript, versions, card, reviews, history, standard] = await Promise.all([
    repo.agentDisplay(deps.db, call.agent_id),
    repo.linkedCases(deps.db, id),
    repo.callEvents(deps.db, id),
    repo.findTranscript(deps.db, id),
    repo.transcriptVersions(deps.db, id),
    qa.findScorecard(deps.db, id),
    qa.reviewsOf(deps.db, id),
    scoreHistoryOf(deps.db, id),
    loadPack(deps.db, 'standard'),
  ]);
  const silent = standard.data.situations.find((s) => s.id === 'silentCall');
  const log = call.silent_log as SilentLog | null;
  const turns = transcript ? readTurns(deps, transcript.turns_enc) : null;
  return {
    id: call.id,
    callId: call.call_id,
    direction: call.direction,
    callerMasked: call.caller_masked,
    queue: call.queue,
    lineName: call.line_name,
    agent: agent ? { id: agent.id, name: agent.display_name, agentNo: agent.agent_no } : null,
    state: call.state,
    ringStartedAt: call.ring_started_at,
    answeredAt: call.answered_at,
    endedAt: call.ended_at,
    hungUpBy: call.hung_up_by,
    rings: call.rings,
    answeredWithinRings: call.answered_within_rings,
    simulated: call.simulated,
    events: events.map((e) => ({ event: e.event, at: e.at, receivedAt: e.received_at })),
    cases: linked.map((c) => ({
      id: c.id,
      number: c.number,
      kind: c.kind,
      status: c.status,
      customerName: c.customer_name_masked,
    })),
    silentLog: log,
    silentCheck:
      log && silent
        ? {
            ...checkSilentCallLog(silentCallSteps(silent), log),
            contradictions: silentLogContradictions(log, silentEvidence(call, turns)),
          }
        : null,
    transcript:
      transcript && turns
        ? {
            version: transcript.version,
            source: transcript.source,
            uploadedAt: transcript.added_at,
            turns: maskTurns(turns),
          }
        : null,
    transcriptVersions: versions.map((v) => ({
      version: v.version,
      source: v.source,
      addedBy: v.added_by_name,
      addedAt: v.added_at,
      reason: v.reason,
      turnCount: v.turn_count,
      score: v.score,
    })),
    scoreHistory: history.map((h) => ({
      id: h.id,
      at: h.at,
      cause: h.cause,
      actor: h.actor_name,
      reason: h.reason,
      transcriptVersion: h.transcript_version,
      scoreBefore: h.score_before,
      scoreAfter: h.score_after,
    })),
    scorecard: card
      ? {
          version: card.version,
          score: card.score,
          autoScore: card.auto_score,
          // jsonb written by qa/service.ts from the domain's scorer; checked again when sent.
          card: card.card as Scorecard,
          autoCard: card.auto_card as Scorecard,
          configVersion: card.config_version,
          phraseVersion: card.phrase_version,
          reviewedAt: card.reviewed_at,
          reviews: reviews.map((r) => ({
            at: r.at,
            reviewer: r.reviewer_name,
            overrides: r.overrides,
            scoreBefore: r.score_before,
            scoreAfter: r.score_after,
          })),
        }
      : null,
  };
};

export const linkCase = (deps: Deps, ctx: RequestCtx, id: string, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const call = await repo.findScopedCall(tx, id, ctx.actor.scope, true);
    if (!call) throw new AppError('CALL_NOT_FOUND');
    const kase = await cases.findScopedCase(tx, caseId, ctx.actor.scope);
    if (!kase) throw new AppError('CASE_NOT_FOUND');
    const now = ctx.clock.now();
    await repo.linkCase(tx, { call_id: id, case_id: caseId, linked_by: ctx.actor.id, linked_at: now });
    // The case may bring the caller's surname or make the call a claim report: score again.
    await rescoreIfTranscribed(deps, tx, id, { ctx, cause: 'caseLinked', reason: kase.number });
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'call.linkCase',
      objectType: 'call',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { caseId },
    });
  });
