import type { Generated } from 'kysely';

export type BranchTable = {
  id: string;
  code: string;
  name: string;
  name_en: string;
  parent_id: string | null;
  path: string;
  created_at: Date;
};

export type UserTable = {
  id: string;
  username: string;
  display_name: string;
  agent_no: string | null;
  role: string;
  branch_id: string;
  password_hash: string;
  must_change_password: boolean;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  active: Generated<boolean>;
  created_at: Date;
};

export type SessionTable = {
  id_hash: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
};

export type SettingTable = { key: string; value: unknown; updated_at: Date };

export type CaseTable = {
  id: string;
  number: string;
  kind: string;
  channel: string;
  branch_id: string;
  owner_id: string;
  created_by: string;
  status: string;
  subject: string;
  description: string;
  customer_name_masked: string | null;
  customer_name_enc: string | null;
  customer_name_bidx: string | null;
  customer_phone_masked: string | null;
  customer_phone_enc: string | null;
  customer_phone_bidx: string | null;
  first_contact_resolution: boolean | null;
  transfer_to_id: string | null;
  transfer_requested_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
};

export type CaseSequenceTable = { kind: string; branch_id: string; day: string; last_seq: number };

export type CaseEventTable = {
  id: Generated<string>;
  case_id: string;
  at: Date;
  actor_id: string;
  type: string;
  note: string | null;
  data: Generated<unknown>;
};

export type IdempotencyKeyTable = {
  actor_id: string;
  key: string;
  request_hash: string;
  status_code: number | null;
  response: unknown | null;
  created_at: Date;
};

export type AuditLogTable = {
  id: Generated<string>;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  request_id: string | null;
  ip: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
};

export type Database = {
  branches: BranchTable;
  users: UserTable;
  sessions: SessionTable;
  settings: SettingTable;
  cases: CaseTable;
  case_sequences: CaseSequenceTable;
  case_events: CaseEventTable;
  idempotency_keys: IdempotencyKeyTable;
  audit_log: AuditLogTable;
};
