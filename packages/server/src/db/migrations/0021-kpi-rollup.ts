import { type Kysely, sql } from 'kysely';

/**
 * Issue #17 parts 1–2: KPIs from incrementally kept aggregates.
 * - kpi_agent_days: the KPI counters (domain/kpis/counters.ts) per branch, agent and Beijing day. A period, team or
 *   branch is a sum over a few thousand of these rows instead of a GROUP BY over millions of calls. agent_id is the
 *   nil uuid for what belongs to no agent (a call that rang and was never offered to anyone).
 * - kpi_dirty_days: the (branch, day) pairs whose counters are stale. Triggers on calls, cases, complaints and QA
 *   cards mark them in the writer's transaction (one small upsert); the KPI refresher (the sweeper's companion,
 *   and every KPI read first) recomputes just those pairs from the raw rows, so a rescoring or a late CTI event
 *   corrects the day it belongs to.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE kpi_agent_days (
      branch_id uuid NOT NULL REFERENCES branches(id),
      agent_id uuid NOT NULL,
      day date NOT NULL,
      calls_offered integer NOT NULL DEFAULT 0,
      calls_answered integer NOT NULL DEFAULT 0,
      calls_answered_in_rings integer NOT NULL DEFAULT 0,
      calls_abandoned integer NOT NULL DEFAULT 0,
      answer_wait_ms bigint NOT NULL DEFAULT 0,
      calls_handled integer NOT NULL DEFAULT 0,
      handle_ms bigint NOT NULL DEFAULT 0,
      cases_opened integer NOT NULL DEFAULT 0,
      cases_opened_resolved integer NOT NULL DEFAULT 0,
      business_opened integer NOT NULL DEFAULT 0,
      business_succeeded integer NOT NULL DEFAULT 0,
      cases_resolved integer NOT NULL DEFAULT 0,
      cases_resolved_first_contact integer NOT NULL DEFAULT 0,
      complaints_decided integer NOT NULL DEFAULT 0,
      complaints_decided_on_time integer NOT NULL DEFAULT 0,
      callbacks integer NOT NULL DEFAULT 0,
      callbacks_satisfied integer NOT NULL DEFAULT 0,
      qa_scored integer NOT NULL DEFAULT 0,
      qa_score_sum double precision NOT NULL DEFAULT 0,
      phrase_hits integer NOT NULL DEFAULT 0,
      PRIMARY KEY (branch_id, day, agent_id)
    );
    CREATE INDEX kpi_agent_days_agent ON kpi_agent_days(agent_id, day);

    CREATE TABLE kpi_dirty_days (
      branch_id uuid NOT NULL,
      day date NOT NULL,
      PRIMARY KEY (branch_id, day)
    );

    -- The refresher reads a branch's cases by the day they were resolved.
    CREATE INDEX cases_branch_resolved ON cases(branch_id, resolved_at) WHERE resolved_at IS NOT NULL;
    CREATE INDEX complaints_decided_at ON complaints(decided_at) WHERE decided_at IS NOT NULL;
    CREATE INDEX complaints_callback_at ON complaints(callback_at) WHERE callback_at IS NOT NULL;

    -- KPIs count Beijing days (Asia/Shanghai, no daylight saving since 1992).
    CREATE FUNCTION kpi_local_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (at AT TIME ZONE 'Asia/Shanghai')::date $$;

    CREATE FUNCTION kpi_mark(branch uuid, at timestamptz) RETURNS void LANGUAGE sql AS $$
      INSERT INTO kpi_dirty_days (branch_id, day)
        SELECT branch, kpi_local_day(at) WHERE branch IS NOT NULL AND at IS NOT NULL
        ON CONFLICT DO NOTHING
    $$;

    CREATE FUNCTION kpi_mark_call() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_mark(NEW.branch_id, NEW.ring_started_at);
      IF TG_OP = 'UPDATE' AND (OLD.branch_id, OLD.ring_started_at) IS DISTINCT FROM (NEW.branch_id, NEW.ring_started_at) THEN
        PERFORM kpi_mark(OLD.branch_id, OLD.ring_started_at);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER calls_kpi AFTER INSERT OR UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION kpi_mark_call();

    CREATE FUNCTION kpi_mark_case() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_mark(NEW.branch_id, NEW.created_at);
      PERFORM kpi_mark(NEW.branch_id, NEW.resolved_at);
      IF TG_OP = 'UPDATE' THEN
        PERFORM kpi_mark(OLD.branch_id, OLD.resolved_at);
        IF OLD.branch_id <> NEW.branch_id THEN PERFORM kpi_mark(OLD.branch_id, OLD.created_at); END IF;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER cases_kpi AFTER INSERT OR UPDATE OF branch_id, owner_id, status, resolved_at, first_contact_resolution
      ON cases FOR EACH ROW EXECUTE FUNCTION kpi_mark_case();

    CREATE FUNCTION kpi_mark_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE b uuid;
    BEGIN
      SELECT branch_id INTO b FROM cases WHERE id = NEW.case_id;
      PERFORM kpi_mark(b, NEW.decided_at);
      PERFORM kpi_mark(b, NEW.callback_at);
      IF TG_OP = 'UPDATE' THEN
        PERFORM kpi_mark(b, OLD.decided_at);
        PERFORM kpi_mark(b, OLD.callback_at);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER complaints_kpi AFTER INSERT OR UPDATE ON complaints FOR EACH ROW EXECUTE FUNCTION kpi_mark_complaint();

    CREATE FUNCTION kpi_mark_scorecard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_mark(c.branch_id, c.ring_started_at) FROM calls c WHERE c.id = NEW.call_id;
      RETURN NULL;
    END $$;
    CREATE TRIGGER qa_scorecards_kpi AFTER INSERT OR UPDATE ON qa_scorecards
      FOR EACH ROW EXECUTE FUNCTION kpi_mark_scorecard();

    -- What exists already is counted on the first refresh.
    INSERT INTO kpi_dirty_days (branch_id, day)
      SELECT branch_id, kpi_local_day(ring_started_at) FROM calls
      UNION SELECT branch_id, kpi_local_day(created_at) FROM cases
      UNION SELECT branch_id, kpi_local_day(resolved_at) FROM cases WHERE resolved_at IS NOT NULL
      UNION SELECT k.branch_id, kpi_local_day(p.decided_at) FROM complaints p JOIN cases k ON k.id = p.case_id
        WHERE p.decided_at IS NOT NULL
      UNION SELECT k.branch_id, kpi_local_day(p.callback_at) FROM complaints p JOIN cases k ON k.id = p.case_id
        WHERE p.callback_at IS NOT NULL
      ON CONFLICT DO NOTHING;
  `.execute(db);
};
