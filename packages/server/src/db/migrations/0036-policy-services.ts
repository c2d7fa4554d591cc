import { type Kysely, sql } from 'kysely';

/**
 * Issue 15 parts 2–4, seed 003 第五条 (退保) and 第六条 (批改):
 * - policy_services: the record of a surrender or endorsement request, 1:1 with its case (kind `surrender` or
 *   `endorsement`): the policy looked up, the reason (a code of domain/policy-services plus a note) or the change
 *   (its type; the fields encrypted whole, a masked copy for the screen), whether the policyholder's identity was
 *   verified at intake, the documents to bring with what was received, the hand-over to the insurer, the refund in
 *   exact fen and where it came from, and the insurer's answer. The state runs on the kernel (machine.ts).
 * - cases.category: what a consultation is about (domain/cases/categories.ts, with 投保 and 续保).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE policy_services (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('surrender', 'endorsement')),
      state text NOT NULL,
      policy_id uuid NOT NULL REFERENCES policies(id),
      policy_no text NOT NULL,
      product text NOT NULL,
      reason text,
      reason_note text,
      change_type text,
      change_masked jsonb,
      change_enc text,
      holder_verified boolean NOT NULL DEFAULT false,
      documents jsonb NOT NULL,
      recipient text,
      handed_over_at timestamptz,
      refund_fen bigint CHECK (refund_fen IS NULL OR refund_fen >= 0),
      refund_source text CHECK (refund_source IS NULL OR refund_source IN ('core', 'entered')),
      outcome_note text,
      finished_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((kind = 'surrender') = (reason IS NOT NULL)),
      CHECK ((kind = 'endorsement') = (change_type IS NOT NULL AND change_enc IS NOT NULL))
    );
    CREATE INDEX policy_services_policy ON policy_services(policy_id);
    ALTER TABLE cases ADD COLUMN category text;
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP TABLE policy_services; ALTER TABLE cases DROP COLUMN category;`.execute(db);
};
