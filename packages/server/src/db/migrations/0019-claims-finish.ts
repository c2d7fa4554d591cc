import { type Kysely, sql } from 'kysely';

/**
 * Issue #14, the rest of the claims desk:
 * - a policy's deductible rate (免赔率) and payout proportion (赔付比例), in basis points (10,000 = 100 %), beside
 *   its fixed deductible: the assessment deducts them (payout.ts). Defaults keep every stored policy as it was
 *   (no rate, 100 % paid).
 * - the advance payment of Insurance Law art. 25 (先予支付) on the application: its exact amount, payee and basis;
 *   the art. 25 deadline is met by that move too, besides the decision. An installed rule is changed only while it
 *   still has its 0015 value.
 * - the document progress of an application (satisfied / total) kept beside its documents, written by the moves
 *   that write them with the domain's own rule (checklist.ts satisfied): the claims board shows 500 of them per
 *   call and no longer reads and parses 500 document arrays (docs/PERFORMANCE.md, claims desk board). Rows stored
 *   before are counted once here by the same rule, written in SQL.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE policies
      ADD COLUMN deductible_rate_bp integer NOT NULL DEFAULT 0
        CHECK (deductible_rate_bp BETWEEN 0 AND 10000),
      ADD COLUMN payout_ratio_bp integer NOT NULL DEFAULT 10000
        CHECK (payout_ratio_bp BETWEEN 0 AND 10000);

    ALTER TABLE claim_applications
      ADD COLUMN advance_fen bigint CHECK (advance_fen IS NULL OR advance_fen > 0),
      ADD COLUMN advance_payment jsonb,
      ADD COLUMN advance_paid_at timestamptz,
      ADD COLUMN documents_satisfied integer NOT NULL DEFAULT 0 CHECK (documents_satisfied >= 0),
      ADD COLUMN documents_total integer NOT NULL DEFAULT 0 CHECK (documents_total >= 0);

    UPDATE claim_applications SET
      documents_total = jsonb_array_length(documents),
      documents_satisfied = (
        SELECT count(*) FROM jsonb_array_elements(documents) d
         WHERE (d->>'received')::boolean AND (d->>'verified')::boolean
           AND (NOT (d->>'originalRequired')::boolean OR d->>'form' = 'original'));

    UPDATE deadline_rules SET met_by = '{decide,approveDecision,advancePay}'
     WHERE id = 'claim-advance-payment' AND met_by = '{decide,approveDecision}';
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    UPDATE deadline_rules SET met_by = '{decide,approveDecision}'
     WHERE id = 'claim-advance-payment' AND met_by = '{decide,approveDecision,advancePay}';
    ALTER TABLE claim_applications
      DROP COLUMN advance_fen, DROP COLUMN advance_payment, DROP COLUMN advance_paid_at,
      DROP COLUMN documents_satisfied, DROP COLUMN documents_total;
    ALTER TABLE policies DROP COLUMN deductible_rate_bp, DROP COLUMN payout_ratio_bp;
  `.execute(db);
};
