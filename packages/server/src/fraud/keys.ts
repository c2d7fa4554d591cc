import type { KeyMatch, MatchKind } from '@claimline/domain/fraud';
import { normalizeProviderName } from '@claimline/domain/fraud';
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
