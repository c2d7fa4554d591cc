import { type Kysely, sql } from 'kysely';

/**
 * Issue #16 parts 5–8: the two-party shift hand-over (seed 000 第九条–第十一条), agent presence (第三条, 第四条,
 * 第七条) and equipment faults (seed 002 §八). A hand-over names its own window, post and both people: it does not
 * depend on the roster tables (0013), which may link to it later.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE duty_handovers (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      post text NOT NULL,
      -- The outgoing shift [outgoing_start, shift_start) is counted; the incoming shift is [shift_start, shift_end).
      outgoing_start timestamptz NOT NULL,
      shift_start timestamptz NOT NULL,
      shift_end timestamptz NOT NULL,
      outgoing_user_id uuid NOT NULL REFERENCES users(id),
      incoming_user_id uuid NOT NULL REFERENCES users(id),
      state text NOT NULL DEFAULT 'scheduled',
      version integer NOT NULL DEFAULT 1,
      checked_in_at timestamptz,
      late_minutes integer,
      checklist jsonb,
      statistics jsonb,
      open_items jsonb,
      statistics_at timestamptz,
      confirmed_at timestamptz,
      confirmed_by uuid REFERENCES users(id),
      signed_at timestamptz,
      signed_by uuid REFERENCES users(id),
      closed_at timestamptz,
      escalated_at timestamptz,
      escalated_by uuid REFERENCES users(id),
      note text,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (shift_start > outgoing_start AND shift_end > shift_start),
      CHECK (outgoing_user_id <> incoming_user_id)
    );
    CREATE INDEX duty_handovers_branch_start ON duty_handovers (branch_id, shift_start);
    CREATE INDEX duty_handovers_incoming ON duty_handovers (incoming_user_id, shift_start);
    CREATE INDEX duty_handovers_outgoing ON duty_handovers (outgoing_user_id, shift_start);

    CREATE TABLE presence_events (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      state text NOT NULL CHECK (state IN ('ready', 'notReady', 'break', 'meal', 'offline')),
      at timestamptz NOT NULL,
      source text NOT NULL CHECK (source IN ('console', 'cti'))
    );
    CREATE INDEX presence_events_user_at ON presence_events (user_id, at DESC);
    CREATE INDEX presence_events_branch_at ON presence_events (branch_id, at DESC);

    CREATE TABLE equipment_faults (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      reported_by uuid NOT NULL REFERENCES users(id),
      reported_at timestamptz NOT NULL,
      equipment text NOT NULL,
      location text NOT NULL,
      description text NOT NULL,
      status text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'repairing', 'fixed')),
      repair_record jsonb NOT NULL DEFAULT '[]',
      handover_id uuid REFERENCES duty_handovers(id),
      fixed_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX equipment_faults_branch ON equipment_faults (branch_id, reported_at DESC);
  `.execute(db);
};
