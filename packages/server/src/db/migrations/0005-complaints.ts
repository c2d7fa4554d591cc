import { type Kysely, type QueryExecutorProvider, sql } from 'kysely';

/**
 * Complaints (C6): one row per complaint case with the complaint-only fields, the approval records (extensions
 * and decisions above the handler's authority) and the routing rules. Number, timeline, deadlines, audit and
 * personal data stay on the case.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE complaints (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      state text NOT NULL CHECK (state IN ('received','classified','assigned','investigating','extensionRequested',
        'extended','decisionProposed','decided','informed','calledBack','closed')),
      source text NOT NULL CHECK (source IN ('customer','regulator')),
      regulator_ref text,
      product text NOT NULL,
      policy_no text,
      category text NOT NULL,
      request text NOT NULL,
      apology_given boolean NOT NULL,
      committed_reply_hours integer CHECK (committed_reply_hours > 0),
      complained_user_id uuid REFERENCES users(id),
      urgency text CHECK (urgency IN ('normal','urgent','critical')),
      complexity text CHECK (complexity IN ('simple','complex','veryComplex')),
      handler_role text CHECK (handler_role IN ('agent','teamLead','supervisor')),
      extension_stage integer NOT NULL DEFAULT 0 CHECK (extension_stage BETWEEN 0 AND 2),
      decision text,
      remedy text,
      remedy_amount numeric(14,2) CHECK (remedy_amount >= 0),
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id),
      informed_at timestamptz,
      informed_channel text,
      callback_score integer CHECK (callback_score BETWEEN 1 AND 5),
      callback_comment text,
      callback_at timestamptz,
      reopen_count integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX complaints_state ON complaints(state);
    CREATE TABLE complaint_approvals (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('extension','decision')),
      required_level text NOT NULL CHECK (required_level IN ('teamLead','supervisor','branch','headOffice')),
      requested_by uuid NOT NULL REFERENCES users(id),
      requested_at timestamptz NOT NULL,
      amount numeric(14,2),
      stage integer,
      note text,
      notice_channel text,
      outcome text CHECK (outcome IN ('approved','rejected')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text
    );
    -- At most one open approval per complaint: the flow waits on it.
    CREATE UNIQUE INDEX complaint_approvals_pending ON complaint_approvals(case_id) WHERE outcome IS NULL;
    CREATE INDEX complaint_approvals_open ON complaint_approvals(requested_at) WHERE outcome IS NULL;
    CREATE TABLE complaint_routing_rules (
      id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,40}$'),
      branch_id uuid REFERENCES branches(id),
      product text,
      category text,
      assignee_id uuid REFERENCES users(id),
      priority integer NOT NULL DEFAULT 100,
      active boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL
    );
    -- The decision limit is met when the complainant is told (办法 2020: 作出处理决定并告知投诉人).
    UPDATE deadline_rules SET met_by = '{inform}' WHERE id = 'complaint-decision';
  `.execute(db);
  await backfillComplaints(db);
};

/** Complaint cases registered before this table get a record in the state their case status implies. */
export const backfillComplaints = async (db: QueryExecutorProvider) => {
  await sql`
    INSERT INTO complaints (case_id, state, source, product, category, request, apology_given, updated_at)
    SELECT c.id,
           CASE c.status WHEN 'new' THEN 'received' WHEN 'closed' THEN 'closed'
                         WHEN 'resolved' THEN 'decided' ELSE 'investigating' END,
           'customer', '', 'other', '', false, c.updated_at
      FROM cases c
     WHERE c.kind = 'complaint' AND NOT EXISTS (SELECT 1 FROM complaints x WHERE x.case_id = c.id)`.execute(
    db,
  );
};
