import { type Kysely, sql } from 'kysely';

/**
 * Issue #18 part 7: an unknown user name must be answered exactly like a known one, including the lock after
 * repeated failures, or the lock itself tells an attacker which names exist. Failures against names that match no
 * user are counted here, keyed by a keyed hash of the name (a mistyped password in the name field is never stored).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE login_throttle (
      name_key text PRIMARY KEY,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      updated_at timestamptz NOT NULL
    );
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`DROP TABLE login_throttle`.execute(db);
};
