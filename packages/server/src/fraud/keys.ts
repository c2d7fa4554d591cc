import type { KeyMatch, MatchKind } from '@claimline/domain/fraud';
import { normalizeProviderName, PROVIDER_KINDS } from '@claimline/domain/fraud';
import { sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Tx } from '../db/database.ts';

/** Blind-index kinds of anti-fraud's own keys (the ID, phone and plate reuse the policies' kinds). */
const ADDRESS_KIND = 'address';
const PAYEE_KIND = 'payeeAccount';
const providerKind = (k: string) => `provider:${k}`;

/** Same address, however it was spaced or typed in full width. */
export const normalizeAddress = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s,，。.·-]/g, '')
    .toUpperCase();
export const addressKey = (crypto: FieldCrypto, address: string) =>
  crypto.blindIndex(ADDRESS_KIND, normalizeAddress(address));
/**
 * Repair shops, hospitals and doctors are matched by the keyed hash of the normalised name (full width, spaces,
 * 有限公司 suffixes do not matter), computed once at intake and stored on the report: scoring and the link graph
 * read the hash only. Null for a name that normalises to nothing.
 */
export const providerKey = (crypto: FieldCrypto, kind: MatchKind, name: string | null | undefined) => {
  const n = name ? normalizeProviderName(name) : '';
  return n ? crypto.blindIndex(providerKind(kind), n) : null;
};
/** The payee account, already validated and normalised (domain/fraud/payee-account.ts). */
export const payeeKey = (crypto: FieldCrypto, normalizedAccount: string) =>
  crypto.blindIndex(PAYEE_KIND, normalizedAccount);

export type ClaimKey = { kind: MatchKind; key: string };
export type KeyOwner = {
  caseId: string;
  claimId: string;
  personKey: string | null;
  branchId: string;
  occurredAt: Date;
};

/** The row the one gathering statement returns (see gatherScoringFacts). */
type Gathered = {
  matches: { kind: MatchKind; claim_id: string; at: string; same_person: boolean }[];
  confirmed: number;
  ring_claims: number;
  settings: { version: number; value: unknown } | null;
  authority: unknown;
  investigation: { id: string; state: string } | null;
};

const DAY_MS = 86_400_000;
const unique = (keys: readonly ClaimKey[]) => [
  ...new Map(keys.map((k) => [`${k.kind}|${k.key}`, k])).values(),
];

/**
 * Everything scoring needs from the database, in one round trip (issue #22 part 4): the case's keys replaced by the
 * current ones (upsert + delete of the stale, disjoint rows, so one statement can do both), the other claims
 * sharing a key inside ±windowDays (one index scan per key on (kind, key, occurred_at)), the approved confirmed
 * fraud cases sharing a personal key (partial index), the largest standing ring of the claim, the signal settings
 * and the 核决权限 setting in force, and the case's investigation. The keys travel as two arrays, so the statement's
 * text is the same for every claim and stays prepared on each connection. Sibling parts of one statement read
 * the same snapshot: the matches never see this case's new keys, which they exclude anyway (claim_id).
 */
export const gatherScoringFacts = async (
  tx: Tx,
  owner: KeyOwner,
  keys: readonly ClaimKey[],
  windowDays: number,
) => {
  const ks = unique(keys);
  const kinds = ks.map((k) => k.kind);
  const values = ks.map((k) => k.key);
  const from = new Date(owner.occurredAt.getTime() - windowDays * DAY_MS);
  const to = new Date(owner.occurredAt.getTime() + windowDays * DAY_MS);
  const r = await sql<Gathered>`
    WITH k AS (SELECT * FROM unnest(${kinds}::text[], ${values}::text[]) AS k(kind, key)),
    gone AS (DELETE FROM fraud_keys f WHERE f.case_id = ${owner.caseId}::uuid
               AND NOT EXISTS (SELECT 1 FROM k WHERE k.kind = f.kind AND k.key = f.key)),
    put AS (INSERT INTO fraud_keys (case_id, claim_id, kind, key, person_key, branch_id, occurred_at)
            SELECT ${owner.caseId}::uuid, ${owner.claimId}::uuid, k.kind, k.key, ${owner.personKey}::text,
                   ${owner.branchId}::uuid, ${owner.occurredAt}::timestamptz FROM k
            ON CONFLICT (case_id, kind, key) DO UPDATE SET claim_id = excluded.claim_id,
              person_key = excluded.person_key, branch_id = excluded.branch_id, occurred_at = excluded.occurred_at),
    m AS (SELECT f.kind, f.claim_id, min(f.occurred_at) AS at,
                 bool_or(f.person_key IS NOT NULL AND f.person_key = ${owner.personKey}::text) AS same_person
            FROM k JOIN fraud_keys f ON f.kind = k.kind AND f.key = k.key
           WHERE f.claim_id <> ${owner.claimId}::uuid AND f.occurred_at BETWEEN ${from}::timestamptz AND ${to}::timestamptz
           GROUP BY f.kind, f.claim_id LIMIT 1000)
    SELECT
      (SELECT coalesce(json_agg(m), '[]'::json) FROM m) AS matches,
      (SELECT count(DISTINCT i.id)::int
         FROM k JOIN fraud_keys f ON f.kind = k.kind AND f.key = k.key
         JOIN fraud_investigations i ON i.case_id = f.case_id AND i.state = 'closed' AND i.outcome = 'confirmed'
        WHERE k.kind <> ALL(${[...PROVIDER_KINDS]}::text[]) AND f.claim_id <> ${owner.claimId}::uuid) AS confirmed,
      (SELECT coalesce(max(r.claims), 0)::int FROM fraud_ring_members rm
         JOIN fraud_rings_current r ON r.id = rm.ring_id WHERE rm.claim_id = ${owner.claimId}::uuid) AS ring_claims,
      (SELECT json_build_object('version', s.version, 'value', s.value) FROM fraud_signal_settings s
        ORDER BY s.version DESC LIMIT 1) AS settings,
      (SELECT st.value FROM settings st WHERE st.key = 'claimAuthority') AS authority,
      (SELECT json_build_object('id', i.id, 'state', i.state) FROM fraud_investigations i
        WHERE i.case_id = ${owner.caseId}::uuid) AS investigation`.execute(tx);
  const row = r.rows[0] as Gathered;
  return {
    ...row,
    matches: row.matches.map(
      (m): KeyMatch => ({
        kind: m.kind,
        otherCaseId: m.claim_id,
        at: new Date(m.at),
        samePerson: m.same_person,
      }),
    ),
  };
};

/** The matches alone, for the rare scoring whose settings widened the window past the one first asked for. */
export const matchingClaims = async (
  tx: Tx,
  owner: KeyOwner,
  keys: readonly ClaimKey[],
  windowDays: number,
): Promise<KeyMatch[]> => {
  const ks = unique(keys);
  if (ks.length === 0) return [];
  const span = windowDays * DAY_MS;
  const rows = await sql<{ kind: MatchKind; claim_id: string; at: Date; same_person: boolean }>`
    SELECT f.kind, f.claim_id, min(f.occurred_at) AS at,
           bool_or(f.person_key IS NOT NULL AND f.person_key = ${owner.personKey}::text) AS same_person
      FROM unnest(${ks.map((k) => k.kind)}::text[], ${ks.map((k) => k.key)}::text[]) AS k(kind, key)
      JOIN fraud_keys f ON f.kind = k.kind AND f.key = k.key
     WHERE f.claim_id <> ${owner.claimId}::uuid
       AND f.occurred_at BETWEEN ${new Date(owner.occurredAt.getTime() - span)}::timestamptz
                             AND ${new Date(owner.occurredAt.getTime() + span)}::timestamptz
     GROUP BY f.kind, f.claim_id
     LIMIT 1000`.execute(tx);
  return rows.rows.map((r) => ({
    kind: r.kind,
    otherCaseId: r.claim_id,
    at: new Date(r.at),
    samePerson: r.same_person,
  }));
};
