import type { KeyMatch, MatchKind } from '@claimline/domain/fraud';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';

export type ClaimKey = { kind: MatchKind; key: string };
export type KeyOwner = {
  caseId: string;
  claimId: string;
  personKey: string | null;
  branchId: string;
  occurredAt: Date;
};

const DAY_MS = 86_400_000;
const unique = (keys: readonly ClaimKey[]) => [
  ...new Map(keys.map((k) => [`${k.kind}|${k.key}`, k])).values(),
];

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
