import { randomUUID } from 'node:crypto';
import {
  type ClaimFacts,
  type KeyMatch,
  type MatchKind,
  PROVIDER_KINDS,
  SIGNAL_CODES,
  scoreClaim,
} from '@claimline/domain/fraud';
import { appendAudit } from '../../packages/server/src/audit/audit.ts';
import { loadClaimAuthority } from '../../packages/server/src/claim-applications/authority.ts';
import type { Tx } from '../../packages/server/src/db/database.ts';
import { loadFraudSettings } from '../../packages/server/src/fraud/settings-repository.ts';
import { ringSizesOf } from '../../packages/server/src/fraud-graph/repository.ts';
import type { RequestCtx } from '../../packages/server/src/http/context.ts';

/*
 * The scoring step as it was before issue #22 part 4, kept here only so the benchmark measures before and after in
 * the same run on the same data: one statement per fact (settings, delete and insert of the keys, the matches with
 * the keys spelled out in the text, the confirmed links, the authority, the ring sizes), then the score row, the
 * audit row and the investigation locked with SELECT … FOR UPDATE. Not used by the product.
 */

/** The claim report's row as scoring read it then (a statement of its own). */
const reportScoringRow = (tx: Tx, caseId: string) =>
  tx
    .selectFrom('claim_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('policies as p', 'p.id', 'r.policy_id')
    .select([
      'c.branch_id',
      'r.occurred_at',
      'r.knew_at',
      'r.reported_at',
      'r.hospital_key',
      'r.reporter_phone_bidx',
      'r.reporter_address_bidx',
      'r.major_facts',
      'p.insured_id_bidx',
      'p.plate_bidx',
      'p.period_start',
      'p.sum_insured_fen',
    ])
    .where('r.case_id', '=', caseId)
    .executeTakeFirst();

export const scoreClaimReportBefore = async (tx: Tx, ctx: RequestCtx, caseId: string) => {
  const r = await reportScoringRow(tx, caseId);
  if (!r) return null;
  const estimated = (r.major_facts as { estimatedPayoutFen?: number } | null)?.estimatedPayoutFen ?? null;
  const now = ctx.clock.now();
  const owner = { caseId, claimId: caseId, personKey: r.insured_id_bidx, occurredAt: r.occurred_at };
  const keys = (
    [
      ['idNumber', r.insured_id_bidx],
      ['plate', r.plate_bidx],
      ['phone', r.reporter_phone_bidx],
      ['address', r.reporter_address_bidx],
      ['hospital', r.hospital_key],
    ] as [MatchKind, string | null | undefined][]
  ).flatMap(([kind, key]) => (key ? [{ kind, key }] : []));
  const { version, settings } = await loadFraudSettings(tx);
  await tx.deleteFrom('fraud_keys').where('case_id', '=', caseId).execute();
  if (keys.length > 0)
    await tx
      .insertInto('fraud_keys')
      .values(
        keys.map((k) => ({
          case_id: caseId,
          claim_id: caseId,
          kind: k.kind,
          key: k.key,
          person_key: owner.personKey,
          branch_id: r.branch_id,
          occurred_at: owner.occurredAt,
        })),
      )
      .execute();
  const window = Math.max(
    1,
    ...SIGNAL_CODES.filter((c) => settings.signals[c].enabled).map(
      (c) => settings.signals[c].params.windowDays ?? 0,
    ),
  );
  const span = window * 86_400_000;
  const personal = keys.filter((k) => !PROVIDER_KINDS.includes(k.kind));
  const from = new Date(owner.occurredAt.getTime() - span);
  const to = new Date(owner.occurredAt.getTime() + span);
  const [matches, links, authority, rings] = await Promise.all([
    keys.length === 0
      ? []
      : tx
          .selectFrom('fraud_keys')
          .select((eb) => [
            'kind',
            'claim_id',
            eb.fn.min('occurred_at').as('at'),
            eb
              .fn<boolean>('bool_or', [
                eb.and([eb('person_key', '=', owner.personKey), eb('person_key', 'is not', null)]),
              ])
              .as('same_person'),
          ])
          .where((eb) => eb.or(keys.map((k) => eb.and([eb('kind', '=', k.kind), eb('key', '=', k.key)]))))
          .where('claim_id', '<>', caseId)
          .where('occurred_at', '>=', from)
          .where('occurred_at', '<=', to)
          .groupBy(['kind', 'claim_id'])
          .limit(1000)
          .execute()
          .then((rows) =>
            rows.map(
              (m): KeyMatch => ({
                kind: m.kind as MatchKind,
                otherCaseId: m.claim_id,
                at: new Date(m.at),
                samePerson: m.same_person,
              }),
            ),
          ),
    personal.length === 0
      ? 0
      : tx
          .selectFrom('fraud_keys as k')
          .innerJoin('fraud_investigations as i', 'i.case_id', 'k.case_id')
          .select((eb) => eb.fn.count<number>('i.id').distinct().as('n'))
          .where((eb) =>
            eb.or(personal.map((k) => eb.and([eb('k.kind', '=', k.kind), eb('k.key', '=', k.key)]))),
          )
          .where('k.claim_id', '<>', caseId)
          .where('i.state', '=', 'closed')
          .where('i.outcome', '=', 'confirmed')
          .executeTakeFirst()
          .then((x) => Number(x?.n ?? 0)),
    loadClaimAuthority(tx),
    ringSizesOf(tx, caseId),
  ]);
  const facts: ClaimFacts = {
    occurredAt: r.occurred_at,
    knewAt: r.knew_at,
    reportedAt: r.reported_at,
    policyStart: r.period_start,
    sumInsuredRaisedAt: null,
    sumInsuredFen: Number(r.sum_insured_fen),
    amountFen: estimated === null ? null : Number(estimated),
    matches,
    confirmedFraudLinks: links,
    ringClaims: Math.max(0, ...rings),
    approvalLimitsFen: authority.table.flatMap((a) => (a.maxFen === null ? [] : [a.maxFen])),
  };
  const result = scoreClaim(facts, settings);
  await tx
    .insertInto('fraud_scores')
    .values({
      id: randomUUID(),
      case_id: caseId,
      branch_id: r.branch_id,
      score: result.score,
      hits: JSON.stringify(result.hits),
      settings_version: version,
      trigger: 'intake',
      created_at: now,
    })
    .execute();
  await appendAudit(tx, {
    at: now,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'fraudScore.record',
    objectType: 'case',
    objectId: caseId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { caseId, score: result.score, trigger: 'intake' },
  });
  await tx
    .selectFrom('fraud_investigations')
    .select(['id', 'state'])
    .where('case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  return result;
};
