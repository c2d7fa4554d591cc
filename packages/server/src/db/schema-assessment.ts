import type { Generated } from 'kysely';

// ---- assessment (0032) and training (0033), issue #17 parts 4–5 ----

export type AssessmentTemplateTable = {
  id: string;
  template_key: string;
  version: number;
  branch_id: string | null;
  period_kind: 'month' | 'quarter';
  name_zh: string;
  name_en: string;
  items: unknown;
  note: string | null;
  created_by: string;
  created_at: Date;
};

export type AssessmentTable = {
  id: string;
  agent_id: string;
  branch_id: string;
  template_id: string;
  period_kind: string;
  period_key: string;
  state: string;
  version: Generated<number>;
  kpi_values: unknown;
  self_review: unknown;
  qualitative: Generated<unknown>;
  lead_comment: string | null;
  reviewed_by: string | null;
  items: unknown;
  total: number | null;
  suggested_training: Generated<string[]>;
  signed_by: string | null;
  signed_at: Date | null;
  appeal_until: Date | null;
  appeal_text: string | null;
  appeal_decision: string | null;
  score_version: Generated<number>;
  created_by: string;
  created_at: Date;
  updated_at: Date;
};

export type AssessmentVersionTable = {
  assessment_id: string;
  score_version: number;
  qualitative: unknown;
  items: unknown;
  total: number | null;
  reason: string;
  by_user: string;
  at: Date;
};

export type TrainingPlanTable = {
  id: string;
  branch_id: string;
  year: number;
  title: string;
  goals: string;
  content: string;
  schedule: string;
  created_by: string;
  created_at: Date;
};

export type TrainingSessionTable = {
  id: string;
  plan_id: string | null;
  branch_id: string;
  topic: string;
  title: string;
  day: string;
  place: Generated<string>;
  trainer: Generated<string>;
  created_by: string;
  created_at: Date;
};

export type TrainingAttendanceTable = {
  session_id: string;
  user_id: string;
  attended: boolean;
  exam_score: number | null;
  recorded_by: string;
  recorded_at: Date;
};

export type TrainingCertificateTable = {
  id: string;
  user_id: string;
  topic: string;
  session_id: string | null;
  issued_on: string;
  expires_on: string;
  created_at: Date;
};
