import type { ClaimLink, EntityKind, Ring } from '@claimline/domain/fraud-graph';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

type Q = Db | Tx;

/**
 * Serialises ring writes: two writers touching one component must not both write its next version. Taken after
 * the audit chain's lock (intake has written case.create; a full rebuild writes its audit row first).
 */
const RING_LOCK = 0x46524e47; // "FRNG"
export const lockRings = (tx: Tx) => sql`SELECT pg_advisory_xact_lock(${RING_LOCK})`.execute(tx);

/** Claims that share a non-hub thing with any of `claimIds` (the next step of a walk through the graph). */
export const neighbours = async (q: Q, claimIds: string[], hubMaxClaims: number) =>
  (
    await sql<{
      claim_id: string;
    }>`WITH e AS (SELECT DISTINCT kind, key FROM claim_links WHERE claim_id = ANY(${claimIds}::uuid[])),
      ok AS (SELECT e.kind, e.key FROM e
              WHERE (SELECT count(DISTINCT x.claim_id) FROM claim_links x WHERE x.kind = e.kind AND x.key = e.key)
                    BETWEEN 2 AND ${hubMaxClaims})
      SELECT DISTINCT l.claim_id FROM claim_links l JOIN ok ON ok.kind = l.kind AND ok.key = l.key`.execute(q)
  ).rows.map((r) => r.claim_id);

/**
 * The links of the given claims (or of every claim), hubs left out by their count over the whole book, the insured
 * person first for each claim (the domain takes a claim's first person link as its claimant).
 */
export const linksOf = async (q: Q, claimIds: string[] | null, hubMaxClaims: number): Promise<ClaimLink[]> =>
  (
    await sql<{ claim_id: string; kind: EntityKind; key: string }>`WITH l AS (
        SELECT DISTINCT ON (claim_id, kind, key) claim_id, kind, key, source = 'insuredId' AS insured FROM claim_links
         WHERE ${claimIds}::uuid[] IS NULL OR claim_id = ANY(${claimIds}::uuid[])
         ORDER BY claim_id, kind, key, (source = 'insuredId') DESC),
      hubs AS (SELECT kind, key FROM claim_links
                WHERE (kind, key) IN (SELECT kind, key FROM l) GROUP BY kind, key
               HAVING count(DISTINCT claim_id) > ${hubMaxClaims})
      SELECT l.claim_id, l.kind, l.key FROM l
       WHERE NOT EXISTS (SELECT 1 FROM hubs h WHERE h.kind = l.kind AND h.key = l.key)
       ORDER BY l.claim_id, l.insured DESC, l.kind, l.key`.execute(q)
  ).rows.map((r) => ({ claimId: r.claim_id, kind: r.kind, key: r.key }));

export type CurrentRing = {
  id: string;
  ring_key: string;
  version: number;
  members_hash: string;
  branch_ids: string[];
};

/** The rings standing now that hold any of the claims (every ring with null). */
export const currentRings = async (q: Q, claimIds: string[] | null) =>
  (
    await sql<CurrentRing>`SELECT r.id, r.ring_key, r.version, r.members_hash, r.branch_ids FROM fraud_rings_current r
      WHERE ${claimIds}::uuid[] IS NULL OR EXISTS (SELECT 1 FROM fraud_ring_members m
             WHERE m.ring_id = r.id AND m.claim_id = ANY(${claimIds}::uuid[]))`.execute(q)
  ).rows;

/** The size (claims) of each current possible ring a claim belongs to: the anti-fraud score's ring signal. */
export const ringSizesOf = async (q: Q, claimId: string) =>
  (
    await sql<{ claims: number }>`SELECT r.claims FROM fraud_rings_current r
      JOIN fraud_ring_members m ON m.ring_id = r.id WHERE m.claim_id = ${claimId}::uuid`.execute(q)
  ).rows.map((r) => Number(r.claims));

/** The claims of each of these ring versions. */
export const ringMembers = async (q: Q, ringIds: string[]) => {
  const out = new Map<string, Set<string>>();
  if (ringIds.length === 0) return out;
  const rows = await sql<{
    ring_id: string;
    claim_id: string;
  }>`SELECT ring_id, claim_id FROM fraud_ring_members
    WHERE ring_id = ANY(${ringIds}::uuid[])`.execute(q);
  for (const r of rows.rows) out.set(r.ring_id, (out.get(r.ring_id) ?? new Set()).add(r.claim_id));
  return out;
};

/** Each claim node's branch and amount (applications' payout, else their assessed amount, in fen). */
export const claimFacts = async (q: Q, claimIds: string[]) =>
  (
    await sql<{ id: string; branch_id: string; amount_fen: string }>`SELECT c.id, c.branch_id,
        coalesce((SELECT sum(coalesce(a.payout_fen, a.assessed_amount_fen, 0)) FROM claim_applications a
                   WHERE coalesce(a.report_case_id, a.case_id) = c.id), 0)::text AS amount_fen
       FROM cases c WHERE c.id = ANY(${claimIds}::uuid[])`.execute(q)
  ).rows;

export type RingVersion = {
  id: string;
  ring: Ring | null;
  ringKey: string;
  version: number;
  membersHash: string;
  totalAmountFen: bigint;
  branchIds: string[];
  members: { claimId: string; branchId: string }[];
  builtFor: 'intake' | 'full';
  builtBy: string | null;
  at: Date;
};

export const insertRingVersion = async (tx: Tx, v: RingVersion) => {
  const r = v.ring;
  await sql`INSERT INTO fraud_rings (id, ring_key, version, active, claims, people, density, reasons, link_kinds,
      total_amount_fen, branch_ids, members_hash, built_for, built_by, built_at)
    VALUES (${v.id}, ${v.ringKey}, ${v.version}, ${r !== null}, ${r?.claims.length ?? 0}, ${r?.people ?? 0},
      ${r?.density ?? 0}, ${r?.reasons ?? []}::text[], ${[...new Set(r?.shared.map((e) => e.kind) ?? [])]}::text[],
      ${v.totalAmountFen.toString()}::bigint, ${v.branchIds}::uuid[], ${v.membersHash}, ${v.builtFor}, ${v.builtBy},
      ${v.at})`.execute(tx);
  if (v.members.length)
    await sql`INSERT INTO fraud_ring_members (ring_id, claim_id, branch_id)
      SELECT ${v.id}, m.claim_id, m.branch_id
        FROM unnest(${v.members.map((m) => m.claimId)}::uuid[], ${v.members.map((m) => m.branchId)}::uuid[])
          AS m(claim_id, branch_id)`.execute(tx);
};
