import { type Kysely, sql } from 'kysely';

/**
 * Issue #17 part 4, seed 002 §五: performance assessment.
 * - assessment_templates: versioned; a new version is a new row (template_key, version), never an update, so an
 *   assessment keeps the weights it was opened with. branch_id null is head office's template for every branch.
 * - assessments: one agent, one period, one template version; the state of the assessment machine.
 * - assessment_versions: the scores as signed off (version 1) and each later correction or appeal decision, with who
 *   and why. Append-only: nobody edits the record that judges them.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE assessment_templates (
      id uuid PRIMARY KEY,
      template_key uuid NOT NULL,
      version integer NOT NULL,
      branch_id uuid REFERENCES branches(id),
      period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter')),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      items jsonb NOT NULL,
      note text,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      UNIQUE (template_key, version)
    );

    CREATE TABLE assessments (
      id uuid PRIMARY KEY,
      agent_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      template_id uuid NOT NULL REFERENCES assessment_templates(id),
      period_kind text NOT NULL,
      period_key text NOT NULL,
      state text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      kpi_values jsonb NOT NULL,
      self_review jsonb,
      qualitative jsonb NOT NULL DEFAULT '{}',
      lead_comment text,
      reviewed_by uuid REFERENCES users(id),
      items jsonb NOT NULL,
      total double precision,
      suggested_training text[] NOT NULL DEFAULT '{}',
      signed_by uuid REFERENCES users(id),
      signed_at timestamptz,
      appeal_until timestamptz,
      appeal_text text,
      appeal_decision text,
      score_version integer NOT NULL DEFAULT 0,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (agent_id, period_kind, period_key)
    );
    CREATE INDEX assessments_branch_state ON assessments(branch_id, state);

    CREATE TABLE assessment_versions (
      assessment_id uuid NOT NULL REFERENCES assessments(id),
      score_version integer NOT NULL,
      qualitative jsonb NOT NULL,
      items jsonb NOT NULL,
      total double precision,
      reason text NOT NULL,
      by_user uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL,
      PRIMARY KEY (assessment_id, score_version)
    );
    -- Append-only: a correction is a new row, never an edit of an old one.
    CREATE FUNCTION assessment_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'assessment_versions is append-only'; END $$;
    CREATE TRIGGER assessment_versions_no_change BEFORE UPDATE OR DELETE ON assessment_versions
      FOR EACH ROW EXECUTE FUNCTION assessment_versions_append_only();
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE assessment_versions;
    DROP FUNCTION assessment_versions_append_only();
    DROP TABLE assessments;
    DROP TABLE assessment_templates;
  `.execute(db);
};
