import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Db, Tx } from '../db/database.ts';
import type { PolicySummaryRow } from './repository.ts';

/**
 * Where policies are looked up (PRODUCT.md C2): the center's own copy (imported) or, through an adapter, the
 * insurer's core system live. Every implementation answers with masked summaries limited to the caller's scope.
 */
export type PolicyQuery =
  | { by: 'policyNo'; value: string }
  | { by: 'insuredName'; value: string }
  | { by: 'idNumber'; value: string }
  | { by: 'plate'; value: string };

export interface PolicySource {
  readonly name: string;
  find(q: Db | Tx, query: PolicyQuery, scope: string[]): Promise<PolicySummaryRow[]>;
  /**
   * The surrender refund the insurer's system computes for a policy, in exact fen, or null when it gives none
   * (seed 003 第五条: the insurer handles the surrender; issue 15). The local copy has no such figure.
   */
  surrenderRefund?(policyNo: string): Promise<number | null>;
}

export type PolicySourceDeps = { crypto: FieldCrypto };
