import { type Kysely, sql } from 'kysely';

/**
 * Issue #16: the duty roster. Seed 000 第一条: the service manager draws up the duty plan per branch; 第二条: leave
 * is reported with a named replacement and approved, swaps need approval (不得擅自调班); 第三条: no empty post.
 * Times of a shift are Beijing wall-clock 'HH:mm'; days are Beijing local dates; instants are timestamptz (UTC).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE duty_posts (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      kind text NOT NULL CHECK (kind IN ('hotlineSeat','claimsDesk','complaints','dutyLead')),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      skills text[] NOT NULL DEFAULT '{}',
      staffed jsonb NOT NULL,
      min_agents integer NOT NULL CHECK (min_agents >= 1),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX duty_posts_branch ON duty_posts(branch_id);

    CREATE TABLE duty_shift_templates (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      post_id uuid NOT NULL REFERENCES duty_posts(id),
      code text NOT NULL,
      start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      end_time text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$'),
      skills text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (branch_id, code)
    );

    CREATE TABLE duty_agent_skills (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      skills text[] NOT NULL DEFAULT '{}',
      max_hours_per_week integer NOT NULL CHECK (max_hours_per_week BETWEEN 1 AND 44),
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE duty_plans (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      state text NOT NULL CHECK (state IN ('draft','published')),
      version integer NOT NULL DEFAULT 1,
      published_at timestamptz,
      published_by uuid REFERENCES users(id),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (branch_id, month)
    );

    CREATE TABLE duty_assignments (
      id uuid PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES duty_plans(id),
      user_id uuid NOT NULL REFERENCES users(id),
      shift_id uuid NOT NULL REFERENCES duty_shift_templates(id),
      day date NOT NULL,
      swap_replaces uuid REFERENCES users(id),
      swap_approved_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      UNIQUE (plan_id, user_id, shift_id, day),
      -- 第二条 不得擅自调班: a swapped-in assignment exists only once approved.
      CHECK (swap_replaces IS NULL OR swap_approved_by IS NOT NULL)
    );
    CREATE INDEX duty_assignments_user ON duty_assignments(user_id, day);

    CREATE TABLE duty_leave_requests (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      user_id uuid NOT NULL REFERENCES users(id),
      from_day date NOT NULL,
      to_day date NOT NULL CHECK (to_day >= from_day),
      reason text NOT NULL,
      replacement_id uuid NOT NULL REFERENCES users(id),
      state text NOT NULL CHECK (state IN ('pending','approved','rejected')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX duty_leave_branch ON duty_leave_requests(branch_id, state);

    CREATE TABLE duty_swap_requests (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      assignment_id uuid NOT NULL REFERENCES duty_assignments(id),
      from_user_id uuid NOT NULL REFERENCES users(id),
      to_user_id uuid NOT NULL REFERENCES users(id),
      reason text NOT NULL,
      state text NOT NULL CHECK (state IN ('pending','approved','rejected')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX duty_swap_branch ON duty_swap_requests(branch_id, state);

    -- A published plan notifies every rostered agent (seed 000 第一条: the plan is made known to those on duty).
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('warn','escalate','report','dutyPlanPublished'));
  `.execute(db);
};
