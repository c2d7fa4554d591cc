import { type Kysely, sql } from 'kysely';

/**
 * 重大消费投诉, 银行业保险业消费投诉处理管理办法 (2020) art. 29: the facts that make a complaint major (a disaster, 20 or
 * more complainants face to face, the regulator's designation) and the reasons found, so the board and the reports
 * can find major complaints; art. 12 ¶2: a face-to-face group speaks through at most 5 representatives. A major
 * complaint is reported to head office as a notice of kind 'report'.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE complaints
      ADD COLUMN complainant_count integer NOT NULL DEFAULT 1 CHECK (complainant_count >= 1),
      ADD COLUMN representatives integer CHECK (representatives BETWEEN 1 AND 5),
      ADD COLUMN disaster_related boolean NOT NULL DEFAULT false,
      ADD COLUMN regulator_designated boolean NOT NULL DEFAULT false,
      ADD COLUMN major_reasons text[] NOT NULL DEFAULT '{}';
    CREATE INDEX complaints_major ON complaints(case_id) WHERE major_reasons <> '{}';
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('warn','escalate','report'));
  `.execute(db);
};
