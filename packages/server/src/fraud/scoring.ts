import { randomUUID } from 'node:crypto';
import {
  type ClaimFacts,
  DEFAULT_FRAUD_SETTINGS,
  type FraudSettings,
  mergeFraudSettings,
  SIGNAL_CODES,
  type SignalHit,
  scoreClaim,
} from '@claimline/domain/fraud';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import { claimAuthorityOf } from '../claim-applications/authority.ts';
import type { Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { gatherScoringFacts, type SubjectKind } from './gather.ts';
import { matchingClaims } from './keys.ts';

/** The widest window any enabled signal looks back or ahead: the one match query covers them all. */
const widestWindow = (s: FraudSettings) =>
  Math.max(
    1,
    ...SIGNAL_CODES.filter((c) => s.signals[c].enabled).map((c) => s.signals[c].params.windowDays ?? 0),
  );
/**
 * The window the gathering statement asks for before it has read the settings: the widest seen last in this process
 * (the defaults' at first). A wider window only brings matches the signals then drop by their own windows; a
 * narrower one is caught after the read and the matches are asked again (the first scoring after a widening save).
 */
let askedWindow = widestWindow(DEFAULT_FRAUD_SETTINGS);

const ACTIVE_INVESTIGATION = ['queued', 'investigating', 'interviewing'];

/**
 * Gathers the facts (one statement), scores with the settings in force, records the score (append-only) and queues
 * an investigation when the score reaches the threshold (one statement), then the audit row. Nothing here pauses or
 * refuses the claim: its legal clocks (Insurance Law art. 23) run on untouched. `extra` are hits found elsewhere.
 */
const scoreSubject = async (
  tx: Tx,
  ctx: RequestCtx,
  kind: SubjectKind,
  id: string,
  trigger: 'intake' | 'application',
  extra: readonly SignalHit[] = [],
) => {
  const now = ctx.clock.now();
  const asked = askedWindow;
  const g = await gatherScoringFacts(tx, kind, id, asked);
  if (!g) return null;
  const version = g.settings?.version ?? 0;
  const settings = mergeFraudSettings(g.settings?.value as Partial<FraudSettings> | undefined);
  const window = widestWindow(settings);
  askedWindow = window;
  const matches = window > asked ? await matchingClaims(tx, g.owner, g.keys, window) : g.matches;
  const facts: ClaimFacts = {
    ...g.facts,
    matches,
    confirmedFraudLinks: g.confirmed,
    // The link analysis ran first in the same transaction (linkAtIntake), so a ring this claim closes counts.
    ringClaims: g.ringClaims,
    approvalLimitsFen: claimAuthorityOf(g.authority).table.flatMap((r) =>
      r.maxFen === null ? [] : [r.maxFen],
    ),
  };
  const result = scoreClaim(facts, settings, extra);
  const caseId = g.owner.caseId;
  const codes = result.hits.map((h) => h.code);
  const inv = g.investigation;
  // The evidence of a running investigation follows the newest score until it is concluded; a claim without one
  // gets one when flagged. The score row, that update or that insert: one statement.
  const update = inv !== null && ACTIVE_INVESTIGATION.includes(inv.state);
  const open = inv === null && result.flagged ? randomUUID() : null;
  await sql`
    WITH s AS (INSERT INTO fraud_scores (id, case_id, branch_id, score, hits, settings_version, trigger, created_at)
               VALUES (${randomUUID()}::uuid, ${caseId}::uuid, ${g.owner.branchId}::uuid, ${result.score}::int,
                       ${JSON.stringify(result.hits)}::jsonb, ${version}::int, ${trigger}::text, ${now}::timestamptz)),
    u AS (UPDATE fraud_investigations SET score = ${result.score}::int, signal_codes = ${codes}::text[],
                 updated_at = ${now}::timestamptz
           WHERE ${update}::boolean AND case_id = ${caseId}::uuid AND state = ANY(${ACTIVE_INVESTIGATION}::text[]))
    INSERT INTO fraud_investigations (id, case_id, branch_id, score, signal_codes, created_at, updated_at)
    SELECT ${open}::uuid, ${caseId}::uuid, ${g.owner.branchId}::uuid, ${result.score}::int, ${codes}::text[],
           ${now}::timestamptz, ${now}::timestamptz
     WHERE ${open}::uuid IS NOT NULL`.execute(tx);
  const audit = (action: 'fraudScore.record' | 'fraudInvestigation.open', objectId: string) =>
    appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action,
      objectType: action === 'fraudScore.record' ? 'case' : 'fraudInvestigation',
      objectId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { caseId, score: result.score, signals: codes, trigger },
    });
  await audit('fraudScore.record', caseId);
  if (open) await audit('fraudInvestigation.open', open);
  return result;
};

/** Scores a claim report at registration, inside its transaction (claims/register.ts). */
export const scoreClaimReport = (_deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) =>
  scoreSubject(tx, ctx, 'report', caseId, 'intake');

/**
 * Rescores a claim application after each of its moves (the claim-application after-move hook, same transaction):
 * an assessment or a decision brings an amount, so "near the sum insured" and "just under a limit" can fire now;
 * the payee account, when given, is matched against other claimants'.
 */
export const rescoreApplication = (_deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) =>
  scoreSubject(tx, ctx, 'application', caseId, 'application');
