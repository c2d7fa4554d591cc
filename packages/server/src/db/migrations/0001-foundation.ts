import { type Kysely, sql } from 'kysely';

// Forward-only in production; each migration is tested on an empty and on a seeded database.
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE branches (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,8}$'),
      name text NOT NULL,
      name_en text NOT NULL,
      parent_id uuid REFERENCES branches(id),
      path text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      username text NOT NULL UNIQUE CHECK (username = lower(username)),
      display_name text NOT NULL,
      agent_no text,
      role text NOT NULL CHECK (role IN ('agent','teamLead','supervisor','serviceManager','claimsHandler','branchAdmin','headOffice','auditor','sysAdmin')),
      branch_id uuid NOT NULL REFERENCES branches(id),
      password_hash text NOT NULL,
      must_change_password boolean NOT NULL DEFAULT false,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX users_branch ON users(branch_id);
    CREATE TABLE sessions (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE cases (
      id uuid PRIMARY KEY,
      number text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('consultation','complaint','claimReport','claimApplication','surrender','endorsement','suggestion')),
      channel text NOT NULL CHECK (channel IN ('phone','walkIn','fax','letter','online')),
      branch_id uuid NOT NULL REFERENCES branches(id),
      owner_id uuid NOT NULL REFERENCES users(id),
      created_by uuid NOT NULL REFERENCES users(id),
      status text NOT NULL,
      subject text NOT NULL,
      description text NOT NULL,
      customer_name_masked text,
      customer_name_enc text,
      customer_name_bidx text,
      customer_phone_masked text,
      customer_phone_enc text,
      customer_phone_bidx text,
      first_contact_resolution boolean,
      transfer_to_id uuid REFERENCES users(id),
      transfer_requested_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX cases_branch_created ON cases(branch_id, created_at DESC);
    CREATE INDEX cases_owner ON cases(owner_id, status);
    CREATE INDEX cases_phone_bidx ON cases(customer_phone_bidx) WHERE customer_phone_bidx IS NOT NULL;
    CREATE INDEX cases_name_bidx ON cases(customer_name_bidx) WHERE customer_name_bidx IS NOT NULL;
    CREATE TABLE case_sequences (
      kind text NOT NULL,
      branch_id uuid NOT NULL REFERENCES branches(id),
      day date NOT NULL,
      last_seq integer NOT NULL,
      PRIMARY KEY (kind, branch_id, day)
    );
    CREATE TABLE case_events (
      id bigserial PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      at timestamptz NOT NULL,
      actor_id uuid NOT NULL REFERENCES users(id),
      type text NOT NULL,
      note text,
      data jsonb NOT NULL DEFAULT '{}'
    );
    CREATE INDEX case_events_case ON case_events(case_id, id);
    CREATE TABLE idempotency_keys (
      actor_id uuid NOT NULL REFERENCES users(id),
      key text NOT NULL,
      request_hash text NOT NULL,
      status_code integer,
      response jsonb,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (actor_id, key)
    );
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_name text,
      action text NOT NULL,
      object_type text NOT NULL,
      object_id text,
      result text NOT NULL CHECK (result IN ('success','failure','denied')),
      request_id text,
      ip text,
      details jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL
    );
    CREATE INDEX audit_log_object ON audit_log(object_id);
    CREATE INDEX audit_log_actor ON audit_log(actor_id, id);
    -- Append-only (GB/T 22239-2019 level 3: audit records protected): the database itself refuses changes.
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
};
