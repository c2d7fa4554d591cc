import { type Kysely, sql } from 'kysely';

/**
 * Issue #14: head office acknowledges the major-case report a branch sent (seed 003 重大案件), so the branch knows
 * it arrived and the inbox can tell read reports from unread ones. The inbox reads every major report of a scope
 * ordered by its flag time; the partial index keeps that to the few major rows.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE claim_reports
      ADD COLUMN major_acknowledged_at timestamptz,
      ADD COLUMN major_acknowledged_by uuid REFERENCES users(id);
    CREATE INDEX claim_reports_major_inbox ON claim_reports(major_flagged_at) WHERE major;
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP INDEX claim_reports_major_inbox;
    ALTER TABLE claim_reports DROP COLUMN major_acknowledged_at, DROP COLUMN major_acknowledged_by;
  `.execute(db);
};
