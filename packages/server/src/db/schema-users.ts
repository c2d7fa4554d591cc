import type { Generated } from 'kysely';

// ---- departments (0026) and data-sharing requests (0027), issue #18 ----

export type DepartmentTable = {
  id: string;
  code: string;
  name: string;
  name_en: string;
  active: Generated<boolean>;
  created_at: Date;
  updated_at: Date;
  version: Generated<number>;
};

export type DataShareRequestTable = {
  id: string;
  requester_id: string;
  requester_department_id: string | null;
  data_kind: string;
  branch_id: string;
  purpose: string;
  starts_at: Date;
  ends_at: Date;
  state: string;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  revoked_by: string | null;
  revoked_at: Date | null;
  revoke_note: string | null;
  created_at: Date;
  updated_at: Date;
  version: Generated<number>;
};
