import { randomUUID } from 'node:crypto';
import {
  type ClaimFacts,
  DEFAULT_FRAUD_SETTINGS,
  type FraudSettings,
  type MatchKind,
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
import { type ClaimKey, gatherScoringFacts, type KeyOwner, matchingClaims } from './keys.ts';
import { applicationScoringRow, reportScoringRow } from './scoring-repository.ts';

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

type Subject = {
  owner: KeyOwner;
  keys: ClaimKey[];
  facts: Omit<ClaimFacts, 'matches' | 'confirmedFraudLinks' | 'approvalLimitsFen'>;
};

/**
 * Gathers the facts (one statement), scores with the settings in force, records the score (append-only) and queues
 * an investigation when the score reaches the threshold (one statement), then the audit row. Nothing here pauses or
 * refuses the claim: its legal clocks (Insurance Law art. 23) run on untouched. `extra` are hits found elsewhere.
 */
const scoreSubject = async (
  tx: Tx,
  ctx: RequestCtx,
  subject: Subject,
  trigger: 'intake' | 'application',
  extra: readonly SignalHit[] = [],
) => {
  const now = ctx.clock.now();
  const asked = askedWindow;
  const g = await gatherScoringFacts(tx, subject.owner, subject.keys, asked);
  const version = g.settings?.version ?? 0;
  const settings = mergeFraudSettings(g.settings?.value as Partial<FraudSettings> | undefined);
  const window = widestWindow(settings);
  askedWindow = window;
  const matches = window > asked ? await matchingClaims(tx, subject.owner, subject.keys, window) : g.matches;
  const facts: ClaimFacts = {
    ...subject.facts,
    matches,
    confirmedFraudLinks: g.confirmed,
    // The link analysis ran first in the same transaction (linkAtIntake), so a ring this claim closes counts.
    ringClaims: g.ring_claims,
    approvalLimitsFen: claimAuthorityOf(g.authority).table.flatMap((r) =>
      r.maxFen === null ? [] : [r.maxFen],
    ),
  };
  const result = scoreClaim(facts, settings, extra);
  const caseId = subject.owner.caseId;
  const codes = result.hits.map((h) => h.code);
  const inv = g.investigation;
  // The evidence of a running investigation follows the newest score until it is concluded; a claim without one
  // gets one when flagged. The score row, that update or that insert: one statement.
  const update = inv !== null && ACTIVE_INVESTIGATION.includes(inv.state);
  const open = inv === null && result.flagged ? randomUUID() : null;
  await sql`
    WITH s AS (INSERT INTO fraud_scores (id, case_id, branch_id, score, hits, settings_version, trigger, created_at)
               VALUES (${randomUUID()}::uuid, ${caseId}::uuid, ${subject.owner.branchId}::uuid, ${result.score}::int,
                       ${JSON.stringify(result.hits)}::jsonb, ${version}::int, ${trigger}::text, ${now}::timestamptz)),
    u AS (UPDATE fraud_investigations SET score = ${result.score}::int, signal_codes = ${codes}::text[],
                 updated_at = ${now}::timestamptz
           WHERE ${update}::boolean AND case_id = ${caseId}::uuid AND state = ANY(${ACTIVE_INVESTIGATION}::text[]))
    INSERT INTO fraud_investigations (id, case_id, branch_id, score, signal_codes, created_at, updated_at)
    SELECT ${open}::uuid, ${caseId}::uuid, ${subject.owner.branchId}::uuid, ${result.score}::int, ${codes}::text[],
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

const keysOf = (pairs: [MatchKind, string | null | undefined][]): ClaimKey[] =>
  pairs.flatMap(([kind, key]) => (key ? [{ kind, key }] : []));

/** The providers' keyed hashes, written at intake on the report (never their names). */
const providerKeys = (r: {
  hospital_key?: string | null;
  repair_shop_key?: string | null;
  doctor_key?: string | null;
}) =>
  keysOf([
    ['hospital', r.hospital_key],
    ['repairShop', r.repair_shop_key],
    ['doctor', r.doctor_key],
  ]);

/** Scores a claim report at registration, inside its transaction (claims/register.ts). */
export const scoreClaimReport = async (_deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) => {
  const r = await reportScoringRow(tx, caseId);
  if (!r) return null;
  return scoreSubject(
    tx,
    ctx,
    {
      owner: {
        caseId,
        claimId: caseId,
        personKey: r.insured_id_bidx,
        branchId: r.branch_id,
        occurredAt: r.occurred_at,
      },
      keys: [
        ...keysOf([
          ['idNumber', r.insured_id_bidx],
          ['plate', r.plate_bidx],
          ['phone', r.reporter_phone_bidx],
          ['address', r.reporter_address_bidx],
        ]),
        ...providerKeys(r),
      ],
      facts: {
        occurredAt: r.occurred_at,
        knewAt: r.knew_at,
        reportedAt: r.reported_at,
        policyStart: r.period_start,
        // Written when an endorsement raising the sum insured is completed (policy-services).
        sumInsuredRaisedAt: r.sum_insured_raised_at ?? null,
        sumInsuredFen: Number(r.sum_insured_fen),
        amountFen: r.estimated_fen === null ? null : Number(r.estimated_fen),
      },
    },
    'intake',
  );
};

/**
 * Rescores a claim application after each of its moves (the claim-application after-move hook, same transaction):
 * an assessment or a decision brings an amount, so "near the sum insured" and "just under a limit" can fire now;
 * the payee account, when given, is matched against other claimants'.
 */
export const rescoreApplication = async (_deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) => {
  const a = await applicationScoringRow(tx, caseId);
  if (!a) return null;
  const amount = a.payout_fen ?? a.assessed_amount_fen;
  return scoreSubject(
    tx,
    ctx,
    {
      owner: {
        caseId,
        claimId: a.report_case_id ?? caseId,
        personKey: a.applicant_id_bidx,
        branchId: a.branch_id,
        occurredAt: a.occurred_at ?? a.created_at,
      },
      keys: [
        ...keysOf([
          ['idNumber', a.applicant_id_bidx],
          ['plate', a.plate_bidx],
          ['phone', a.applicant_phone_bidx],
          ['address', a.reporter_address_bidx],
          ['payee', a.payee_account_bidx],
        ]),
        ...(a.occurred_at ? providerKeys(a) : []),
      ],
      facts: {
        occurredAt: a.occurred_at ?? a.created_at,
        knewAt: a.knew_at ?? a.created_at,
        reportedAt: a.reported_at ?? a.created_at,
        policyStart: a.period_start,
        sumInsuredRaisedAt: a.sum_insured_raised_at ?? null,
        sumInsuredFen: Number(a.sum_insured_fen),
        amountFen: amount === null ? null : Number(amount),
      },
    },
    'application',
  );
};
