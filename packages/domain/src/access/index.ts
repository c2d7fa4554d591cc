/** Roles of PRODUCT.md C11 / seed 002 §二; one code name each (GLOSSARY). */
export const ROLES = [
  'agent',
  'teamLead',
  'supervisor',
  'serviceManager',
  'claimsHandler',
  'branchAdmin',
  'headOffice',
  'auditor',
  'sysAdmin',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'case.read',
  'case.create',
  'case.work',
  'case.supervise',
  'case.transfer',
  'audit.read',
  'user.read',
  'user.manage',
  'branch.read',
  'personal.reveal',
  'calendar.manage',
  // C8 (issue #5): scripts, guard, calls, QA
  'script.read',
  'script.manage',
  'call.read',
  'call.work',
  'cti.feed',
  'qa.review',
  // Issue #4 policies: import the insurer's policy data (customer data) into the branch subtree.
  'policy.import',
  // Issue #4: the company-wide claim-report rules (major-case thresholds, windows, time limits).
  'claimRules.manage',
  // Issue #6: the company-wide complaint rules (clock, classification, authority) and the routing rules.
  'complaintRules.manage',
  // Issue #16: the duty roster. Seed 000 第一条: 客户服务管理岗 draws up the duty plan; everyone on the line reads it.
  'duty.plan',
  'duty.read',
  // Issue #14: the inbox of major claim reports that branches owe head office (seed 003 重大案件).
  'majorCase.review',
  // Issue #16: the shift hand-over, my presence and the equipment-fault log (seed 000 第九条–第十一条, seed 002 §八).
  'handover.work',
  // Issue #20: the knowledge base. Everyone on the line reads it; 客户服务管理岗 and head office maintain it.
  'knowledge.read',
  'knowledge.manage',
  // Issue #18: the departments (an organisation dimension) are kept by the system administrator.
  'department.manage',
  // Issue #18, seed 002 §七(四)2: ask another department for its data; its manager approves.
  'dataShare.request',
  'dataShare.approve',
  // Issue #17: KPIs and the home pages: one's own figures, and a team's or branch's (leads and above).
  'kpi.read',
  'kpi.team',
  // Issue #17 parts 4–5 (seed 002 §四–§五): training records, assessments, their templates.
  'training.read',
  'training.manage',
  'assessment.read',
  'assessment.open',
  'assessment.template',
  // Issue #15 (seed 004 §二): the walk-in counter (前台接待); its explanation library is kept by service managers.
  'visit.work',
  'visit.library',
  // Issue #19 part 5: head office declares, activates and closes catastrophe events (typhoon mode).
  'catastrophe.manage',
  // Issue 22 parts 2 and 6 (seed 004 四.9–10): the link graph of claims (反欺诈) and the service analytics (服务优化).
  'fraudGraph.read',
  'fraudGraph.rebuild',
  'analytics.read',
  // Issue #22 (seed 004 §四.10 反欺诈): investigate flagged claims; manage = assign, approve conclusions, tune signals.
  'fraud.investigate',
  'fraud.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const FRONT_LINE: Permission[] = [
  'case.read',
  'case.create',
  'case.work',
  'case.transfer',
  'user.read',
  'branch.read',
  'personal.reveal',
  'script.read',
  'call.read',
  'call.work',
  'duty.read',
  'knowledge.read',
  'dataShare.request',
  'training.read',
  'assessment.read',
  'visit.work',
];
// QA review and calibration (C8) is a team lead's and a supervisor's job.
// training.manage: §二(二)4 组长定期组织小组内部培训; §四(一)1 the supervisor's yearly plan.
const LEADS: Permission[] = [
  ...FRONT_LINE,
  'case.supervise',
  'qa.review',
  'kpi.read',
  'kpi.team',
  'training.manage',
];

/**
 * The one permission table (seed 002 §七: least privilege). Auditors read, never write; the system
 * administrator manages accounts but sees no customer case (separation of duties, GB/T 22239 level 3).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // handover.work: the agents on the hotline posts and the leads who watch the posts hand over (seed 000 第十条).
  agent: [...FRONT_LINE, 'handover.work', 'kpi.read'],
  teamLead: [...LEADS, 'handover.work'],
  // majorCase.review: a head-office supervisor is told of major cases too; in a branch it shows that subtree.
  // dataShare.approve: the owning department's manager decides on sharing its data (seed 002 §七(四)2).
  // assessment.open: §二(三)2 客服主管负责…绩效考核.
  // fraudGraph.read, analytics.read: seed 004 四.9–10 (服务优化, 反欺诈) for the department's head.
  supervisor: [
    ...LEADS,
    'majorCase.review',
    'handover.work',
    'dataShare.approve',
    'assessment.open',
    'fraudGraph.read',
    'analytics.read',
  ],
  // 客户服务管理岗 owns the service standards: the phrase packs and the QA scorecard (C8).
  // duty.plan: seed 000 第一条 "客户服务管理岗…制定值班计划".
  // assessment.template: the service manager (or head office) keeps the assessment templates.
  serviceManager: [
    ...LEADS,
    'script.manage',
    'duty.plan',
    'handover.work',
    'dataShare.approve',
    'knowledge.manage',
    'assessment.open',
    'assessment.template',
    'visit.library',
    'analytics.read',
  ],
  // fraudGraph.read, fraud.investigate: 理赔调查 and 反欺诈 are the claims service post's work (seed 004 §四.2, §四.10).
  claimsHandler: [...FRONT_LINE, 'fraudGraph.read', 'fraud.investigate'],
  // cti.feed: the account a PBX integration signs in with (C8) is administered per branch.
  branchAdmin: [...LEADS, 'user.manage', 'calendar.manage', 'cti.feed', 'policy.import'],
  // claimRules.manage: the rules apply to every branch, and major cases are reported to head office (seed 003).
  // complaintRules.manage: one complaint policy for the company; the Measures' extension needs head office.
  headOffice: [
    ...LEADS,
    'audit.read',
    'calendar.manage',
    'script.manage',
    'cti.feed',
    'policy.import',
    'claimRules.manage',
    'complaintRules.manage',
    'duty.plan',
    'majorCase.review',
    'knowledge.manage',
    'assessment.open',
    'assessment.template',
    'visit.library',
    'catastrophe.manage',
    'fraudGraph.read',
    'fraudGraph.rebuild',
    'analytics.read',
    // Anti-fraud is decided company-wide: head office assigns, approves conclusions and tunes the signals.
    'fraud.investigate',
    'fraud.manage',
  ],
  auditor: ['case.read', 'audit.read', 'user.read', 'branch.read', 'script.read', 'call.read'],
  // Calendars hold no customer data; keeping them current (C7) is an administration duty.
  sysAdmin: ['user.read', 'user.manage', 'branch.read', 'audit.read', 'calendar.manage', 'department.manage'],
};

export const can = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);

/**
 * Branch scope: an actor sees its own branch and every branch below it (head office → branch → sub-branch).
 * `path` is the materialised path of codes, e.g. "/HO/BJ/BJ01/".
 */
export const inScope = (actorBranchPath: string, recordBranchPath: string): boolean =>
  recordBranchPath.startsWith(actorBranchPath);
