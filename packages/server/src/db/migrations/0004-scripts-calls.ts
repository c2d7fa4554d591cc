import { type Kysely, sql } from 'kysely';

/**
 * Hotline scripts, the forbidden-phrase guard, calls and call QA (C8, issue #5).
 * - script_packs: every saved version of the forbidden-phrase list, the standard-phrase pack and the QA
 *   scorecard; the highest version of a kind is in force, version 0 (no row) is the built-in default.
 * - guard_overrides: a customer-visible text sent with a forbidden phrase, with the agent's reason (counted in QA).
 * - calls / call_events / call_cases: call records fed by the CTI event API, idempotent by (call, event).
 * - transcripts: turns encrypted (they hold what customers say); qa_scorecards and qa_reviews: automatic card,
 *   reviewed card and the history of manual reviews.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE script_packs (
      kind text NOT NULL CHECK (kind IN ('forbidden','standard','qa')),
      version integer NOT NULL CHECK (version > 0),
      data jsonb NOT NULL,
      note text,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (kind, version)
    );
    CREATE TABLE guard_overrides (
      id uuid PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      case_id uuid REFERENCES cases(id),
      field text NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      hits jsonb NOT NULL,
      pack_version integer NOT NULL
    );
    CREATE INDEX guard_overrides_actor ON guard_overrides(actor_id, at DESC);
    CREATE INDEX guard_overrides_branch ON guard_overrides(branch_id, at DESC);
    CREATE TABLE calls (
      id uuid PRIMARY KEY,
      call_id text NOT NULL UNIQUE CHECK (length(call_id) BETWEEN 1 AND 100),
      branch_id uuid NOT NULL REFERENCES branches(id),
      direction text NOT NULL CHECK (direction IN ('inbound','outbound')),
      queue text,
      line_name text NOT NULL,
      caller_masked text,
      caller_enc text,
      caller_bidx text,
      agent_id uuid REFERENCES users(id),
      state text NOT NULL CHECK (state IN ('ringing','answered','ended')),
      events text[] NOT NULL DEFAULT '{}',
      ring_started_at timestamptz NOT NULL,
      answered_at timestamptz,
      ended_at timestamptz,
      hung_up_by text CHECK (hung_up_by IN ('customer','agent','system')),
      rings integer,
      answered_within_rings boolean,
      silent_log jsonb,
      simulated boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX calls_branch_time ON calls(branch_id, ring_started_at DESC);
    CREATE INDEX calls_agent_time ON calls(agent_id, ring_started_at DESC);
    CREATE INDEX calls_caller ON calls(caller_bidx) WHERE caller_bidx IS NOT NULL;
    CREATE TABLE call_events (
      id bigserial PRIMARY KEY,
      call_id uuid NOT NULL REFERENCES calls(id),
      event text NOT NULL CHECK (event IN ('ringing','answered','ended')),
      at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      UNIQUE (call_id, event)
    );
    CREATE TABLE call_cases (
      call_id uuid NOT NULL REFERENCES calls(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      linked_by uuid NOT NULL REFERENCES users(id),
      linked_at timestamptz NOT NULL,
      PRIMARY KEY (call_id, case_id)
    );
    CREATE INDEX call_cases_case ON call_cases(case_id);
    CREATE TABLE transcripts (
      call_id uuid PRIMARY KEY REFERENCES calls(id),
      turns_enc text NOT NULL,
      turn_count integer NOT NULL,
      source text NOT NULL CHECK (source IN ('api','upload','simulator')),
      uploaded_by uuid REFERENCES users(id),
      uploaded_at timestamptz NOT NULL
    );
    CREATE TABLE qa_scorecards (
      call_id uuid PRIMARY KEY REFERENCES calls(id),
      agent_id uuid REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      config_version integer NOT NULL,
      phrase_version integer NOT NULL,
      auto_card jsonb NOT NULL,
      auto_score double precision,
      card jsonb NOT NULL,
      score double precision,
      hit_count integer NOT NULL,
      reviewed_by uuid REFERENCES users(id),
      reviewed_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      scored_at timestamptz NOT NULL
    );
    CREATE INDEX qa_scorecards_agent ON qa_scorecards(agent_id, scored_at DESC);
    CREATE INDEX qa_scorecards_branch ON qa_scorecards(branch_id, scored_at DESC);
    CREATE TABLE qa_reviews (
      id uuid PRIMARY KEY,
      call_id uuid NOT NULL REFERENCES calls(id),
      reviewer_id uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL,
      overrides jsonb NOT NULL,
      score_before double precision,
      score_after double precision
    );
    CREATE INDEX qa_reviews_call ON qa_reviews(call_id, at);
  `.execute(db);
};
