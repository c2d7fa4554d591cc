import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import type { QaScoreHistoryTable } from '../db/schema.ts';
import type { RequestCtx } from '../http/context.ts';

/**
 * Why a call's QA score was (re)computed (issue #17 part 7): a new transcript version, the PBX's hang-up side (or
 * another CTI event that changes the call's times), a
 * linked case, a logged silent-call protocol, a reviewer's override; 'migrated' marks the score a card had when
 * migration 0017 started keeping the history.
 */
export const SCORE_CAUSES = [
  'transcript',
  'hangUp',
  'ctiEvent',
  'caseLinked',
  'silentProtocol',
  'review',
  'migrated',
] as const;
export type ScoreCause = (typeof SCORE_CAUSES)[number];

/** What caused a rescoring and who: the request's actor (a reviewer, the CTI account, the agent linking a case). */
export type ScoreChange = {
  ctx: RequestCtx;
  cause: Exclude<ScoreCause, 'migrated'>;
  reason?: string | null;
  transcriptVersion?: number | null;
};

/**
 * Appends the history row and, except for a review (audited as `qa.review` with its items), a `qa.rescore` audit
 * row in the same transaction: no score changes without saying who and why.
 */
export const recordScore = async (
  tx: Tx,
  callId: string,
  change: ScoreChange,
  before: number | null,
  after: number | null,
) => {
  const { ctx } = change;
  const row: Omit<QaScoreHistoryTable, 'id'> = {
    call_id: callId,
    at: ctx.clock.now(),
    cause: change.cause,
    actor_id: ctx.actor.id,
    transcript_version: change.transcriptVersion ?? null,
    reason: change.reason ?? null,
    score_before: before,
    score_after: after,
  };
  await tx.insertInto('qa_score_history').values(row).execute();
  if (change.cause === 'review') return;
  await appendAudit(tx, {
    at: row.at,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'qa.rescore',
    objectType: 'call',
    objectId: callId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: {
      cause: row.cause,
      transcriptVersion: row.transcript_version,
      scoreBefore: before,
      scoreAfter: after,
    },
  });
};

export const scoreHistoryOf = (db: Db | Tx, callId: string) =>
  db
    .selectFrom('qa_score_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_id')
    .select([
      'h.id',
      'h.at',
      'h.cause',
      'h.reason',
      'h.transcript_version',
      'h.score_before',
      'h.score_after',
      'u.display_name as actor_name',
    ])
    .where('h.call_id', '=', callId)
    .orderBy('h.id')
    .execute();
