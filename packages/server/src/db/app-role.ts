import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * The application's own database account (issue #18 part 3). Migrations run as the owner of the schema; the server
 * runs as this role, which owns nothing. Not owning a table, it can neither disable its triggers nor alter it; on the
 * append-only tables (the audit log and the QA records, found by their append-only triggers) it may only read and
 * insert, so even with the triggers gone it could not rewrite them. Idempotent: run after every migration.
 */
export const grantAppRole = async (owner: Db, role: string) => {
  const who = sql.id(role);
  await sql`GRANT CONNECT ON DATABASE ${sql.id(await currentDatabase(owner))} TO ${who}`.execute(owner);
  await sql`GRANT USAGE ON SCHEMA public TO ${who}`.execute(owner);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`.execute(owner);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`.execute(owner);
  // The migrations' own book-keeping is the owner's alone.
  await sql`REVOKE ALL ON kysely_migration, kysely_migration_lock FROM ${who}`.execute(owner);
  for (const table of await appendOnlyTables(owner))
    await sql`REVOKE UPDATE, DELETE, TRUNCATE ON ${sql.id(table)} FROM ${who}`.execute(owner);
};

/** Creates the role (or sets its password) on an engine the server manages itself: the embedded one. */
export const ensureAppRole = async (owner: Db, role: string, password: string) => {
  const exists = await sql<{ n: number }>`SELECT 1 AS n FROM pg_roles WHERE rolname = ${role}`.execute(owner);
  const verb = exists.rows.length > 0 ? sql`ALTER ROLE` : sql`CREATE ROLE`;
  await sql`${verb} ${sql.id(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${sql.lit(password)}`.execute(
    owner,
  );
  await grantAppRole(owner, role);
};

/** Tables guarded by an append-only trigger (their trigger function's name ends in "append_only"). */
export const appendOnlyTables = async (db: Db) => {
  const rows = await sql<{ table: string }>`
    SELECT DISTINCT c.relname AS table
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_proc p ON p.oid = t.tgfoid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND p.proname LIKE '%append_only' AND NOT t.tgisinternal
     ORDER BY 1`.execute(db);
  return rows.rows.map((r) => r.table);
};

const currentDatabase = async (db: Db) =>
  (await sql<{ name: string }>`SELECT current_database() AS name`.execute(db)).rows[0]?.name ?? '';

/** The user name of a connection URL (the role the server will run as). */
export const roleOfUrl = (url: string) => decodeURIComponent(new URL(url).username);
