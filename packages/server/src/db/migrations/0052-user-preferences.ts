import { type Kysely, sql } from 'kysely';

/**
 * Issue #21 part 4: a person's display choices (the columns they hide on a list), kept on the server so they follow
 * the person to another browser. One row per person and choice; values are column keys only, never personal data.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE user_preferences (
      user_id uuid NOT NULL REFERENCES users(id),
      key text NOT NULL CHECK (key ~ '^[a-z][a-zA-Z0-9.-]{0,59}$'),
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, key)
    );
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP TABLE user_preferences;`.execute(db);
};
