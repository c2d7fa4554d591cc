import { type Kysely, sql } from 'kysely';

/**
 * Issue 18 part 6: free text a person typed about a customer (a description, a note, a complaint's request or
 * decision) that holds an ID or phone number. The text column keeps the masked copy (what every view shows and
 * the search matches); the full text is here, sealed with the field keys, one row per (table, row, column).
 * A migration cannot seal the rows written before it (the keys are outside the database): the server does that
 * at start-up (crypto/sealed-text-sweep.ts).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE sealed_texts (
      table_name text NOT NULL,
      row_id text NOT NULL,
      column_name text NOT NULL,
      sealed text NOT NULL,
      sealed_at timestamptz NOT NULL,
      PRIMARY KEY (table_name, row_id, column_name)
    );
  `.execute(db);
};
