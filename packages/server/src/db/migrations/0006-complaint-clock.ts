import { type Kysely, sql } from 'kysely';

/**
 * The complaint decision clock as 银行业保险业消费投诉处理管理办法 (2020) states it:
 * - art. 43 ¶2: its 日 are natural days, so a new deadline unit `naturalDays` (no roll off a holiday) and the
 *   `complaint-decision` rule moved onto it unless an administrator had already changed its unit;
 * - arts. 18 ¶2 and 23: appraisal and mediation time is not counted, so a deadline can be paused
 *   (`paused_at`) and carries the time it was stopped (`clock_shift_ms`), and each stop is recorded.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE deadline_rules DROP CONSTRAINT deadline_rules_unit_check;
    ALTER TABLE deadline_rules ADD CONSTRAINT deadline_rules_unit_check
      CHECK (unit IN ('elapsedHours','calendarDays','naturalDays','workingDays','workingHours'));
    UPDATE deadline_rules
       SET unit = 'naturalDays',
           source = '银行业保险业消费投诉处理管理办法（2020）第十八条、第四十三条：收到投诉之日起 15 日（自然日）内作出处理决定并告知投诉人'
     WHERE id = 'complaint-decision' AND unit = 'calendarDays';

    ALTER TABLE deadlines ADD COLUMN paused_at timestamptz;
    ALTER TABLE deadlines ADD COLUMN clock_shift_ms bigint NOT NULL DEFAULT 0 CHECK (clock_shift_ms >= 0);

    CREATE TABLE complaint_clock_stops (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      reason text NOT NULL CHECK (reason IN ('appraisal','mediation')),
      started_at timestamptz NOT NULL,
      started_by uuid NOT NULL REFERENCES users(id),
      note text NOT NULL,
      notice_channel text,
      ended_at timestamptz,
      ended_by uuid REFERENCES users(id),
      end_note text,
      CHECK (ended_at IS NULL OR ended_at >= started_at)
    );
    -- At most one running stop per complaint.
    CREATE UNIQUE INDEX complaint_clock_stops_open ON complaint_clock_stops(case_id) WHERE ended_at IS NULL;
    CREATE INDEX complaint_clock_stops_case ON complaint_clock_stops(case_id, started_at);
  `.execute(db);
};
