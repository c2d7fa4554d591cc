import type { KeyMatch, MatchKind } from '@claimline/domain/fraud';
import { PROVIDER_KINDS } from '@claimline/domain/fraud';
import { sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Tx } from '../db/database.ts';

/** Blind-index kinds of anti-fraud's own keys (the ID, phone and plate reuse the policies' kinds). */
const ADDRESS_KIND = 'address';
const providerKind = (k: string) => `provider:${k}`;

/** Same address, however it was spaced or typed in full width. */
export const normalizeAddress = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s,，。.·-]/g, '')
    .toUpperCase();
export const addressKey = (crypto: FieldCrypto, address: string) =>
  crypto.blindIndex(ADDRESS_KIND, normalizeAddress(address));
/** Repair shops, hospitals and doctors are matched by keyed hash too, so one query shape serves every kind. */
export const providerKey = (crypto: FieldCrypto, kind: MatchKind, name: string) =>
  crypto.blindIndex(providerKind(kind), name.normalize('NFKC').replace(/\s+/g, '').toUpperCase());

export type ClaimKey = { kind: MatchKind; key: string };
export type KeyOwner = {
  caseId: string;
  claimId: string;
  personKey: string | null;
  branchId: string;
  occurredAt: Date;
};

/** Replaces the case's keys with the current ones (a rescoring may have new facts). */
export const writeKeys = async (tx: Tx, owner: KeyOwner, keys: readonly ClaimKey[]) => {
  await tx.deleteFrom('fraud_keys').where('case_id', '=', owner.caseId).execute();
  const unique = [...new Map(keys.map((k) => [`${k.kind}|${k.key}`, k])).values()];
  if (unique.length === 0) return;
  await tx
    .insertInto('fraud_keys')
    .values(
      unique.map((k) => ({
        case_id: owner.caseId,
        claim_id: owner.claimId,
        kind: k.kind,
        key: k.key,
        person_key: owner.personKey,
        branch_id: owner.branchId,
        occurred_at: owner.occurredAt,
      })),
    )
    .execute();
};

const pairs = (keys: readonly ClaimKey[]) => sql.join(keys.map((k) => sql`(${k.kind}, ${k.key})`));

/**
 * Other claims sharing one of these keyed hashes, with the loss time inside ±windowDays: one index scan per key on
 * (kind, key, occurred_at). A claim matched on one kind by its report and its application counts once.
 */
export const matchingClaims = async (
  tx: Tx,
  owner: KeyOwner,
  keys: readonly ClaimKey[],
  windowDays: number,
): Promise<KeyMatch[]> => {
  if (keys.length === 0) return [];
  const span = windowDays * 86_400_000;
  const from = new Date(owner.occurredAt.getTime() - span);
  const to = new Date(owner.occurredAt.getTime() + span);
  const rows = await sql<{ kind: MatchKind; claim_id: string; at: Date; same_person: boolean }>`
    SELECT kind, claim_id, min(occurred_at) AS at, bool_or(person_key IS NOT DISTINCT FROM ${owner.personKey}
             AND person_key IS NOT NULL) AS same_person
      FROM fraud_keys
     WHERE (kind, key) IN (${pairs(keys)}) AND claim_id <> ${owner.claimId}
       AND occurred_at BETWEEN ${from} AND ${to}
     GROUP BY kind, claim_id
     LIMIT 1000`.execute(tx);
  return rows.rows.map((r) => ({
    kind: r.kind,
    otherCaseId: r.claim_id,
    at: new Date(r.at),
    samePerson: r.same_person,
  }));
};

/** Distinct confirmed (and approved) fraud cases sharing a person or contact key with this claim. */
export const confirmedFraudLinks = async (tx: Tx, owner: KeyOwner, keys: readonly ClaimKey[]) => {
  const personal = keys.filter((k) => !PROVIDER_KINDS.includes(k.kind));
  if (personal.length === 0) return 0;
  const r = await sql<{ n: number }>`
    SELECT count(DISTINCT i.id)::int AS n
      FROM fraud_keys k JOIN fraud_investigations i ON i.case_id = k.case_id
     WHERE (k.kind, k.key) IN (${pairs(personal)}) AND k.claim_id <> ${owner.claimId}
       AND i.state = 'closed' AND i.outcome = 'confirmed'`.execute(tx);
  return r.rows[0]?.n ?? 0;
};
