import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { SealedPolicy } from './seal.ts';

type Q = Db | Tx;

/**
 * Upsert by policy number in one statement per batch. Returns how many rows were inserted and updated
 * (`xmax = 0` is PostgreSQL's mark of a freshly inserted row in RETURNING).
 */
export const upsertPolicies = async (q: Q, rows: SealedPolicy[]) => {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const result = await q
    .insertInto('policies')
    .values(rows)
    .onConflict((oc) =>
      oc.column('policy_no').doUpdateSet((eb) => ({
        branch_id: eb.ref('excluded.branch_id'),
        product: eb.ref('excluded.product'),
        line: eb.ref('excluded.line'),
        covered_perils: eb.ref('excluded.covered_perils'),
        period_start: eb.ref('excluded.period_start'),
        period_end: eb.ref('excluded.period_end'),
        sum_insured_fen: eb.ref('excluded.sum_insured_fen'),
        // A file without the date keeps the raise the endorsement desk recorded.
        sum_insured_raised_at: eb.fn.coalesce(
          'excluded.sum_insured_raised_at',
          'policies.sum_insured_raised_at',
        ),
        deductible_fen: eb.ref('excluded.deductible_fen'),
        deductible_rate_bp: eb.ref('excluded.deductible_rate_bp'),
        payout_ratio_bp: eb.ref('excluded.payout_ratio_bp'),
        policyholder_name_masked: eb.ref('excluded.policyholder_name_masked'),
        policyholder_name_enc: eb.ref('excluded.policyholder_name_enc'),
        insured_name_masked: eb.ref('excluded.insured_name_masked'),
        insured_name_enc: eb.ref('excluded.insured_name_enc'),
        insured_name_bidx: eb.ref('excluded.insured_name_bidx'),
        insured_id_masked: eb.ref('excluded.insured_id_masked'),
        insured_id_enc: eb.ref('excluded.insured_id_enc'),
        insured_id_bidx: eb.ref('excluded.insured_id_bidx'),
        insured_phone_masked: eb.ref('excluded.insured_phone_masked'),
        insured_phone_enc: eb.ref('excluded.insured_phone_enc'),
        insured_phone_bidx: eb.ref('excluded.insured_phone_bidx'),
        beneficiaries_masked: eb.ref('excluded.beneficiaries_masked'),
        beneficiaries_enc: eb.ref('excluded.beneficiaries_enc'),
        plate_masked: eb.ref('excluded.plate_masked'),
        plate_enc: eb.ref('excluded.plate_enc'),
        plate_bidx: eb.ref('excluded.plate_bidx'),
        source: eb.ref('excluded.source'),
        updated_at: eb.ref('excluded.updated_at'),
        version: sql<number>`policies.version + 1`,
      })),
    )
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .execute();
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
};

const policyColumns = [
  'policies.id',
  'policies.policy_no',
  'policies.branch_id',
  'policies.product',
  'policies.line',
  'policies.covered_perils',
  'policies.period_start',
  'policies.period_end',
  'policies.sum_insured_fen',
  'policies.deductible_fen',
  'policies.deductible_rate_bp',
  'policies.payout_ratio_bp',
  'policies.policyholder_name_masked',
  'policies.insured_name_masked',
  'policies.insured_id_masked',
  'policies.insured_phone_masked',
  'policies.beneficiaries_masked',
  'policies.plate_masked',
  'branches.code as branch_code',
] as const;

export type PolicyLookupField = 'policy_no' | 'insured_name_bidx' | 'insured_id_bidx' | 'plate_bidx';

/** Exact look-up on an indexed column, limited to the caller's branch subtree. */
export const policiesQuery = (q: Q, field: PolicyLookupField, value: string, scope: string[], limit = 20) =>
  q
    .selectFrom('policies')
    .innerJoin('branches', 'branches.id', 'policies.branch_id')
    .select(policyColumns)
    .where(`policies.${field}`, '=', value)
    // One array parameter, not an IN list: the statement text is the same for every scope (db/precompiled.ts).
    .where(sql<boolean>`policies.branch_id = ANY(${scope}::uuid[])`)
    .orderBy('policies.period_end', 'desc')
    .limit(limit);

export const findPolicies = (q: Q, field: PolicyLookupField, value: string, scope: string[], limit = 20) =>
  policiesQuery(q, field, value, scope, limit).execute();

/** A policy by id; `scope` null is for a case already in the caller's scope whose policy lies elsewhere. */
export const findPolicyById = (q: Q, id: string, scope: string[] | null) =>
  q
    .selectFrom('policies')
    .innerJoin('branches', 'branches.id', 'policies.branch_id')
    .select([
      ...policyColumns,
      'policies.insured_name_enc',
      'policies.insured_name_bidx',
      'policies.insured_id_enc',
      'policies.insured_id_bidx',
      'policies.insured_phone_enc',
    ])
    .where('policies.id', '=', id)
    .$if(scope !== null, (qb) => qb.where('policies.branch_id', 'in', scope ?? []))
    .executeTakeFirst();

export type PolicySummaryRow = Awaited<ReturnType<typeof findPolicies>>[number];

export const countPolicies = async (q: Q) =>
  Number(
    (
      await q
        .selectFrom('policies')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
