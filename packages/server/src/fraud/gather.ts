import type { KeyMatch, MatchKind } from '@claimline/domain/fraud';
import { PROVIDER_KINDS } from '@claimline/domain/fraud';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/database.ts';
import type { ClaimKey, KeyOwner } from './keys.ts';

/**
 * What scoring reads of the claim, as the first part of the one gathering statement: dates, amounts and keyed hashes
 * only (providers' too), never an encrypted, masked or free-text column (fraud.test.ts holds the statements to that).
 * Each gives the case, its claim node, the person's key, the branch, the loss time, the facts, and its keys as two
 * arrays (kind, keyed hash); a null hash is dropped.
 */
const REPORT: RawBuilder<unknown> = sql`
  SELECT r.case_id, r.case_id AS claim_id, p.insured_id_bidx AS person_key, c.branch_id, r.occurred_at AS loss_at,
         r.knew_at, r.reported_at, p.period_start, p.sum_insured_fen, p.sum_insured_raised_at,
         r.major_facts ->> 'estimatedPayoutFen' AS amount_fen,
         ARRAY['idNumber', 'plate', 'phone', 'address', 'hospital', 'repairShop', 'doctor'] AS kinds,
         ARRAY[p.insured_id_bidx, p.plate_bidx, r.reporter_phone_bidx, r.reporter_address_bidx, r.hospital_key,
               r.repair_shop_key, r.doctor_key] AS hashes
    FROM claim_reports r JOIN cases c ON c.id = r.case_id JOIN policies p ON p.id = r.policy_id`;
/** An application joins its report's node; without a report its own registration stands for the loss time. */
const APPLICATION: RawBuilder<unknown> = sql`
  SELECT a.case_id, coalesce(a.report_case_id, a.case_id) AS claim_id, a.applicant_id_bidx AS person_key,
         c.branch_id, coalesce(r.occurred_at, a.created_at) AS loss_at, coalesce(r.knew_at, a.created_at) AS knew_at,
         coalesce(r.reported_at, a.created_at) AS reported_at, p.period_start, p.sum_insured_fen,
         p.sum_insured_raised_at, coalesce(a.payout_fen, a.assessed_amount_fen)::text AS amount_fen,
         ARRAY['idNumber', 'plate', 'phone', 'address', 'payee', 'hospital', 'repairShop', 'doctor'] AS kinds,
         ARRAY[a.applicant_id_bidx, p.plate_bidx, a.applicant_phone_bidx, r.reporter_address_bidx,
               a.payee_account_bidx, r.hospital_key, r.repair_shop_key, r.doctor_key] AS hashes
    FROM claim_applications a JOIN cases c ON c.id = a.case_id JOIN policies p ON p.id = a.policy_id
    LEFT JOIN claim_reports r ON r.case_id = a.report_case_id`;
const SUBJECTS = {
  report: { from: REPORT, by: sql`r.case_id` },
  application: { from: APPLICATION, by: sql`a.case_id` },
};
export type SubjectKind = keyof typeof SUBJECTS;

type Subject = {
  case_id: string;
  claim_id: string;
  person_key: string | null;
  branch_id: string;
  loss_at: string;
  knew_at: string;
  reported_at: string;
  period_start: string;
  sum_insured_fen: number | string;
  sum_insured_raised_at: string | null;
  amount_fen: string | null;
};
type Gathered = {
  subject: Subject | null;
  keys: ClaimKey[];
  matches: { kind: MatchKind; claim_id: string; at: string; same_person: boolean }[];
  confirmed: number;
  ring_claims: number;
  settings: { version: number; value: unknown } | null;
  authority: unknown;
  investigation: { id: string; state: string } | null;
};

/**
 * Everything scoring needs, in one statement and one round trip (issue #22 part 4): the claim's facts and keys, the
 * case's keys replaced by these (an upsert and a delete of the stale ones: disjoint rows, so one statement does
 * both), the other claims sharing a key within ±windowDays of the loss (one index scan per key on
 * (kind, key, occurred_at)), the approved confirmed fraud cases sharing a personal key (partial index), the largest
 * standing ring of the claim, the signal settings and the 核决权限 setting in force, and the case's investigation.
 * The statement's text is one per subject kind, so it stays prepared on each connection. Its parts read one
 * snapshot: the matches do not see this case's new keys, which they exclude anyway (claim_id).
 */
export const gatherScoringFacts = async (tx: Tx, kind: SubjectKind, caseId: string, windowDays: number) => {
  const s = SUBJECTS[kind];
  const r = await sql<Gathered>`
    WITH s AS (${s.from} WHERE ${s.by} = ${caseId}::uuid),
    k AS (SELECT DISTINCT u.kind, u.key FROM s CROSS JOIN unnest(s.kinds, s.hashes) AS u(kind, key)
           WHERE u.key IS NOT NULL),
    gone AS (DELETE FROM fraud_keys f USING s WHERE f.case_id = s.case_id
               AND NOT EXISTS (SELECT 1 FROM k WHERE k.kind = f.kind AND k.key = f.key)),
    put AS (INSERT INTO fraud_keys (case_id, claim_id, kind, key, person_key, branch_id, occurred_at)
            SELECT s.case_id, s.claim_id, k.kind, k.key, s.person_key, s.branch_id, s.loss_at FROM s CROSS JOIN k
            ON CONFLICT (case_id, kind, key) DO UPDATE SET claim_id = excluded.claim_id,
              person_key = excluded.person_key, branch_id = excluded.branch_id, occurred_at = excluded.occurred_at),
    m AS (SELECT f.kind, f.claim_id, min(f.occurred_at) AS at,
                 bool_or(f.person_key IS NOT NULL AND f.person_key = s.person_key) AS same_person
            FROM s CROSS JOIN k JOIN fraud_keys f ON f.kind = k.kind AND f.key = k.key
           WHERE f.claim_id <> s.claim_id
             AND f.occurred_at BETWEEN s.loss_at - make_interval(days => ${windowDays}::int)
                                   AND s.loss_at + make_interval(days => ${windowDays}::int)
           GROUP BY f.kind, f.claim_id LIMIT 1000)
    SELECT
      (SELECT row_to_json(x) FROM (SELECT case_id, claim_id, person_key, branch_id, loss_at, knew_at, reported_at,
              period_start, sum_insured_fen, sum_insured_raised_at, amount_fen FROM s) x) AS subject,
      (SELECT coalesce(json_agg(k), '[]'::json) FROM k) AS keys,
      (SELECT coalesce(json_agg(m), '[]'::json) FROM m) AS matches,
      (SELECT count(DISTINCT i.id)::int
         FROM s CROSS JOIN k JOIN fraud_keys f ON f.kind = k.kind AND f.key = k.key
         JOIN fraud_investigations i ON i.case_id = f.case_id AND i.state = 'closed' AND i.outcome = 'confirmed'
        WHERE k.kind <> ALL(${[...PROVIDER_KINDS]}::text[]) AND f.claim_id <> s.claim_id) AS confirmed,
      (SELECT coalesce(max(r.claims), 0)::int FROM s JOIN fraud_ring_members rm ON rm.claim_id = s.claim_id
         JOIN fraud_rings_current r ON r.id = rm.ring_id) AS ring_claims,
      (SELECT json_build_object('version', st.version, 'value', st.value) FROM fraud_signal_settings st
        ORDER BY st.version DESC LIMIT 1) AS settings,
      (SELECT a.value FROM settings a WHERE a.key = 'claimAuthority') AS authority,
      (SELECT json_build_object('id', i.id, 'state', i.state) FROM s JOIN fraud_investigations i
          ON i.case_id = s.case_id) AS investigation`.execute(tx);
  const g = r.rows[0] as Gathered;
  if (!g.subject) return null;
  const t = (x: string) => new Date(x);
  const subject = g.subject;
  const owner: KeyOwner = {
    caseId: subject.case_id,
    claimId: subject.claim_id,
    personKey: subject.person_key,
    branchId: subject.branch_id,
    occurredAt: t(subject.loss_at),
  };
  return {
    owner,
    keys: g.keys,
    facts: {
      occurredAt: owner.occurredAt,
      knewAt: t(subject.knew_at),
      reportedAt: t(subject.reported_at),
      policyStart: t(subject.period_start),
      sumInsuredRaisedAt: subject.sum_insured_raised_at ? t(subject.sum_insured_raised_at) : null,
      sumInsuredFen: Number(subject.sum_insured_fen),
      amountFen: subject.amount_fen === null ? null : Number(subject.amount_fen),
    },
    matches: g.matches.map(
      (m): KeyMatch => ({ kind: m.kind, otherCaseId: m.claim_id, at: t(m.at), samePerson: m.same_person }),
    ),
    confirmed: g.confirmed,
    ringClaims: g.ring_claims,
    settings: g.settings,
    authority: g.authority,
    investigation: g.investigation,
  };
};
