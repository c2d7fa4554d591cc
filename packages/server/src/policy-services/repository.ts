import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { PolicyServiceTable } from '../db/schema-policy-services.ts';

type Q = Db | Tx;

const POLICY_COLUMNS = [
  'id',
  'policy_no',
  'product',
  'line',
  'branch_id',
  'period_start',
  'period_end',
  'policyholder_name_masked',
  'policyholder_name_enc',
  'insured_name_masked',
  'insured_name_enc',
  'insured_name_bidx',
  'insured_id_bidx',
  'plate_masked',
] as const;

/** The policy a request names, in the caller's scope (the look-up answered only policies of that scope). */
export const servicePolicyById = (q: Q, id: string, scope: string[]) =>
  q
    .selectFrom('policies')
    .select(POLICY_COLUMNS)
    .where('id', '=', id)
    .where(sql<boolean>`branch_id = ANY(${scope}::uuid[])`)
    .executeTakeFirst();

/** The desk's look-up by policy number, in scope (the same rule as the claims desk's look-up). */
export const servicePolicyByNo = (q: Q, policyNo: string, scope: string[]) =>
  q
    .selectFrom('policies')
    .select(POLICY_COLUMNS)
    .where('policy_no', '=', policyNo)
    .where(sql<boolean>`branch_id = ANY(${scope}::uuid[])`)
    .executeTakeFirst();
export type ServicePolicyRow = NonNullable<Awaited<ReturnType<typeof servicePolicyById>>>;

export const insertService = (tx: Tx, row: PolicyServiceTable) =>
  tx.insertInto('policy_services').values(row).execute();

/** The request with its case head and policy, in scope; `forUpdate` locks the request and its case. */
export const findScopedService = (q: Q, caseId: string, scope: string[], forUpdate = false) => {
  const base = q
    .selectFrom('policy_services as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .innerJoin('policies as p', 'p.id', 's.policy_id')
    .selectAll('s')
    .select([
      'c.number',
      'c.status',
      'c.version',
      'c.owner_id',
      'c.branch_id',
      'c.customer_name_enc',
      'b.name as branch_name',
      'p.line',
      'p.period_start',
      'p.period_end',
      'p.policyholder_name_masked',
      'p.policyholder_name_enc',
      'p.insured_name_masked',
      'p.insured_name_enc',
      'p.plate_masked',
    ])
    .where('s.case_id', '=', caseId)
    .where('c.branch_id', 'in', scope);
  return (forUpdate ? base.forUpdate('s').forUpdate('c') : base).executeTakeFirst();
};
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findScopedService>>>;

export const updateService = (
  tx: Tx,
  caseId: string,
  set: Partial<Omit<PolicyServiceTable, 'case_id' | 'kind' | 'created_at'>>,
) => tx.updateTable('policy_services').set(set).where('case_id', '=', caseId).execute();

/**
 * An endorsement changing the sum insured, once the insurer has done it: the local copy of the policy takes the new
 * amount, and a raise records its effective date (Beijing midnight) for the fraud signal "loss soon after the sum
 * insured was raised". A lowering changes the amount only. One statement, so the comparison is with the stored sum.
 */
export const applySumInsuredChange = (tx: Tx, policyId: string, newFen: number, effectiveAt: Date) =>
  sql`UPDATE policies SET
        sum_insured_raised_at = CASE WHEN ${newFen}::bigint > sum_insured_fen THEN ${effectiveAt}::timestamptz
                                     ELSE sum_insured_raised_at END,
        sum_insured_fen = ${newFen}::bigint
      WHERE id = ${policyId}::uuid`.execute(tx);
