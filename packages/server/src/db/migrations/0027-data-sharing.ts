import { type Kysely, sql } from 'kysely';

/**
 * Issue 18 part 2, seed 002 §七(四)2: requests to read another department's data, approved by its manager into a
 * time-limited read-only grant. An approved row is the grant: live while `now` is within [starts_at, ends_at) and it
 * is not revoked (checked at every read, so expiry needs no job). Kinds are those of domain/data-sharing/kinds.ts.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE data_share_requests (
      id uuid PRIMARY KEY,
      requester_id uuid NOT NULL REFERENCES users(id),
      requester_department_id uuid REFERENCES departments(id),
      data_kind text NOT NULL CHECK (data_kind IN ('cases','complaints','claimApplications')),
      branch_id uuid NOT NULL REFERENCES branches(id),
      purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      state text NOT NULL CHECK (state IN ('requested','approved','rejected','withdrawn','revoked')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text,
      revoked_by uuid REFERENCES users(id),
      revoked_at timestamptz,
      revoke_note text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version integer NOT NULL DEFAULT 0
    );
    -- Every case read looks up the reader's live grants: by requester, approved only.
    CREATE INDEX data_share_grants_live ON data_share_requests (requester_id, ends_at) WHERE state = 'approved';
    CREATE INDEX data_share_requests_branch ON data_share_requests (branch_id, state);
  `.execute(db);
};
