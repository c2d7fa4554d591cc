import { randomUUID } from 'node:crypto';
import {
  type ClaimFacts,
  type FraudSettings,
  type MatchKind,
  SIGNAL_CODES,
  type SignalHit,
  scoreClaim,
} from '@claimline/domain/fraud';
import { appendAudit } from '../audit/audit.ts';
import { loadClaimAuthority } from '../claim-applications/authority.ts';
import type { Tx } from '../db/database.ts';
import { ringSizesOf } from '../fraud-graph/repository.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import {
  type ClaimKey,
  confirmedFraudLinks,
  type KeyOwner,
  matchingClaims,
  providerKey,
  writeKeys,
} from './keys.ts';
import { applicationScoringRow, reportScoringRow } from './scoring-repository.ts';
import { loadFraudSettings } from './settings-repository.ts';

/** The widest window any enabled signal looks back or ahead: the one match query covers them all. */
const widestWindow = (s: FraudSettings) =>
  Math.max(
    1,
    ...SIGNAL_CODES.filter((c) => s.signals[c].enabled).map((c) => s.signals[c].params.windowDays ?? 0),
  );

type Subject = {
  owner: KeyOwner;
  keys: ClaimKey[];
  facts: Omit<ClaimFacts, 'matches' | 'confirmedFraudLinks' | 'approvalLimitsFen'>;
};

/**
 * Gathers the facts, scores with the settings in force, records the score (append-only) and queues an
 * investigation when the score reaches the threshold. Nothing here pauses or refuses the claim: its legal clocks
 * (Insurance Law art. 23) run on untouched. `extra` are hits found elsewhere (a ring membership).
 */
const scoreSubject = async (
  tx: Tx,
  ctx: RequestCtx,
  subject: Subject,
  trigger: 'intake' | 'application',
  extra: readonly SignalHit[] = [],
) => {
  const now = ctx.clock.now();
  const { version, settings } = await loadFraudSettings(tx);
  await writeKeys(tx, subject.owner, subject.keys);
  const [matches, links, authority, rings] = await Promise.all([
    matchingClaims(tx, subject.owner, subject.keys, widestWindow(settings)),
    confirmedFraudLinks(tx, subject.owner, subject.keys),
    loadClaimAuthority(tx),
    // The link analysis ran first in the same transaction (linkAtIntake), so a ring this claim closes counts.
    ringSizesOf(tx, subject.owner.claimId),
  ]);
  const facts: ClaimFacts = {
    ...subject.facts,
    matches,
    confirmedFraudLinks: links,
    ringClaims: Math.max(0, ...rings),
    approvalLimitsFen: authority.table.flatMap((r) => (r.maxFen === null ? [] : [r.maxFen])),
  };
  const result = scoreClaim(facts, settings, extra);
  const caseId = subject.owner.caseId;
  await tx
    .insertInto('fraud_scores')
    .values({
      id: randomUUID(),
      case_id: caseId,
      branch_id: subject.owner.branchId,
      score: result.score,
      hits: JSON.stringify(result.hits),
      settings_version: version,
      trigger,
      created_at: now,
    })
    .execute();
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
      details: { caseId, score: result.score, signals: result.hits.map((h) => h.code), trigger },
    });
  await audit('fraudScore.record', caseId);
  const codes = result.hits.map((h) => h.code);
  const open = await tx
    .selectFrom('fraud_investigations')
    .select(['id', 'state'])
    .where('case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (open) {
    // The evidence of a running investigation follows the newest score until it is concluded.
    if (open.state === 'queued' || open.state === 'investigating' || open.state === 'interviewing')
      await tx
        .updateTable('fraud_investigations')
        .set({ score: result.score, signal_codes: codes, updated_at: now })
        .where('id', '=', open.id)
        .execute();
  } else if (result.flagged) {
    const id = randomUUID();
    await tx
      .insertInto('fraud_investigations')
      .values({
        id,
        case_id: caseId,
        branch_id: subject.owner.branchId,
        score: result.score,
        signal_codes: codes,
        assignee_id: null,
        outcome: null,
        conclusion_reason: null,
        concluded_by: null,
        concluded_at: null,
        approved_by: null,
        approved_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit('fraudInvestigation.open', id);
  }
  return result;
};

const providers = (
  deps: Deps,
  row: { hospital: string | null; repair_shop: string | null; doctor: string | null },
) =>
  (
    [
      ['hospital', row.hospital],
      ['repairShop', row.repair_shop],
      ['doctor', row.doctor],
    ] as [MatchKind, string | null][]
  ).flatMap(([kind, name]) => (name?.trim() ? [{ kind, key: providerKey(deps.crypto, kind, name) }] : []));

const keysOf = (pairs: [MatchKind, string | null | undefined][]): ClaimKey[] =>
  pairs.flatMap(([kind, key]) => (key ? [{ kind, key }] : []));

/** Scores a claim report at registration, inside its transaction (claims/register.ts). */
export const scoreClaimReport = async (deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) => {
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
        ...providers(deps, r),
      ],
      facts: {
        occurredAt: r.occurred_at,
        knewAt: r.knew_at,
        reportedAt: r.reported_at,
        policyStart: r.period_start,
        // The policy data holds no endorsement history yet: the signal fires once an import carries the date.
        sumInsuredRaisedAt: null,
        sumInsuredFen: Number(r.sum_insured_fen),
        amountFen: r.estimated_fen === null ? null : Number(r.estimated_fen),
      },
    },
    'intake',
  );
};

/**
 * Rescores a claim application after each of its moves (the claim-application after-move hook, same transaction):
 * an assessment or a decision brings an amount, so "near the sum insured" and "just under a limit" can fire now.
 */
export const rescoreApplication = async (deps: Deps, tx: Tx, ctx: RequestCtx, caseId: string) => {
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
        ]),
        ...(a.occurred_at ? providers(deps, a) : []),
      ],
      facts: {
        occurredAt: a.occurred_at ?? a.created_at,
        knewAt: a.knew_at ?? a.created_at,
        reportedAt: a.reported_at ?? a.created_at,
        policyStart: a.period_start,
        sumInsuredRaisedAt: null,
        sumInsuredFen: Number(a.sum_insured_fen),
        amountFen: amount === null ? null : Number(amount),
      },
    },
    'application',
  );
};
