import { type SilentLog, silentLogContradictions } from '@claimline/domain/calls';
import { parseTranscriptText, type Turn, transcriptSourceOf, validateTurns } from '@claimline/domain/qa';
import { appendAudit } from '../audit/audit.ts';
import * as repo from '../call-records/repository.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { readTurns, rescoreIfTranscribed, scoreAndStore, silentEvidence } from '../qa/service.ts';

const actorOf = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

/**
 * The silent-call guided panel's log (seed 000 一(一)3), stored on the call with the check shown beside it.
 * Refused when what is already on record contradicts a log of silence (issue #17 part 7): the transcript has the
 * customer speaking, the PBX says the customer hung up, or the talk time is not the logged hang-up. Evidence that
 * arrives later (a transcript, the end event) cannot be refused: the rescoring then stops excusing the hang-up
 * and the call detail flags the contradiction.
 */
export const logSilentProtocol = (deps: Deps, ctx: RequestCtx, id: string, log: SilentLog) =>
  deps.db.transaction().execute(async (tx) => {
    const call = await repo.findScopedCall(tx, id, ctx.actor.scope, true);
    if (!call) throw new AppError('CALL_NOT_FOUND');
    if (!call.answered_at) throw new AppError('CALL_NOT_ANSWERED');
    const t = await repo.findTranscript(tx, id);
    const contradictions = silentLogContradictions(
      log,
      silentEvidence(call, t ? readTurns(deps, t.turns_enc) : null),
    );
    if (contradictions.length > 0) throw new AppError('SILENT_CALL_CONTRADICTED', { contradictions });
    const now = ctx.clock.now();
    await repo.updateCall(tx, id, { silent_log: JSON.stringify(log), updated_at: now });
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'call.silentProtocol',
      objectType: 'call',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { steps: log.entries.length, customerSpoke: log.customerSpoke },
    });
    // The log may excuse the agent's hang-up: the card says so with its own history row.
    await rescoreIfTranscribed(deps, tx, id, { ctx, cause: 'silentProtocol' });
    return call;
  });

export type TranscriptInput = {
  turns?: Turn[] | undefined;
  text?: string | undefined;
  reason?: string | undefined;
};

/**
 * Adds a transcript version (turns or the text format), encrypted, and scores the call on it in the same
 * transaction (issue #17 part 7). Through the route the source follows who sends it: the CTI account, or a
 * reviewer with a reason, never the call's own agent. The demo simulator plays the PBX for a call it has just
 * created and says so ('simulator'). The version keeps the score the card had on it.
 */
export const saveTranscript = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  input: TranscriptInput,
  via: 'route' | 'simulator' = 'route',
) =>
  deps.db.transaction().execute(async (tx) => {
    const call = await repo.findScopedCall(tx, id, ctx.actor.scope, true);
    if (!call) throw new AppError('CALL_NOT_FOUND');
    const reason = input.reason?.trim() ?? '';
    const source =
      via === 'simulator'
        ? 'simulator'
        : transcriptSourceOf({
            ownCall: call.agent_id === ctx.actor.id,
            cti: ctx.actor.permissions.includes('cti.feed'),
            reviewer: ctx.actor.permissions.includes('qa.review'),
            reason,
          });
    if (!call.answered_at) throw new AppError('CALL_NOT_ANSWERED');
    const turns =
      input.text !== undefined ? parseTranscriptText(input.text) : validateTurns(input.turns ?? []);
    const now = ctx.clock.now();
    const latest = await repo.findTranscript(tx, id);
    const version = (latest?.version ?? 0) + 1;
    const card = await scoreAndStore(deps, tx, call, turns, {
      ctx,
      cause: 'transcript',
      reason: reason || null,
      transcriptVersion: version,
    });
    await repo.insertTranscriptVersion(tx, {
      call_id: id,
      version,
      turns_enc: deps.crypto.encrypt(JSON.stringify(turns)),
      turn_count: turns.length,
      source,
      added_by: ctx.actor.id,
      added_at: now,
      reason: reason || null,
      score: card.score,
    });
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'call.transcript',
      objectType: 'call',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, turns: turns.length, source, reason: reason || null, score: card.score },
    });
  });
