import { type Kysely, sql } from 'kysely';

/**
 * Issue #18, the remaining security gaps:
 * - part 2: a data-sharing grant may also be for the claims department's claim reports (报案), read on the claims
 *   desk like its applications (domain/data-sharing/kinds.ts).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE data_share_requests DROP CONSTRAINT data_share_requests_data_kind_check;
    ALTER TABLE data_share_requests ADD CONSTRAINT data_share_requests_data_kind_check
      CHECK (data_kind IN ('cases','complaints','claimApplications','claimReports'));
  `.execute(db);
};
