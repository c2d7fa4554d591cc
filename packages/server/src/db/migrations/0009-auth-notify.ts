import { type Kysely, sql } from 'kysely';

/**
 * Every node keeps session rows in memory for a few seconds (auth/session-cache.ts). These triggers tell every
 * node, at commit, when a cached row may have changed, whoever changed it (a node, a script, an operator in psql):
 * a revoked or deleted session, a user whose role, branch, state or password changed, any branch change (scopes
 * are built from the branch tree). Payloads: `s:<session id hash>`, `u:<user id>`, `*`.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE FUNCTION claimline_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'sessions' THEN
        PERFORM pg_notify('claimline_auth', 's:' || OLD.id_hash);
      ELSIF TG_TABLE_NAME = 'users' THEN
        PERFORM pg_notify('claimline_auth', 'u:' || OLD.id::text);
      ELSE
        PERFORM pg_notify('claimline_auth', '*');
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER sessions_auth_changed AFTER UPDATE OF revoked_at OR DELETE ON sessions
      FOR EACH ROW EXECUTE FUNCTION claimline_auth_changed();
    CREATE TRIGGER users_auth_deleted AFTER DELETE ON users
      FOR EACH ROW EXECUTE FUNCTION claimline_auth_changed();
    CREATE TRIGGER users_auth_changed AFTER UPDATE ON users
      FOR EACH ROW WHEN (
        OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.branch_id IS DISTINCT FROM NEW.branch_id OR OLD.username IS DISTINCT FROM NEW.username
        OR OLD.display_name IS DISTINCT FROM NEW.display_name
        OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
        OR OLD.password_hash IS DISTINCT FROM NEW.password_hash)
      EXECUTE FUNCTION claimline_auth_changed();
    CREATE TRIGGER branches_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON branches
      FOR EACH STATEMENT EXECUTE FUNCTION claimline_auth_changed();
  `.execute(db);
};
