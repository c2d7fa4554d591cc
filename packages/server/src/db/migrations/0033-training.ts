import { type Kysely, sql } from 'kysely';

/**
 * Issue #17 part 5, seed 002 §四: training.
 * - training_plans: the supervisor's yearly plan (§四(一)1: goals, content, method, schedule).
 * - training_sessions: one course on a day (§四(一)3, §四(二)1 time, place, content announced beforehand).
 * - training_attendance: who was there and the exam score (§四(二)3).
 * - training_certificates: a pass certifies the topic until it expires.
 * - users.training_required: a new agent needs the hotline courses before the hotline roster. Existing staff were
 *   trained before these records existed, so the column starts false for them and defaults to true for accounts
 *   created from now on by user administration.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE training_plans (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      title text NOT NULL,
      goals text NOT NULL,
      content text NOT NULL,
      schedule text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL
    );
    CREATE TABLE training_sessions (
      id uuid PRIMARY KEY,
      plan_id uuid REFERENCES training_plans(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      topic text NOT NULL,
      title text NOT NULL,
      day date NOT NULL,
      place text NOT NULL DEFAULT '',
      trainer text NOT NULL DEFAULT '',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL
    );
    CREATE INDEX training_sessions_branch_day ON training_sessions(branch_id, day);
    CREATE TABLE training_attendance (
      session_id uuid NOT NULL REFERENCES training_sessions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      attended boolean NOT NULL,
      exam_score double precision CHECK (exam_score BETWEEN 0 AND 100),
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (session_id, user_id)
    );
    CREATE TABLE training_certificates (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      topic text NOT NULL,
      session_id uuid REFERENCES training_sessions(id),
      issued_on date NOT NULL,
      expires_on date NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX training_certificates_user ON training_certificates(user_id, topic);
    ALTER TABLE users ADD COLUMN training_required boolean NOT NULL DEFAULT false;
    ALTER TABLE users ALTER COLUMN training_required SET DEFAULT true;
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE users DROP COLUMN training_required;
    DROP TABLE training_certificates;
    DROP TABLE training_attendance;
    DROP TABLE training_sessions;
    DROP TABLE training_plans;
  `.execute(db);
};
