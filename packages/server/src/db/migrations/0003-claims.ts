import { type Kysely, sql } from 'kysely';

/**
 * Policies (the insurer's data the center looks up), claim reports (报案) as a case kind with their own fields,
 * every look-up made before registering, scene-survey tasks and policy imports (C2, C3, C11).
 * Personal data is stored sealed (`*_enc`), masked for display (`*_masked`) and, where it is searched, as a keyed
 * blind index (`*_bidx`); no column holds it in plaintext.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE policies (
      id uuid PRIMARY KEY,
      policy_no text NOT NULL UNIQUE CHECK (policy_no ~ '^[A-Z0-9-]{6,40}$'),
      branch_id uuid NOT NULL REFERENCES branches(id),
      product text NOT NULL CHECK (length(product) BETWEEN 1 AND 100),
      line text NOT NULL CHECK (line IN ('nonLife','life')),
      covered_perils text[] NOT NULL,
      period_start timestamptz NOT NULL,
      period_end timestamptz NOT NULL,
      sum_insured_fen bigint NOT NULL CHECK (sum_insured_fen >= 0),
      deductible_fen bigint NOT NULL DEFAULT 0 CHECK (deductible_fen >= 0),
      policyholder_name_masked text NOT NULL,
      policyholder_name_enc text NOT NULL,
      insured_name_masked text NOT NULL,
      insured_name_enc text NOT NULL,
      insured_name_bidx text NOT NULL,
      insured_id_masked text NOT NULL,
      insured_id_enc text NOT NULL,
      insured_id_bidx text NOT NULL,
      insured_phone_masked text,
      insured_phone_enc text,
      insured_phone_bidx text,
      beneficiaries_masked jsonb NOT NULL DEFAULT '[]',
      beneficiaries_enc text,
      plate_masked text,
      plate_enc text,
      plate_bidx text,
      source text NOT NULL CHECK (source IN ('import','demo','core')),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (period_end > period_start)
    );
    CREATE INDEX policies_insured_name ON policies(insured_name_bidx);
    CREATE INDEX policies_insured_id ON policies(insured_id_bidx);
    CREATE INDEX policies_plate ON policies(plate_bidx) WHERE plate_bidx IS NOT NULL;
    CREATE INDEX policies_branch ON policies(branch_id);

    CREATE TABLE claim_reports (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      policy_id uuid NOT NULL REFERENCES policies(id),
      occurred_at timestamptz NOT NULL,
      place text NOT NULL,
      cause text NOT NULL,
      course text NOT NULL,
      injury_degree text NOT NULL CHECK (injury_degree IN ('none','minor','serious','death')),
      deaths integer NOT NULL DEFAULT 0 CHECK (deaths >= 0),
      injured integer NOT NULL DEFAULT 0 CHECK (injured >= 0),
      measures text NOT NULL,
      current_state text NOT NULL,
      hospital text,
      reporter_name_masked text NOT NULL,
      reporter_name_enc text NOT NULL,
      reporter_phone_masked text NOT NULL,
      reporter_phone_enc text NOT NULL,
      reporter_phone_bidx text NOT NULL,
      reporter_address_masked text,
      reporter_address_enc text,
      reporter_relation text NOT NULL,
      knew_at timestamptz NOT NULL,
      reported_at timestamptz NOT NULL,
      major_facts jsonb NOT NULL,
      check_ok boolean NOT NULL,
      check_failures jsonb NOT NULL DEFAULT '[]',
      notice_issued_at timestamptz,
      copies_archived boolean NOT NULL DEFAULT false,
      originals_returned boolean NOT NULL DEFAULT false,
      major boolean NOT NULL,
      major_reasons jsonb NOT NULL DEFAULT '[]',
      major_flagged_at timestamptz,
      major_reported_at timestamptz,
      major_report jsonb,
      scene_preservation boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL
    );
    -- "Same loss" is looked up by policy and accident time before a report is registered.
    CREATE INDEX claim_reports_policy_time ON claim_reports(policy_id, occurred_at);
    CREATE INDEX claim_reports_reporter_phone ON claim_reports(reporter_phone_bidx);
    CREATE INDEX claim_reports_major_open ON claim_reports(major_flagged_at) WHERE major AND major_reported_at IS NULL;

    CREATE TABLE survey_tasks (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('sceneSurvey')),
      status text NOT NULL CHECK (status IN ('open','done')),
      assigned_to text NOT NULL,
      note text NOT NULL,
      created_at timestamptz NOT NULL,
      done_at timestamptz
    );
    CREATE INDEX survey_tasks_case ON survey_tasks(case_id);

    CREATE TABLE report_lookups (
      id uuid PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      by text NOT NULL CHECK (by IN ('policyNo','insuredName','idNumber','plate')),
      query_masked text NOT NULL,
      matches integer NOT NULL,
      existing_reports integer NOT NULL,
      outcome text CHECK (outcome IN ('noPolicyTold','registered','existingShown','abandoned')),
      outcome_at timestamptz,
      case_id uuid REFERENCES cases(id)
    );
    CREATE INDEX report_lookups_actor ON report_lookups(actor_id, at DESC);

    CREATE TABLE policy_imports (
      id uuid PRIMARY KEY,
      actor_id uuid NOT NULL REFERENCES users(id),
      file_name text NOT NULL,
      format text NOT NULL CHECK (format IN ('csv','xlsx')),
      status text NOT NULL CHECK (status IN ('running','done','failed')),
      total_rows integer NOT NULL DEFAULT 0,
      processed_rows integer NOT NULL DEFAULT 0,
      inserted integer NOT NULL DEFAULT 0,
      updated integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]',
      started_at timestamptz NOT NULL,
      finished_at timestamptz
    );
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP TABLE policy_imports, report_lookups, survey_tasks, claim_reports, policies`.execute(db);
};
