import { normalizePlate } from '@claimline/domain/identity';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Db, Tx } from '../db/database.ts';
import { findPolicies, type PolicyLookupField } from './repository.ts';
import { BIDX, normalizeIdNumber, normalizeName } from './seal.ts';
import type { PolicyQuery, PolicySource, PolicySourceDeps } from './source.ts';

const POLICY_NO = /^[A-Z0-9-]{6,40}$/;

/**
 * The column and value to look for, normalised exactly as `sealPolicy` normalised what it indexed: the same
 * person typed differently ("李 明", "京a·12345", a lower-case x) must hit the same blind index.
 */
export const lookupKey = (
  crypto: FieldCrypto,
  query: PolicyQuery,
): { field: PolicyLookupField; value: string } | null => {
  switch (query.by) {
    case 'policyNo': {
      const v = query.value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
      return POLICY_NO.test(v) ? { field: 'policy_no', value: v } : null;
    }
    case 'insuredName': {
      const v = normalizeName(query.value);
      return v ? { field: 'insured_name_bidx', value: crypto.blindIndex(BIDX.insuredName, v) } : null;
    }
    case 'idNumber': {
      const v = normalizeIdNumber(query.value);
      return v ? { field: 'insured_id_bidx', value: crypto.blindIndex(BIDX.idNumber, v) } : null;
    }
    case 'plate': {
      const v = normalizePlate(query.value);
      return v ? { field: 'plate_bidx', value: crypto.blindIndex(BIDX.plate, v) } : null;
    }
  }
};

/** The center's own copy (imported, demo or written through from the core system), by blind index. */
export const localPolicySource = (deps: PolicySourceDeps): PolicySource => ({
  name: 'local',
  find: async (q: Db | Tx, query, scope) => {
    const key = lookupKey(deps.crypto, query);
    return key ? findPolicies(q, key.field, key.value, scope) : [];
  },
});
