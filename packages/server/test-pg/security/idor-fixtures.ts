import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

/**
 * The records the IDOR matrix (idor-matrix.test.ts) aims at: for each kind, the SQL that lists its rows with the
 * code of the branch they belong to. The matrix takes one row in BJ (own) and one in SH (its sibling).
 * `global` kinds belong to no branch (departments, script packs): only the permission is checked for them.
 */
export type RecordKind = {
  /** Rows as (id, branch code); null for kinds that belong to no branch. */
  rows: string | null;
  /** A text only the record's own answer carries (its number, its name): must never appear in another branch's answer. */
  tell?: string;
};

export const RECORD_KINDS: Record<string, RecordKind> = {
  case: {
    rows: "SELECT c.id::text AS id, b.code, c.number AS tell FROM cases c JOIN branches b ON b.id = c.branch_id WHERE c.kind = 'consultation'",
  },
  complaint: {
    rows: 'SELECT c.id::text AS id, b.code, c.number AS tell FROM complaints x JOIN cases c ON c.id = x.case_id JOIN branches b ON b.id = c.branch_id',
  },
  claimReport: {
    rows: 'SELECT c.id::text AS id, b.code, c.number AS tell FROM claim_reports x JOIN cases c ON c.id = x.case_id JOIN branches b ON b.id = c.branch_id',
  },
  claimApplication: {
    rows: 'SELECT c.id::text AS id, b.code, c.number AS tell FROM claim_applications x JOIN cases c ON c.id = x.case_id JOIN branches b ON b.id = c.branch_id',
  },
  policyService: {
    rows: 'SELECT c.id::text AS id, b.code, c.number AS tell FROM policy_services x JOIN cases c ON c.id = x.case_id JOIN branches b ON b.id = c.branch_id',
  },
  lookup: {
    rows: 'SELECT x.id::text AS id, b.code FROM report_lookups x JOIN branches b ON b.id = x.branch_id',
  },
  call: { rows: 'SELECT x.id::text AS id, b.code FROM calls x JOIN branches b ON b.id = x.branch_id' },
  handover: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_handovers x JOIN branches b ON b.id = x.branch_id',
  },
  equipmentFault: {
    rows: 'SELECT x.id::text AS id, b.code FROM equipment_faults x JOIN branches b ON b.id = x.branch_id',
  },
  dutyPlan: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_plans x JOIN branches b ON b.id = x.branch_id',
  },
  dutyPost: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_posts x JOIN branches b ON b.id = x.branch_id',
  },
  dutyShift: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_shift_templates x JOIN branches b ON b.id = x.branch_id',
  },
  dutyLeave: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_leave_requests x JOIN branches b ON b.id = x.branch_id',
  },
  dutySwap: {
    rows: 'SELECT x.id::text AS id, b.code FROM duty_swap_requests x JOIN branches b ON b.id = x.branch_id',
  },
  agent: {
    rows: "SELECT u.id::text AS id, b.code, u.username AS tell FROM users u JOIN branches b ON b.id = u.branch_id WHERE u.role = 'agent'",
  },
  user: {
    rows: "SELECT u.id::text AS id, b.code, u.username AS tell FROM users u JOIN branches b ON b.id = u.branch_id WHERE u.role = 'agent'",
  },
  policyImport: {
    rows: 'SELECT x.id::text AS id, b.code FROM policy_imports x JOIN users u ON u.id = x.actor_id JOIN branches b ON b.id = u.branch_id',
  },
  dataShareRequest: {
    rows: 'SELECT x.id::text AS id, b.code FROM data_share_requests x JOIN users u ON u.id = x.requester_id JOIN branches b ON b.id = u.branch_id',
  },
  notification: {
    rows: 'SELECT x.id::text AS id, b.code FROM notifications x JOIN users u ON u.id = x.user_id JOIN branches b ON b.id = u.branch_id',
  },
  calendar: {
    rows: "SELECT x.id::text AS id, b.code FROM calendars x JOIN branches b ON b.id = x.branch_id WHERE x.kind = 'branch'",
  },
  routingRule: {
    rows: 'SELECT x.id::text AS id, b.code FROM complaint_routing_rules x JOIN branches b ON b.id = x.branch_id',
  },
  knowledgeArticle: {
    rows: 'SELECT x.id::text AS id, b.code FROM knowledge_articles x JOIN branches b ON b.id = x.branch_id',
  },
  knowledgeQuestion: {
    rows: 'SELECT x.id::text AS id, b.code FROM knowledge_questions x JOIN branches b ON b.id = x.branch_id',
  },
  knowledgeQuiz: {
    rows: 'SELECT x.id::text AS id, b.code FROM knowledge_quizzes x JOIN branches b ON b.id = x.branch_id',
  },
  task: { rows: 'SELECT x.id::text AS id, b.code FROM team_tasks x JOIN branches b ON b.id = x.branch_id' },
  assessment: {
    rows: 'SELECT x.id::text AS id, b.code FROM assessments x JOIN branches b ON b.id = x.branch_id',
  },
  trainingSession: {
    rows: 'SELECT x.id::text AS id, b.code FROM training_sessions x JOIN branches b ON b.id = x.branch_id',
  },
  visit: {
    rows: 'SELECT x.id::text AS id, b.code FROM visits x JOIN branches b ON b.id = x.branch_id',
  },
  visitExplanation: {
    rows: 'SELECT x.id::text AS id, b.code FROM visit_explanations x JOIN branches b ON b.id = x.branch_id',
  },
  catastrophe: {
    rows: 'SELECT x.id::text AS id, b.code, x.code AS tell FROM catastrophe_events x JOIN branches b ON b.id = x.area_branch_ids[1]',
  },
  fraudInvestigation: {
    rows: 'SELECT x.id::text AS id, b.code, c.number AS tell FROM fraud_investigations x JOIN cases c ON c.id = x.case_id JOIN branches b ON b.id = x.branch_id',
  },
  // Export jobs live in the memory of the node that runs them and belong to one person, not a branch: only the
  // permission is checked here; that another person's job answers 404 is in export.test.ts.
  // A ring is seen where any of its claims' branches is in scope; the fixtures are rings of one branch.
  fraudRing: {
    rows: 'SELECT r.id::text AS id, b.code FROM fraud_rings r JOIN branches b ON b.id = r.branch_ids[1] WHERE cardinality(r.branch_ids) = 1',
  },
  exportJob: { rows: null },
  department: { rows: null },
  scriptPack: { rows: null },
};

/** Which kind each id-taking route aims at, by its path (first match wins). Every such route must match one. */
export const ROUTE_KINDS: [RegExp, string][] = [
  [/^\/api\/cases\/:id/, 'case'],
  [/^\/api\/knowledge\/cases\/:id/, 'case'],
  [/^\/api\/knowledge\/articles\/:id/, 'knowledgeArticle'],
  [/^\/api\/knowledge\/questions\/:id/, 'knowledgeQuestion'],
  [/^\/api\/knowledge\/quizzes\/:id/, 'knowledgeQuiz'],
  [/^\/api\/tasks\/:id/, 'task'],
  [/^\/api\/assessments\/:id/, 'assessment'],
  [/^\/api\/training\/sessions\/:id/, 'trainingSession'],
  [/^\/api\/export-jobs\/:id/, 'exportJob'],
  [/^\/api\/front-desk\/visits\/:id/, 'visit'],
  [/^\/api\/front-desk\/explanations\/:id/, 'visitExplanation'],
  [/^\/api\/complaints\/routing-rules\/:id/, 'routingRule'],
  [/^\/api\/complaints\/:id/, 'complaint'],
  [/^\/api\/claim-reports\/lookups\/:id/, 'lookup'],
  [/^\/api\/claim-reports\/:caseId/, 'claimReport'],
  [/^\/api\/claim-applications\/:id/, 'claimApplication'],
  [/^\/api\/policy-services\/:id/, 'policyService'],
  [/^\/api\/calls\/:id/, 'call'],
  [/^\/api\/handovers\/:id/, 'handover'],
  [/^\/api\/equipment-faults\/:id/, 'equipmentFault'],
  [/^\/api\/duty\/plans\/:id/, 'dutyPlan'],
  [/^\/api\/duty\/posts\/:id/, 'dutyPost'],
  [/^\/api\/duty\/shifts\/:id/, 'dutyShift'],
  [/^\/api\/duty\/leave\/:id/, 'dutyLeave'],
  [/^\/api\/duty\/swaps\/:id/, 'dutySwap'],
  [/^\/api\/duty\/agents\/:id/, 'agent'],
  [/^\/api\/admin\/users\/:id/, 'user'],
  [/^\/api\/admin\/departments\/:id/, 'department'],
  [/^\/api\/policy-imports\/:id/, 'policyImport'],
  [/^\/api\/data-sharing\/requests\/:id/, 'dataShareRequest'],
  [/^\/api\/notifications\/:id/, 'notification'],
  [/^\/api\/calendars\/:id/, 'calendar'],
  [/^\/api\/fraud-graph\/rings\/:id/, 'fraudRing'],
  [/^\/api\/scripts\/packs\/:kind/, 'scriptPack'],
  [/^\/api\/catastrophes\/:id/, 'catastrophe'],
  [/^\/api\/fraud\/cases\/:caseId/, 'claimReport'],
  [/^\/api\/fraud\/investigations\/:id/, 'fraudInvestigation'],
];

/** Values for the second parameter of a path; the first is the record's id. */
export const OTHER_PARAMS: Record<string, string> = {
  day: '2026-12-25',
  assignmentId: '00000000-0000-4000-8000-000000000001',
  version: '1',
  kind: 'consultation',
  versionNo: '1',
  attachmentId: '00000000-0000-4000-8000-000000000002',
};

export type Fixture = { id: string; tell: string | null };

/** One record of the kind in the given branch (its sub-branches count: they are within its tree). */
export const fixtureIn = async (db: Db, kind: string, branch: 'BJ' | 'SH'): Promise<Fixture | null> => {
  const spec = RECORD_KINDS[kind];
  if (!spec?.rows) return null;
  const r = await sql<{ id: string; code: string; tell?: string }>`SELECT * FROM (${sql.raw(spec.rows)}) q
    WHERE q.code LIKE ${`${branch}%`} ORDER BY q.id LIMIT 1`.execute(db);
  const row = r.rows[0];
  return row ? { id: row.id, tell: row.tell ?? null } : null;
};
