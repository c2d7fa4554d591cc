import { type Kysely, sql } from 'kysely';

/**
 * Issue #15 part 1, seed 004 §二: the walk-in counter.
 * - visits: one walk-in visitor at a branch counter, its ticket (gap-free per branch and Beijing day through
 *   case_sequences, kind 'visitTicket'), care flag, the current stage and what each stage recorded. The name and the
 *   ID number are sealed like other personal data (encrypted, masked, keyed hash); free text goes to sealed_texts.
 * - visit_stage_times: one row per stage left, with the seconds spent in it. Append-only: the times are the record.
 * - visit_explanations: the branch's library of explanation texts per topic (policy, process, expected time).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE visits (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      local_day date NOT NULL,
      ticket_seq integer NOT NULL,
      ticket_no text NOT NULL,
      care_flag text,
      visitor_name_masked text NOT NULL,
      visitor_name_enc text NOT NULL,
      visitor_name_bidx text NOT NULL,
      state text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      stage_since timestamptz NOT NULL,
      arrived_at timestamptz NOT NULL,
      registered_by uuid NOT NULL REFERENCES users(id),
      called_at timestamptz,
      called_by uuid REFERENCES users(id),
      purpose text,
      claim_type text,
      policy_no text,
      summary text,
      id_masked text,
      id_enc text,
      id_bidx text,
      assessment text,
      explanations jsonb NOT NULL DEFAULT '[]',
      documents jsonb NOT NULL DEFAULT '[]',
      follow_up text,
      linked_case_id uuid REFERENCES cases(id),
      satisfaction integer CHECK (satisfaction BETWEEN 1 AND 5),
      feedback_comment text,
      closed_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (branch_id, local_day, ticket_seq)
    );
    CREATE INDEX visits_branch_state ON visits(branch_id, state, arrived_at);
    CREATE INDEX visits_branch_day ON visits(branch_id, local_day);
    CREATE INDEX visits_id_bidx ON visits(id_bidx) WHERE id_bidx IS NOT NULL;
    CREATE TABLE visit_stage_times (
      id bigserial PRIMARY KEY,
      visit_id uuid NOT NULL REFERENCES visits(id),
      stage text NOT NULL,
      entered_at timestamptz NOT NULL,
      left_at timestamptz NOT NULL,
      seconds integer NOT NULL CHECK (seconds >= 0),
      actor_id uuid NOT NULL REFERENCES users(id),
      UNIQUE (visit_id, stage)
    );
    CREATE FUNCTION visit_stage_times_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'visit_stage_times is append-only'; END $$;
    CREATE TRIGGER visit_stage_times_no_change BEFORE UPDATE OR DELETE ON visit_stage_times
      FOR EACH ROW EXECUTE FUNCTION visit_stage_times_append_only();
    CREATE TABLE visit_explanations (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      topic text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      updated_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX visit_explanations_branch ON visit_explanations(branch_id, topic);
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE visit_explanations;
    DROP TABLE visit_stage_times;
    DROP FUNCTION visit_stage_times_append_only();
    DROP TABLE visits;
  `.execute(db);
};
