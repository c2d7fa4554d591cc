import { type MatchKind, normalizeProviderName } from '@claimline/domain/fraud';
import type { FieldCrypto } from './field-crypto.ts';

/*
 * The keyed hashes (blind indexes) a claim's free facts are matched on by anti-fraud and the link graph: written at
 * intake by the claim desks, read by scoring. Kept here, beside the field crypto, so the desks and anti-fraud share
 * them without importing each other.
 */

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
