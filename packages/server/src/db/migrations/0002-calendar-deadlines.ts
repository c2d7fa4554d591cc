import { type Kysely, sql } from 'kysely';

/**
 * Business calendars, deadline rules, the deadlines of each case and the notifications the sweeper sends (C7).
 * Calendars and rules are data an administrator edits; the seed fills them on first start.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE calendars (
      id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,40}$'),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('national','branch')),
      branch_id uuid REFERENCES branches(id),
      base_calendar_id text REFERENCES calendars(id),
      -- null on a branch calendar: the base calendar's hours and weekend apply
      working_hours jsonb,
      weekend_days integer[],
      published_years integer[] NOT NULL DEFAULT '{}',
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL,
      CHECK ((kind = 'national') = (branch_id IS NULL)),
      CHECK ((kind = 'branch') = (base_calendar_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX calendars_branch_base ON calendars(branch_id, base_calendar_id) WHERE branch_id IS NOT NULL;
    CREATE TABLE calendar_days (
      calendar_id text NOT NULL REFERENCES calendars(id),
      day date NOT NULL,
      type text NOT NULL CHECK (type IN ('holiday','makeUpWorkday','closed','open')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
      PRIMARY KEY (calendar_id, day)
    );
    CREATE TABLE deadline_rules (
      id text PRIMARY KEY,
      kind text NOT NULL,
      case_kind text CHECK (case_kind IN ('consultation','complaint','claimReport','claimApplication','surrender','endorsement','suggestion')),
      starts_on text NOT NULL,
      unit text NOT NULL CHECK (unit IN ('elapsedHours','calendarDays','workingDays','workingHours')),
      amount integer NOT NULL CHECK (amount > 0),
      calendar_id text REFERENCES calendars(id),
      warn_before_minutes integer NOT NULL DEFAULT 0 CHECK (warn_before_minutes >= 0),
      escalation_chain text[] NOT NULL,
      escalate_every_minutes integer NOT NULL DEFAULT 60 CHECK (escalate_every_minutes >= 0),
      met_by text[] NOT NULL DEFAULT '{}',
      source text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL,
      CHECK (unit = 'elapsedHours' OR calendar_id IS NOT NULL)
    );
    CREATE INDEX deadline_rules_kind ON deadline_rules(case_kind, starts_on) WHERE active;
    CREATE TABLE deadlines (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL,
      rule_id text NOT NULL REFERENCES deadline_rules(id),
      rule jsonb NOT NULL,
      calendar_id text REFERENCES calendars(id),
      started_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      warn_at timestamptz,
      state text NOT NULL CHECK (state IN ('open','met','breached','escalated')),
      escalation_level integer NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
      warned_at timestamptz,
      breached_at timestamptz,
      last_escalated_at timestamptz,
      met_at timestamptz,
      calendar_not_published boolean NOT NULL DEFAULT false,
      next_action_at timestamptz,
      last_swept_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      UNIQUE (case_id, rule_id)
    );
    -- The sweeper's claim query reads this index only: rows with something left to do, oldest first.
    CREATE INDEX deadlines_next_action ON deadlines(next_action_at) WHERE next_action_at IS NOT NULL;
    CREATE INDEX deadlines_case ON deadlines(case_id);
    CREATE INDEX deadlines_calendar_open ON deadlines(calendar_id) WHERE state = 'open';
    CREATE TABLE notifications (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      case_id uuid REFERENCES cases(id),
      deadline_id uuid REFERENCES deadlines(id),
      kind text NOT NULL CHECK (kind IN ('warn','escalate')),
      escalation_level integer NOT NULL DEFAULT 0,
      message_zh text NOT NULL,
      message_en text NOT NULL,
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    -- One notice per person per step of a deadline, whatever happens to the sweepers.
    CREATE UNIQUE INDEX notifications_once ON notifications(deadline_id, user_id, kind, escalation_level)
      WHERE deadline_id IS NOT NULL;
    CREATE INDEX notifications_user ON notifications(user_id, created_at DESC);
    -- Timeline events written by the system (the deadline sweeper) have no human actor.
    ALTER TABLE case_events ALTER COLUMN actor_id DROP NOT NULL;
  `.execute(db);
};
