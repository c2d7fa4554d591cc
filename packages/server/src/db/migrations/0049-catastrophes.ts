import { type Kysely, sql } from 'kysely';

/**
 * Issue #19 part 5, typhoon mode.
 * - catastrophe_events: head office's declaration (code, name, area of branches, period, perils) and its state on
 *   the catastrophe machine (declared → active → closed), versioned.
 * - catastrophe_reports: a claim report taken on the shortened form while an event is in force; the report is a
 *   case (kind claimReport: number, timeline, owner, encrypted reporter), this row links it to the event with its
 *   priority and what the reporter could say first (place and what happened, sealed like other free text; the
 *   policy number or plate if at hand, the plate encrypted with a blind index). `completed_at` is set when the
 *   rest of the seed's list has been taken on the full form.
 * - live: both tables announce their changes like migration 0048 (an event to each branch of its area).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE catastrophe_events (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      area_branch_ids uuid[] NOT NULL,
      perils text[] NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      state text NOT NULL,
      note text,
      version integer NOT NULL DEFAULT 1,
      declared_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX catastrophe_events_state ON catastrophe_events (state);
    CREATE TABLE catastrophe_reports (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      catastrophe_id uuid NOT NULL REFERENCES catastrophe_events(id),
      priority smallint NOT NULL,
      people_at_risk boolean NOT NULL,
      place text NOT NULL,
      happened text NOT NULL,
      policy_no text,
      plate_masked text,
      plate_enc text,
      plate_bidx text,
      completed_at timestamptz,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX catastrophe_reports_board ON catastrophe_reports (catastrophe_id, priority DESC, created_at);

    CREATE FUNCTION claimline_live_catastrophe_events() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('claimline_live', json_build_object('k', 'catastrophe', 'id', e.id, 'b', e.b)::text)
        FROM (SELECT DISTINCT n.id::text AS id, unnest(n.area_branch_ids)::text AS b FROM changed n) AS e;
      RETURN NULL;
    END $$;
    CREATE TRIGGER catastrophe_events_live_insert AFTER INSERT ON catastrophe_events
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_catastrophe_events();
    CREATE TRIGGER catastrophe_events_live_update AFTER UPDATE ON catastrophe_events
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_catastrophe_events();

    CREATE FUNCTION claimline_live_catastrophe_reports() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('claimline_live', json_build_object('k', 'claimReport', 'id', e.id, 'b', e.b)::text)
        FROM (SELECT DISTINCT n.case_id::text AS id, c.branch_id::text AS b
                FROM changed n JOIN cases c ON c.id = n.case_id) AS e;
      RETURN NULL;
    END $$;
    CREATE TRIGGER catastrophe_reports_live_insert AFTER INSERT ON catastrophe_reports
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_catastrophe_reports();
    CREATE TRIGGER catastrophe_reports_live_update AFTER UPDATE ON catastrophe_reports
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_catastrophe_reports();
  `.execute(db);
};
