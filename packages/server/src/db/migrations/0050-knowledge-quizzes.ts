import { type Kysely, sql } from 'kysely';

/**
 * Issue #20 part 5, seed 002 §四(一)3 自主学习: self-study quizzes on knowledge-base articles.
 * - knowledge_quizzes: the quiz of a branch (its subtree and the branches below read it, like articles); questions
 *   with their right answers as JSON (never sent to a taker); a quiz that `certifies` issues its topic's certificate
 *   on a pass, as a session's exam does. Edits make a new version number; attempts keep the version they took.
 * - knowledge_quiz_attempts: every attempt, append-only (a result that judges an agent is never edited).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE knowledge_quizzes (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      topic text NOT NULL,
      title text NOT NULL,
      pass_mark double precision NOT NULL CHECK (pass_mark > 0 AND pass_mark <= 100),
      certifies boolean NOT NULL DEFAULT false,
      questions jsonb NOT NULL,
      article_ids uuid[] NOT NULL DEFAULT '{}',
      published boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_quizzes_branch ON knowledge_quizzes(branch_id);
    CREATE TABLE knowledge_quiz_attempts (
      id uuid PRIMARY KEY,
      quiz_id uuid NOT NULL REFERENCES knowledge_quizzes(id),
      quiz_version integer NOT NULL,
      user_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      answers jsonb NOT NULL,
      correct integer NOT NULL,
      total integer NOT NULL,
      score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
      passed boolean NOT NULL,
      certificate_id uuid REFERENCES training_certificates(id),
      taken_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_quiz_attempts_user ON knowledge_quiz_attempts(user_id, taken_at);
    CREATE FUNCTION knowledge_quiz_attempts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'knowledge_quiz_attempts is append-only'; END $$;
    CREATE TRIGGER knowledge_quiz_attempts_no_change BEFORE UPDATE OR DELETE ON knowledge_quiz_attempts
      FOR EACH ROW EXECUTE FUNCTION knowledge_quiz_attempts_append_only();
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE knowledge_quiz_attempts;
    DROP FUNCTION knowledge_quiz_attempts_append_only();
    DROP TABLE knowledge_quizzes;
  `.execute(db);
};
