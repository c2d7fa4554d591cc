import { type Kysely, sql } from 'kysely';

/**
 * Issue #22 gaps (seed 004 §四.10 反欺诈; PRODUCT.md C12):
 * - the providers typed at intake as keyed hashes of their normalised names (domain/fraud/providers.ts), so scoring
 *   and the link graph match "北京 安贞医院" and "北京安贞医院" without reading the name;
 * - the payee account of a claim application: sealed, masked, and its keyed hash for matching;
 * - the date the sum insured was last raised, written when an endorsement raising it is completed;
 * - the head-office list of repair shops and hospitals the intake form offers (a name and its key).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE claim_reports ADD COLUMN hospital_key text, ADD COLUMN repair_shop_key text,
      ADD COLUMN doctor_key text;
    ALTER TABLE claim_applications ADD COLUMN payee_account_masked text, ADD COLUMN payee_account_enc text,
      ADD COLUMN payee_account_bidx text;
    ALTER TABLE policies ADD COLUMN sum_insured_raised_at timestamptz;

    CREATE TABLE fraud_providers (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('repairShop', 'hospital')),
      name text NOT NULL,
      name_key text NOT NULL,
      added_by uuid REFERENCES users(id),
      added_at timestamptz NOT NULL,
      UNIQUE (kind, name_key)
    );

    -- Only approved confirmed cases are linked to a new claim: a partial index keeps that look-up on a few rows.
    CREATE INDEX fraud_investigations_confirmed ON fraud_investigations (case_id)
      WHERE state = 'closed' AND outcome = 'confirmed';
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP INDEX fraud_investigations_confirmed;
    DROP TABLE fraud_providers;
    ALTER TABLE policies DROP COLUMN sum_insured_raised_at;
    ALTER TABLE claim_applications DROP COLUMN payee_account_masked, DROP COLUMN payee_account_enc,
      DROP COLUMN payee_account_bidx;
    ALTER TABLE claim_reports DROP COLUMN hospital_key, DROP COLUMN repair_shop_key, DROP COLUMN doctor_key;
  `.execute(db);
};
