import { type Kysely, sql } from 'kysely';

/**
 * Issue #18 part 3: audit rows are chained with a keyed hash (HMAC-SHA-256, key outside the database), so a chain
 * recomputed by someone who can write the table no longer verifies. Rows written before the key are marked unkeyed
 * and still verify with plain SHA-256; after the first keyed row, an unkeyed one is a break.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`ALTER TABLE audit_log ADD COLUMN keyed boolean NOT NULL DEFAULT false`.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`ALTER TABLE audit_log DROP COLUMN keyed`.execute(db);
};
