import { type Kysely, sql } from 'kysely';

/**
 * Issue #14: a registration is bound to its look-up. The look-up keeps the ids of the policies it returned and the
 * number of insured persons of the name it was told about (seed 003 §(二) 报案记录查询 4), so a registration
 * cannot name another policy nor skip the identity check. Look-ups logged before this have an empty list and can
 * no longer register; they are minutes-long working records, so the agent simply looks up again.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE report_lookups
      ADD COLUMN policy_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN insured_persons integer NOT NULL DEFAULT 0;
  `.execute(db);
};
