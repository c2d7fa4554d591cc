import { type Kysely, sql } from 'kysely';

/**
 * 办法 (2020) art. 20: a complainant who disputes a branch's decision may apply in writing, within 30 days of
 * receiving it, to the institution above, which reviews (核查) and decides within 30 days. A complaint under review
 * is in state `reviewing`; the application and the review decision are kept on the complaint. The 30-day review
 * deadline is the `complaint-review` rule, seeded with the other complaint clocks (seed/complaints.ts).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE complaints DROP CONSTRAINT complaints_state_check;
    ALTER TABLE complaints ADD CONSTRAINT complaints_state_check CHECK (state IN ('received','classified','assigned',
      'investigating','extensionRequested','extended','decisionProposed','decided','informed','calledBack',
      'reviewing','closed'));
    ALTER TABLE complaints
      ADD COLUMN review_requested_at timestamptz,
      ADD COLUMN review_requested_by uuid REFERENCES users(id),
      ADD COLUMN review_request text,
      ADD COLUMN review_channel text,
      ADD COLUMN review_outcome text CHECK (review_outcome IN ('upheld','changed')),
      ADD COLUMN review_findings text,
      ADD COLUMN reviewed_by uuid REFERENCES users(id),
      ADD COLUMN reviewed_at timestamptz;
  `.execute(db);
};
