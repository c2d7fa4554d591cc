import type { Generated } from 'kysely';
import type {
  AssessmentTable,
  AssessmentTemplateTable,
  AssessmentVersionTable,
  TrainingAttendanceTable,
  TrainingCertificateTable,
  TrainingPlanTable,
  TrainingSessionTable,
} from './schema-assessment.ts';
import type { FraudTables } from './schema-fraud.ts';
import type { FrontDeskTables } from './schema-front-desk.ts';
import type { KnowledgeTables, TaskTables } from './schema-knowledge.ts';
import type { PolicyServiceTable } from './schema-policy-services.ts';
import type { DataShareRequestTable, DepartmentTable } from './schema-users.ts';

export type { DataShareRequestTable, DepartmentTable } from './schema-users.ts';

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
  // 0026 (issue #18)
  department_id: Generated<string | null>;
  version: Generated<number>;
  // 0033 (issue #17 part 5): a new agent needs the hotline courses before the hotline roster.
  training_required: Generated<boolean>;
};

export type SessionTable = {
  id_hash: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
};

/** Failures against user names that match no user (migration 0025), so both are answered alike. */
export type LoginThrottleTable = {
  name_key: string;
  failed_logins: number;
  locked_until: Date | null;
  updated_at: Date;
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
  /** 0036: what a consultation is about (domain/cases/categories.ts); null for other kinds. */
  category?: string | null;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
};

export type CaseSequenceTable = { kind: string; branch_id: string; day: string; last_seq: number };

export type CaseEventTable = {
  id: Generated<string>;
  case_id: string;
  at: Date;
  /** Null for events the system writes (the deadline sweeper). */
  actor_id: string | null;
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
  keyed: Generated<boolean>;
};

export type CalendarRowTable = {
  id: string;
  name: string;
  kind: 'national' | 'branch';
  branch_id: string | null;
  base_calendar_id: string | null;
  working_hours: unknown | null;
  weekend_days: number[] | null;
  published_years: number[];
  version: Generated<number>;
  updated_at: Date;
};

export type CalendarDayTable = { calendar_id: string; day: string; type: string; name: string };

export type DeadlineRuleTable = {
  id: string;
  kind: string;
  case_kind: string | null;
  starts_on: string;
  unit: string;
  amount: number;
  calendar_id: string | null;
  warn_before_minutes: number;
  escalation_chain: string[];
  escalate_every_minutes: number;
  met_by: string[];
  source: string;
  active: Generated<boolean>;
  updated_at: Date;
};

export type DeadlineTable = {
  id: string;
  case_id: string;
  kind: string;
  rule_id: string;
  rule: unknown;
  calendar_id: string | null;
  started_at: Date;
  due_at: Date;
  warn_at: Date | null;
  state: string;
  escalation_level: Generated<number>;
  warned_at: Date | null;
  breached_at: Date | null;
  last_escalated_at: Date | null;
  met_at: Date | null;
  calendar_not_published: boolean;
  next_action_at: Date | null;
  last_swept_at: Date | null;
  version: Generated<number>;
  created_at: Date;
  /** A stopped clock (complaint appraisal or mediation): no due time runs while set. */
  paused_at: Date | null;
  /** Time the clock was stopped, so far: the due time counts from started_at plus this. bigint → string. */
  clock_shift_ms: string;
};

export type NotificationTable = {
  id: string;
  user_id: string;
  case_id: string | null;
  deadline_id: string | null;
  kind: string;
  escalation_level: number;
  message_zh: string;
  message_en: string;
  created_at: Date;
  read_at: Date | null;
};

export type CatastropheEventTable = {
  id: string;
  code: string;
  name: string;
  area_branch_ids: string[];
  perils: string[];
  starts_at: Date;
  ends_at: Date | null;
  state: string;
  note: string | null;
  version: number;
  declared_by: string;
  created_at: Date;
  updated_at: Date;
};

export type CatastropheReportTable = {
  case_id: string;
  catastrophe_id: string;
  priority: number;
  people_at_risk: boolean;
  place: string;
  happened: string;
  policy_no: string | null;
  plate_masked: string | null;
  plate_enc: string | null;
  plate_bidx: string | null;
  completed_at: Date | null;
  created_at: Date;
};

export type Database = {
  branches: BranchTable;
  users: UserTable;
  login_throttle: LoginThrottleTable;
  sessions: SessionTable;
  settings: SettingTable;
  cases: CaseTable;
  case_sequences: CaseSequenceTable;
  case_events: CaseEventTable;
  idempotency_keys: IdempotencyKeyTable;
  audit_log: AuditLogTable;
  calendars: CalendarRowTable;
  calendar_days: CalendarDayTable;
  deadline_rules: DeadlineRuleTable;
  deadlines: DeadlineTable;
  notifications: NotificationTable;
  // claims (0003)
  policies: PolicyTable;
  // surrenders and endorsements (0036)
  policy_services: PolicyServiceTable;
  claim_reports: ClaimReportTable;
  survey_tasks: SurveyTaskTable;
  report_lookups: ReportLookupTable;
  policy_imports: PolicyImportTable;
  // 0004-scripts-calls
  script_packs: ScriptPackTable;
  guard_overrides: GuardOverrideTable;
  calls: CallTable;
  call_events: CallEventTable;
  call_cases: CallCaseTable;
  transcript_versions: TranscriptVersionTable;
  qa_score_history: QaScoreHistoryTable;
  qa_scorecards: QaScorecardTable;
  qa_reviews: QaReviewTable;
  // complaints (0005)
  complaints: ComplaintTable;
  complaint_approvals: ComplaintApprovalTable;
  complaint_routing_rules: ComplaintRoutingRuleTable;
  // complaint clock (0006)
  complaint_clock_stops: ComplaintClockStopTable;
  // claim applications (0012)
  claim_applications: ClaimApplicationTable;
  fraud_providers: FraudProviderTable;
  claim_approvals: ClaimApprovalTable;
  // duty roster (0013)
  duty_posts: DutyPostTable;
  duty_shift_templates: DutyShiftTemplateTable;
  duty_agent_skills: DutyAgentSkillsTable;
  duty_plans: DutyPlanTable;
  duty_assignments: DutyAssignmentTable;
  duty_leave_requests: DutyLeaveRequestTable;
  duty_swap_requests: DutySwapRequestTable;
  // shift hand-over, presence, equipment faults (0014)
  duty_handovers: DutyHandoverTable;
  presence_events: PresenceEventTable;
  duty_busy_line_episodes: DutyBusyLineEpisodeTable;
  agent_hook_events: AgentHookEventTable;
  equipment_faults: EquipmentFaultTable;
  // departments and data sharing (0026, 0027; issue #18)
  departments: DepartmentTable;
  data_share_requests: DataShareRequestTable;
  // assessment (0032) and training (0033), issue #17 parts 4–5
  assessment_templates: AssessmentTemplateTable;
  assessments: AssessmentTable;
  assessment_versions: AssessmentVersionTable;
  training_plans: TrainingPlanTable;
  training_sessions: TrainingSessionTable;
  training_attendance: TrainingAttendanceTable;
  training_certificates: TrainingCertificateTable;
  // free text holding personal data, sealed (0029; issue #18 part 6)
  sealed_texts: SealedTextTable;
  // typhoon mode (0049)
  catastrophe_events: CatastropheEventTable;
  catastrophe_reports: CatastropheReportTable;
  // display choices per person (0052; issue #21 part 4)
  user_preferences: UserPreferenceTable;
} & KnowledgeTables &
  TaskTables &
  FrontDeskTables &
  FraudTables;

export type UserPreferenceTable = {
  user_id: string;
  key: string;
  value: unknown;
  updated_at: Date;
};

export type SealedTextTable = {
  table_name: string;
  row_id: string;
  column_name: string;
  sealed: string;
  sealed_at: Date;
};

// ---- duty roster (0013) ----

export type DutyPostTable = {
  id: string;
  branch_id: string;
  kind: 'hotlineSeat' | 'claimsDesk' | 'complaints' | 'dutyLead';
  name_zh: string;
  name_en: string;
  skills: string[];
  /** '24x7' or [{ start, end }] local ranges (roster-types.ts Post.staffed). */
  staffed: unknown;
  min_agents: number;
  created_at: Date;
  updated_at: Date;
};

export type DutyShiftTemplateTable = {
  id: string;
  branch_id: string;
  post_id: string;
  code: string;
  start_time: string;
  end_time: string;
  skills: string[];
  created_at: Date;
  updated_at: Date;
};

export type DutyAgentSkillsTable = {
  user_id: string;
  skills: string[];
  max_hours_per_week: number;
  updated_at: Date;
};

export type DutyPlanTable = {
  id: string;
  branch_id: string;
  month: string;
  state: 'draft' | 'published';
  version: Generated<number>;
  published_at: Date | null;
  published_by: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
};

export type DutyAssignmentTable = {
  id: string;
  plan_id: string;
  user_id: string;
  shift_id: string;
  day: string;
  swap_replaces: string | null;
  swap_approved_by: string | null;
  created_at: Date;
};

export type DutyLeaveRequestTable = {
  id: string;
  branch_id: string;
  user_id: string;
  from_day: string;
  to_day: string;
  reason: string;
  replacement_id: string;
  state: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  created_at: Date;
};

export type DutySwapRequestTable = {
  id: string;
  branch_id: string;
  assignment_id: string;
  from_user_id: string;
  to_user_id: string;
  reason: string;
  state: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Date;
};

export type ComplaintClockStopTable = {
  id: string;
  case_id: string;
  reason: string;
  started_at: Date;
  started_by: string;
  note: string;
  notice_channel: string | null;
  ended_at: Date | null;
  ended_by: string | null;
  end_note: string | null;
};

// ---- claims (0003): policies, claim reports, look-ups, survey tasks, imports ----

export type PolicyTable = {
  id: string;
  /** When an endorsement last raised the sum insured (0053); read by the fraud signal afterSumRaise. */
  sum_insured_raised_at?: Date | null;
  policy_no: string;
  branch_id: string;
  product: string;
  line: string;
  covered_perils: string[];
  period_start: Date;
  period_end: Date;
  /** bigint arrives as a string from pg. */
  sum_insured_fen: string | number;
  deductible_fen: string | number;
  /** 免赔率 and 赔付比例 in basis points (0019); the column defaults are 0 and 10,000. */
  deductible_rate_bp: number;
  payout_ratio_bp: number;
  policyholder_name_masked: string;
  policyholder_name_enc: string;
  insured_name_masked: string;
  insured_name_enc: string;
  insured_name_bidx: string;
  insured_id_masked: string;
  insured_id_enc: string;
  insured_id_bidx: string;
  insured_phone_masked: string | null;
  insured_phone_enc: string | null;
  insured_phone_bidx: string | null;
  beneficiaries_masked: unknown;
  beneficiaries_enc: string | null;
  plate_masked: string | null;
  plate_enc: string | null;
  plate_bidx: string | null;
  source: string;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
};

export type ClaimReportTable = {
  case_id: string;
  policy_id: string;
  occurred_at: Date;
  place: string;
  cause: string;
  course: string;
  injury_degree: string;
  deaths: number;
  injured: number;
  measures: string;
  current_state: string;
  hospital: string | null;
  /** Optional provider facts for the fraud concentration signal (0040). */
  repair_shop: string | null;
  doctor: string | null;
  /** Keyed hashes of the normalised provider names (0053): what scoring and the link graph match. */
  hospital_key?: string | null;
  repair_shop_key?: string | null;
  doctor_key?: string | null;
  reporter_address_bidx: string | null;
  reporter_name_masked: string;
  reporter_name_enc: string;
  reporter_phone_masked: string;
  reporter_phone_enc: string;
  reporter_phone_bidx: string;
  reporter_address_masked: string | null;
  reporter_address_enc: string | null;
  reporter_relation: string;
  knew_at: Date;
  reported_at: Date;
  major_facts: unknown;
  check_ok: boolean;
  check_failures: unknown;
  notice_issued_at: Date | null;
  copies_archived: boolean;
  originals_returned: boolean;
  major: boolean;
  major_reasons: unknown;
  major_flagged_at: Date | null;
  major_reported_at: Date | null;
  major_report: unknown;
  /** Head office read the report (0013); null until then. */
  major_acknowledged_at: Date | null;
  major_acknowledged_by: string | null;
  scene_preservation: boolean;
  created_at: Date;
};

export type SurveyTaskTable = {
  id: string;
  case_id: string;
  kind: string;
  status: string;
  assigned_to: string;
  note: string;
  created_at: Date;
  done_at: Date | null;
};

export type ReportLookupTable = {
  id: string;
  at: Date;
  actor_id: string;
  branch_id: string;
  by: string;
  query_masked: string;
  matches: number;
  existing_reports: number;
  outcome: string | null;
  outcome_at: Date | null;
  case_id: string | null;
  /** 0011: the policies the look-up returned; a registration must name one of them. */
  policy_ids: string[];
  /** 0011: insured persons of the name looked up (1 for other kinds); over 1 asks for the ID number. */
  insured_persons: number;
};

export type PolicyImportTable = {
  id: string;
  actor_id: string;
  file_name: string;
  format: string;
  status: string;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  rejected: Generated<number>;
  errors: unknown;
  started_at: Date;
  finished_at: Date | null;
};

// 0004-scripts-calls (C8)
export type ScriptPackTable = {
  kind: 'forbidden' | 'standard' | 'qa';
  version: number;
  data: unknown;
  note: string | null;
  created_by: string;
  created_at: Date;
};

export type GuardOverrideTable = {
  id: string;
  at: Date;
  actor_id: string;
  branch_id: string;
  case_id: string | null;
  field: string;
  reason: string;
  hits: unknown;
  pack_version: number;
};

export type CallTable = {
  id: string;
  call_id: string;
  branch_id: string;
  direction: 'inbound' | 'outbound';
  queue: string | null;
  line_name: string;
  caller_masked: string | null;
  caller_enc: string | null;
  caller_bidx: string | null;
  agent_id: string | null;
  state: 'ringing' | 'answered' | 'ended';
  events: string[];
  ring_started_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
  hung_up_by: 'customer' | 'agent' | 'system' | null;
  rings: number | null;
  answered_within_rings: boolean | null;
  silent_log: unknown | null;
  simulated: boolean;
  created_at: Date;
  updated_at: Date;
};

export type CallEventTable = {
  id: Generated<string>;
  call_id: string;
  event: string;
  at: Date;
  received_at: Date;
  payload: unknown;
};

export type CallCaseTable = { call_id: string; case_id: string; linked_by: string; linked_at: Date };

/** One version of a call's transcript (migration 0017); never updated, a correction is a new version. */
export type TranscriptVersionTable = {
  call_id: string;
  version: number;
  turns_enc: string;
  turn_count: number;
  source: 'cti' | 'reviewer' | 'simulator' | 'api' | 'upload';
  added_by: string | null;
  added_at: Date;
  reason: string | null;
  score: number | null;
};

/** Every (re)scoring of a call, append-only (migration 0017). */
export type QaScoreHistoryTable = {
  id: Generated<string>;
  call_id: string;
  at: Date;
  cause: 'transcript' | 'hangUp' | 'ctiEvent' | 'caseLinked' | 'silentProtocol' | 'review' | 'migrated';
  actor_id: string | null;
  transcript_version: number | null;
  reason: string | null;
  score_before: number | null;
  score_after: number | null;
};

export type QaScorecardTable = {
  call_id: string;
  agent_id: string | null;
  branch_id: string;
  config_version: number;
  phrase_version: number;
  auto_card: unknown;
  auto_score: number | null;
  card: unknown;
  score: number | null;
  hit_count: number;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  version: Generated<number>;
  scored_at: Date;
};

export type QaReviewTable = {
  id: string;
  call_id: string;
  reviewer_id: string;
  at: Date;
  overrides: unknown;
  score_before: number | null;
  score_after: number | null;
};

export type ComplaintTable = {
  case_id: string;
  state: string;
  source: string;
  regulator_ref: string | null;
  product: string;
  policy_no: string | null;
  category: string;
  request: string;
  apology_given: boolean;
  committed_reply_hours: number | null;
  complained_user_id: string | null;
  urgency: string | null;
  complexity: string | null;
  handler_role: string | null;
  extension_stage: Generated<number>;
  decision: string | null;
  remedy: string | null;
  /** numeric arrives as a string */
  remedy_amount: string | number | null;
  decided_at: Date | null;
  decided_by: string | null;
  informed_at: Date | null;
  informed_channel: string | null;
  callback_score: number | null;
  callback_comment: string | null;
  callback_at: Date | null;
  reopen_count: Generated<number>;
  updated_at: Date;
  // 0007: art. 19 letter contents and art. 15 withdrawal; optional on insert.
  decision_findings: Generated<string | null>;
  decision_basis: Generated<string | null>;
  withdrawn_at: Generated<Date | null>;
  withdrawn_channel: Generated<string | null>;
  // 0008: art. 29 major complaints, art. 12 representatives.
  complainant_count: Generated<number>;
  representatives: Generated<number | null>;
  disaster_related: Generated<boolean>;
  regulator_designated: Generated<boolean>;
  major_reasons: Generated<string[]>;
  // 0010: art. 20 review (核查) by the institution above.
  review_requested_at: Generated<Date | null>;
  review_requested_by: Generated<string | null>;
  review_request: Generated<string | null>;
  review_channel: Generated<string | null>;
  review_outcome: Generated<'upheld' | 'changed' | null>;
  review_findings: Generated<string | null>;
  reviewed_by: Generated<string | null>;
  reviewed_at: Generated<Date | null>;
};

export type ComplaintApprovalTable = {
  id: string;
  case_id: string;
  kind: 'extension' | 'decision';
  required_level: string;
  requested_by: string;
  requested_at: Date;
  amount: string | number | null;
  stage: number | null;
  note: string | null;
  notice_channel: string | null;
  outcome: 'approved' | 'rejected' | 'withdrawn' | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
};

export type ComplaintRoutingRuleTable = {
  id: string;
  branch_id: string | null;
  product: string | null;
  category: string | null;
  assignee_id: string | null;
  priority: number;
  active: Generated<boolean>;
  updated_at: Date;
};

export type ClaimApplicationTable = {
  case_id: string;
  report_case_id: string | null;
  policy_id: string;
  state: string;
  claim_type: string;
  relation: string;
  applicant_name_masked: string;
  applicant_name_enc: string;
  applicant_name_bidx: string;
  applicant_id_masked: string;
  applicant_id_enc: string;
  applicant_id_bidx: string;
  applicant_phone_masked: string;
  applicant_phone_enc: string;
  applicant_phone_bidx: string;
  /** The payee's bank account (0053): sealed, masked, and keyed for the shared-payee signal. */
  payee_account_masked?: string | null;
  payee_account_enc?: string | null;
  payee_account_bidx?: string | null;
  insured_incapacitated: boolean;
  entitlement_basis: string;
  checklist_version: number;
  /** ApplicationDocument[] (domain/claim-applications/checklist.ts). */
  documents: unknown;
  missing_notice: unknown;
  missing_notice_at: Date | null;
  complete_at: Date | null;
  handover: unknown;
  handed_over_at: Date | null;
  receipt: unknown;
  receipt_confirmed_at: Date | null;
  assessment: string | null;
  assessed_amount_fen: string | number | null;
  assessed_at: Date | null;
  decision: 'pay' | 'refuse' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  paid_at: Date | null;
  refused_at: Date | null;
  archived_at: Date | null;
  /** PayoutResult with its input (0015). */
  payout: unknown;
  payout_fen: string | number | null;
  /** ClaimDecision (domain/claim-applications/decision.ts) (0015). */
  decision_detail: unknown;
  /** The advance payment of Insurance Law art. 25 (0019): amount, and { payee, basis, by } as stored. */
  advance_fen: Generated<string | number | null>;
  advance_payment: Generated<unknown>;
  advance_paid_at: Generated<Date | null>;
  /** The documents' progress (checklist.ts satisfied), kept with them for the board (0019). */
  documents_satisfied: Generated<number>;
  documents_total: Generated<number>;
  created_at: Date;
  updated_at: Date;
};

export type ClaimApprovalTable = {
  id: string;
  case_id: string;
  required_level: string;
  amount_fen: string | number;
  decision: unknown;
  requested_by: string;
  requested_at: Date;
  outcome: 'approved' | 'rejected' | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
};

// 0014-duty-handover (issue #16 parts 5–8)
export type DutyHandoverTable = {
  id: string;
  branch_id: string;
  post: string;
  /** The outgoing shift is [outgoing_start, shift_start): its statistics; the incoming one [shift_start, shift_end). */
  outgoing_start: Date;
  shift_start: Date;
  shift_end: Date;
  outgoing_user_id: string;
  incoming_user_id: string;
  state: Generated<string>;
  version: Generated<number>;
  checked_in_at: Date | null;
  late_minutes: number | null;
  /** PreShiftChecklist (domain/duty/handover.machine.ts) with who ticked it and when. */
  checklist: unknown;
  /** ShiftStatistics (domain/duty/shift-statistics.ts). */
  statistics: unknown;
  /** HandoverOpenItem[]: the 未尽事宜 handed over. */
  open_items: unknown;
  statistics_at: Date | null;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  signed_at: Date | null;
  signed_by: string | null;
  closed_at: Date | null;
  escalated_at: Date | null;
  escalated_by: string | null;
  /** 0020: when the sweeper told the manager the incoming agent had not confirmed (第十一条), once. */
  relief_escalated_at: Generated<Date | null>;
  /** 0020: the roster assignments handed over between (the published plan's shift and post). */
  outgoing_assignment_id: Generated<string | null>;
  incoming_assignment_id: Generated<string | null>;
  note: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
};

export type PresenceEventTable = {
  id: string;
  user_id: string;
  branch_id: string;
  state: 'ready' | 'notReady' | 'break' | 'meal' | 'offline';
  at: Date;
  source: 'console' | 'cti';
};

export type EquipmentFaultTable = {
  id: string;
  branch_id: string;
  reported_by: string;
  reported_at: Date;
  equipment: string;
  location: string;
  description: string;
  status: Generated<'reported' | 'repairing' | 'fixed'>;
  /** RepairEntry[]: each status change with who, when and what was done. */
  repair_record: unknown;
  handover_id: string | null;
  fixed_at: Date | null;
  version: Generated<number>;
  updated_at: Date;
};

// ---- line watch (0020) ----

export type DutyBusyLineEpisodeTable = {
  id: string;
  branch_id: string;
  raised_at: Date;
  cleared_at: Date | null;
  queued: number;
  offered: number;
  abandoned: number;
  peak_queued: number;
  notified: number;
};

export type AgentHookEventTable = {
  id: string;
  user_id: string;
  branch_id: string;
  event: 'offHook' | 'onHook';
  at: Date;
  received_at: Date;
};

/** The head-office list of repair shops and hospitals offered at intake (0053). */
export type FraudProviderTable = {
  id: string;
  kind: string;
  name: string;
  name_key: string;
  added_by: string | null;
  added_at: Date;
};
