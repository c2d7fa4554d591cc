import { type Kysely, sql } from 'kysely';

/**
 * Issue #20 part 4: a branch's monthly plan with KPI targets, and ad-hoc tasks a lead hands to an agent (seed 002 §二(一)5). The due time is computed on the
 * branch's business calendar when the task is given; `next_action_at` is when the sweep next looks at it (the
 * reminder, then the escalation at the due time), as the deadlines of cases do. A task is not a case, so it keeps its
 * own clock columns rather than a row of `deadlines` (whose rows belong to a case).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE team_tasks (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      title text NOT NULL,
      detail text NOT NULL DEFAULT '',
      assignee_id uuid NOT NULL REFERENCES users(id),
      given_by uuid NOT NULL REFERENCES users(id),
      checker_id uuid NOT NULL REFERENCES users(id),
      state text NOT NULL DEFAULT 'assigned',
      version integer NOT NULL DEFAULT 1,
      working_days integer NOT NULL,
      due_at timestamptz NOT NULL,
      remind_at timestamptz NOT NULL,
      next_action_at timestamptz,
      reminded_at timestamptz,
      escalated_at timestamptz,
      done_at timestamptz,
      confirmed_at timestamptz,
      note text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (assignee_id <> given_by OR checker_id <> assignee_id)
    );
    CREATE INDEX team_tasks_assignee ON team_tasks (assignee_id, state, due_at);
    CREATE INDEX team_tasks_given ON team_tasks (given_by, state, due_at);
    CREATE INDEX team_tasks_next ON team_tasks (next_action_at) WHERE next_action_at IS NOT NULL;

    -- A branch's plan for a month: targets on the KPIs of seed 002 §五(一), one row per branch and month.
    CREATE TABLE team_plans (
      branch_id uuid NOT NULL REFERENCES branches(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
      targets jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      version integer NOT NULL DEFAULT 1,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (branch_id, period)
    );
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP TABLE team_plans, team_tasks`.execute(db);
};
