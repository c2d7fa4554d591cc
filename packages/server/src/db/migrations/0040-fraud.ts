import { type Kysely, sql } from 'kysely';

/**
 * Issue #22 (seed 004 §四.10 反欺诈; PRODUCT.md C12): fraud signals as versioned settings, the keyed hashes each claim
 * is matched on, the score of each (re)scoring with its reasons, and the investigation (SIU) with its evidence.
 * Scores, evidence and setting versions judge people or decide how they are judged: append-only.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    -- Optional intake facts for the concentration signal (a repair shop, a doctor; the hospital already exists).
    -- The reporter's address as a keyed hash, written at intake, so matching never decrypts it.
    ALTER TABLE claim_reports ADD COLUMN repair_shop text, ADD COLUMN doctor text, ADD COLUMN reporter_address_bidx text;

    -- Each save of the signal settings is a new version with who and why; the newest row is in force.
    CREATE TABLE fraud_signal_settings (
      version integer PRIMARY KEY CHECK (version >= 1),
      value jsonb NOT NULL,
      note text NOT NULL,
      changes jsonb NOT NULL,
      saved_by uuid NOT NULL REFERENCES users(id),
      saved_at timestamptz NOT NULL
    );

    -- The keyed hashes (blind indexes) of a claim's people, contacts and providers: what matching reads, never
    -- plaintext. person_key is the claim's person (insured or applicant ID hash) to tell "same person" apart.
    CREATE TABLE fraud_keys (
      case_id uuid NOT NULL REFERENCES cases(id),
      -- The claim the case belongs to (the report's case, or the application's own when it has no report), so a
      -- report and its application count as one other claim.
      claim_id uuid NOT NULL,
      kind text NOT NULL,
      key text NOT NULL,
      person_key text,
      branch_id uuid NOT NULL REFERENCES branches(id),
      occurred_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, kind, key)
    );
    CREATE INDEX fraud_keys_match ON fraud_keys (kind, key, occurred_at);

    CREATE TABLE fraud_scores (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      score integer NOT NULL,
      hits jsonb NOT NULL,
      settings_version integer NOT NULL,
      trigger text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX fraud_scores_case ON fraud_scores (case_id, created_at DESC);

    CREATE TABLE fraud_investigations (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      state text NOT NULL DEFAULT 'queued',
      version integer NOT NULL DEFAULT 1,
      score integer NOT NULL,
      signal_codes text[] NOT NULL,
      assignee_id uuid REFERENCES users(id),
      outcome text CHECK (outcome IN ('confirmed', 'cleared', 'inconclusive')),
      conclusion_reason text,
      concluded_by uuid REFERENCES users(id),
      concluded_at timestamptz,
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX fraud_investigations_queue ON fraud_investigations (state, branch_id, score DESC);

    CREATE TABLE fraud_investigation_entries (
      id uuid PRIMARY KEY,
      investigation_id uuid NOT NULL REFERENCES fraud_investigations(id),
      kind text NOT NULL CHECK (kind IN ('evidence', 'interview', 'conclusion', 'sendBack')),
      note text NOT NULL,
      document_ref text,
      by_id uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL
    );
    CREATE INDEX fraud_investigation_entries_inv ON fraud_investigation_entries (investigation_id, at);

    CREATE FUNCTION fraud_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
    CREATE TRIGGER fraud_scores_no_change BEFORE UPDATE OR DELETE ON fraud_scores
      FOR EACH ROW EXECUTE FUNCTION fraud_append_only();
    CREATE TRIGGER fraud_entries_no_change BEFORE UPDATE OR DELETE ON fraud_investigation_entries
      FOR EACH ROW EXECUTE FUNCTION fraud_append_only();
    CREATE TRIGGER fraud_settings_no_change BEFORE UPDATE OR DELETE ON fraud_signal_settings
      FOR EACH ROW EXECUTE FUNCTION fraud_append_only();
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE fraud_investigation_entries, fraud_investigations, fraud_scores, fraud_keys, fraud_signal_settings;
    DROP FUNCTION fraud_append_only();
    ALTER TABLE claim_reports DROP COLUMN repair_shop, DROP COLUMN doctor, DROP COLUMN reporter_address_bidx;
  `.execute(db);
};
