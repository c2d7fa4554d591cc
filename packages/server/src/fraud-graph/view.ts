import { claimComponents, type EntityKind } from '@claimline/domain/fraud-graph';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { linksOf } from './repository.ts';

type Q = Db | Tx;

export type RingRow = {
  id: string;
  ring_key: string;
  version: number;
  active: boolean;
  claims: number;
  people: number;
  density: number;
  reasons: string[];
  link_kinds: string[];
  total_amount_fen: string;
  built_for: string;
  built_at: Date;
  latest_version: number;
};

const ringColumns = sql`r.id, r.ring_key, r.version, r.active, r.claims, r.people, r.density, r.reasons, r.link_kinds,
  r.total_amount_fen::text, r.built_for, r.built_at,
  (SELECT max(x.version) FROM fraud_rings x WHERE x.ring_key = r.ring_key) AS latest_version`;

export const ringAnswer = (r: RingRow) => ({
  id: r.id,
  version: r.version,
  current: r.active && r.version === r.latest_version,
  claims: r.claims,
  people: r.people,
  density: r.density,
  reasons: r.reasons,
  linkKinds: r.link_kinds,
  totalAmountFen: Number(r.total_amount_fen),
  builtFor: r.built_for,
  builtAt: r.built_at,
});

/** The rings standing now with any member in the caller's scope, largest first. */
export const listRings = async (q: Q, scope: string[], limit: number) =>
  (
    await sql<RingRow>`SELECT ${ringColumns} FROM fraud_rings_current r
      WHERE r.branch_ids && ${scope}::uuid[]
      ORDER BY r.claims DESC, r.density DESC, r.built_at DESC LIMIT ${limit}`.execute(q)
  ).rows.map(ringAnswer);

/** One version of a ring (any, so an audit trail can point at it) when any of its branches is in scope. */
export const findRing = async (q: Q, id: string, scope: string[]) =>
  (
    await sql<RingRow & { branch_ids: string[] }>`SELECT ${ringColumns}, r.branch_ids FROM fraud_rings r
      WHERE r.id = ${id} AND r.branch_ids && ${scope}::uuid[]`.execute(q)
  ).rows[0];

type MemberRow = {
  claim_id: string;
  number: string | null;
  kind: string | null;
  state: string | null;
  in_scope: boolean;
};

/**
 * The graph of one ring version: its claims, and the things at least two of them share (by masked label, never
 * a hash: entity nodes are numbered in a stable order so a reveal can name one). A claim outside the caller's
 * scope is a node without number or link.
 */
export const ringGraph = async (q: Q, ringId: string, scope: string[], hubMaxClaims: number) => {
  const members = (
    await sql<MemberRow>`SELECT m.claim_id,
        CASE WHEN c.branch_id = ANY(${scope}::uuid[]) THEN c.number END AS number,
        CASE WHEN c.branch_id = ANY(${scope}::uuid[]) THEN c.kind END AS kind,
        CASE WHEN c.branch_id = ANY(${scope}::uuid[]) THEN coalesce(a.state, c.status) END AS state,
        c.branch_id = ANY(${scope}::uuid[]) AS in_scope
       FROM fraud_ring_members m JOIN cases c ON c.id = m.claim_id
       LEFT JOIN claim_applications a ON a.case_id = c.id
      WHERE m.ring_id = ${ringId} ORDER BY m.claim_id`.execute(q)
  ).rows;
  const ids = members.map((m) => m.claim_id);
  // An older version's claims may be linked differently today: every component among them is drawn.
  const shared = claimComponents(await linksOf(q, ids, hubMaxClaims), hubMaxClaims).flatMap((c) => c.shared);
  const labels = new Map(
    (
      await sql<{
        kind: string;
        key: string;
        label_masked: string;
      }>`SELECT DISTINCT ON (kind, key) kind, key, label_masked
        FROM claim_links WHERE claim_id = ANY(${ids}::uuid[])`.execute(q)
    ).rows.map((r) => [`${r.kind}|${r.key}`, r.label_masked]),
  );
  const claimNode = new Map(members.map((m, i) => [m.claim_id, `c${i}`]));
  return {
    members,
    nodes: [
      ...members.map((m, i) => ({
        id: `c${i}`,
        type: 'claim' as const,
        caseId: m.in_scope ? m.claim_id : null,
        number: m.number,
        caseKind: m.kind,
        state: m.state,
      })),
      ...shared.map((e, i) => ({
        id: `e${i}`,
        type: 'entity' as const,
        kind: e.kind,
        label: labels.get(`${e.kind}|${e.key}`) ?? '****',
        claims: e.claims.length,
      })),
    ],
    edges: shared.flatMap((e, i) =>
      e.claims.map((c) => ({ source: claimNode.get(c) as string, target: `e${i}` })),
    ),
    /** Kept server-side only: which entity a node number stands for. */
    entities: shared.map((e) => ({ kind: e.kind as EntityKind, key: e.key, claims: e.claims })),
  };
};
