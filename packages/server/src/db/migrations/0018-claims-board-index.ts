import { type Kysely, sql } from 'kysely';

/**
 * Issue #14 part 9: the claims desk's board reads the newest 500 applications in the caller's scope (open ones and
 * those closed in the last 30 days). With no index on the application's creation time the engine read every
 * application, joined every case of the scope and sorted them to keep 500: about half a second with 100,000 open
 * claims in one branch. Walked newest first through this index, it stops after the first 500 in scope.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE INDEX claim_applications_board ON claim_applications(created_at DESC, case_id DESC);
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP INDEX claim_applications_board`.execute(db);
};
