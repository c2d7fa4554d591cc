import { type Kysely, sql } from 'kysely';

/**
 * Issue #17 part 6: an export pages through a list newest first by keyset, `(created_at, id) < (last row)`. Without
 * an index in that order each page sorted every case of the scope again to keep 2,000 (a 1 M-row export did not
 * finish in ten minutes). Walked through these indexes each page starts where the last one stopped. The complaints
 * export pages the same case columns; calls page by their ringing time.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`CREATE INDEX cases_created_id ON cases(created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX calls_ring_id ON calls(ring_started_at DESC, id DESC)`.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP INDEX calls_ring_id`.execute(db);
  await sql`DROP INDEX cases_created_id`.execute(db);
};
