import { type Kysely, sql } from 'kysely';

/**
 * Issue #14, the rest of the claims desk:
 * - a policy's deductible rate (免赔率) and payout proportion (赔付比例), in basis points (10,000 = 100 %), beside
 *   its fixed deductible: the assessment deducts them (payout.ts). Defaults keep every stored policy as it was
 *   (no rate, 100 % paid).
 * - the advance payment of Insurance Law art. 25 (先予支付) on the application: its exact amount, payee and basis;
 *   the art. 25 deadline is met by that move too, besides the decision. An installed rule is changed only while it
 *   still has its 0015 value.
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
      ADD COLUMN advance_paid_at timestamptz;

    UPDATE deadline_rules SET met_by = '{decide,approveDecision,advancePay}'
     WHERE id = 'claim-advance-payment' AND met_by = '{decide,approveDecision}';
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    UPDATE deadline_rules SET met_by = '{decide,approveDecision}'
     WHERE id = 'claim-advance-payment' AND met_by = '{decide,approveDecision,advancePay}';
    ALTER TABLE claim_applications
      DROP COLUMN advance_fen, DROP COLUMN advance_payment, DROP COLUMN advance_paid_at;
    ALTER TABLE policies DROP COLUMN deductible_rate_bp, DROP COLUMN payout_ratio_bp;
  `.execute(db);
};
