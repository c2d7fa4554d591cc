import { type Kysely, sql } from 'kysely';

/**
 * 银行业保险业消费投诉处理管理办法 (2020):
 * - art. 19: the complainant is told the verification (核实情况) and the basis and reasons (依据和理由) with the
 *   decision, so both are stored with it and printed on the letter;
 * - art. 15: a withdrawn complaint's procedure ends the day the withdrawal is received, so the withdrawal is
 *   recorded, and an approval still waiting is settled as withdrawn rather than left in an inbox.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE complaints ADD COLUMN decision_findings text;
    ALTER TABLE complaints ADD COLUMN decision_basis text;
    ALTER TABLE complaints ADD COLUMN withdrawn_at timestamptz;
    ALTER TABLE complaints ADD COLUMN withdrawn_channel text;
    ALTER TABLE complaint_approvals DROP CONSTRAINT complaint_approvals_outcome_check;
    ALTER TABLE complaint_approvals ADD CONSTRAINT complaint_approvals_outcome_check
      CHECK (outcome IN ('approved','rejected','withdrawn'));
  `.execute(db);
};
