import { type Kysely, sql } from 'kysely';

/**
 * Issue #16, the rest of parts 4, 5 and 7: the busy-line alert (seed 000 第二条 电话繁忙时及时增加人员, 第七条 保持专线
 * 畅通), the CTI's off-hook events (第四条 严禁将电话摘机), the sweeper's escalation of a relief that has not confirmed
 * (第十一条), and hand-overs named by the roster assignments they hand over between (第一条 值班计划).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    -- One row per busy episode of a branch's line: raised once, cleared when the line calms.
    CREATE TABLE duty_busy_line_episodes (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      raised_at timestamptz NOT NULL,
      cleared_at timestamptz,
      queued integer NOT NULL CHECK (queued >= 0),
      offered integer NOT NULL CHECK (offered >= 0),
      abandoned integer NOT NULL CHECK (abandoned >= 0),
      peak_queued integer NOT NULL CHECK (peak_queued >= 0),
      notified integer NOT NULL DEFAULT 0,
      CHECK (cleared_at IS NULL OR cleared_at >= raised_at)
    );
    -- At most one open episode per branch, whatever the sweepers on several nodes do: the alert is raised once.
    CREATE UNIQUE INDEX duty_busy_line_open ON duty_busy_line_episodes(branch_id) WHERE cleared_at IS NULL;

    CREATE TABLE agent_hook_events (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      event text NOT NULL CHECK (event IN ('offHook','onHook')),
      at timestamptz NOT NULL,
      received_at timestamptz NOT NULL
    );
    CREATE INDEX agent_hook_events_user_at ON agent_hook_events(user_id, at DESC);

    ALTER TABLE duty_handovers ADD COLUMN relief_escalated_at timestamptz;
    ALTER TABLE duty_handovers
      ADD COLUMN outgoing_assignment_id uuid REFERENCES duty_assignments(id) ON DELETE SET NULL;
    ALTER TABLE duty_handovers
      ADD COLUMN incoming_assignment_id uuid REFERENCES duty_assignments(id) ON DELETE SET NULL;
    -- The sweeper reads only hand-overs whose relief is still unconfirmed and not yet escalated.
    CREATE INDEX duty_handovers_relief_due ON duty_handovers(shift_start)
      WHERE confirmed_at IS NULL AND relief_escalated_at IS NULL;
  `.execute(db);
};
