import { type Kysely, sql } from 'kysely';

/**
 * Issue #17 part 7, QA that holds: nobody edits the record that judges them.
 * - transcript_versions replaces transcripts: every version is kept, encrypted, with who added it, when, its
 *   source and a reason (required for a reviewer's correction), and the score the card had on it. Existing
 *   transcripts become version 1 with their source and the card's score.
 * - qa_score_history: one row for every (re)scoring, with the cause, who or which account's event, why, and the
 *   score before and after. Existing cards get a 'migrated' row with the score they have.
 * Both are append-only in the database itself, like the audit log.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE transcript_versions (
      call_id uuid NOT NULL REFERENCES calls(id),
      version integer NOT NULL CHECK (version > 0),
      turns_enc text NOT NULL,
      turn_count integer NOT NULL,
      source text NOT NULL CHECK (source IN ('cti','reviewer','simulator','api','upload')),
      added_by uuid REFERENCES users(id),
      added_at timestamptz NOT NULL,
      reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
      score double precision,
      CHECK (source <> 'reviewer' OR reason IS NOT NULL),
      PRIMARY KEY (call_id, version)
    );
    INSERT INTO transcript_versions
      (call_id, version, turns_enc, turn_count, source, added_by, added_at, reason, score)
      SELECT t.call_id, 1, t.turns_enc, t.turn_count, t.source, t.uploaded_by, t.uploaded_at, NULL, s.score
        FROM transcripts t LEFT JOIN qa_scorecards s ON s.call_id = t.call_id;
    DROP TABLE transcripts;
    CREATE TABLE qa_score_history (
      id bigserial PRIMARY KEY,
      call_id uuid NOT NULL REFERENCES calls(id),
      at timestamptz NOT NULL,
      cause text NOT NULL
        CHECK (cause IN ('transcript','hangUp','ctiEvent','caseLinked','silentProtocol','review','migrated')),
      actor_id uuid REFERENCES users(id),
      transcript_version integer,
      reason text,
      score_before double precision,
      score_after double precision
    );
    CREATE INDEX qa_score_history_call ON qa_score_history(call_id, id);
    INSERT INTO qa_score_history (call_id, at, cause, actor_id, transcript_version, reason, score_before, score_after)
      SELECT s.call_id, s.scored_at, 'migrated', NULL, 1, NULL, NULL, s.score FROM qa_scorecards s;
    CREATE FUNCTION qa_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER transcript_versions_no_update BEFORE UPDATE OR DELETE ON transcript_versions
      FOR EACH ROW EXECUTE FUNCTION qa_record_append_only();
    CREATE TRIGGER transcript_versions_no_truncate BEFORE TRUNCATE ON transcript_versions
      FOR EACH STATEMENT EXECUTE FUNCTION qa_record_append_only();
    CREATE TRIGGER qa_score_history_no_update BEFORE UPDATE OR DELETE ON qa_score_history
      FOR EACH ROW EXECUTE FUNCTION qa_record_append_only();
    CREATE TRIGGER qa_score_history_no_truncate BEFORE TRUNCATE ON qa_score_history
      FOR EACH STATEMENT EXECUTE FUNCTION qa_record_append_only();
  `.execute(db);
};
