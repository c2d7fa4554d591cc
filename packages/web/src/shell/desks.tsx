import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckCircleOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FireOutlined,
  HomeOutlined,
  IdcardOutlined,
  ImportOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShareAltOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Permission } from '@claimline/domain/access';
import type { ReactNode } from 'react';
import type { Me } from '../api/types.ts';

export type Desk = {
  key: string;
  path: string;
  permission: Permission;
  labelKey:
    | 'home'
    | 'cases'
    | 'newCase'
    | 'claimIntake'
    | 'claimDesk'
    | 'claimApprovals'
    | 'claimChecklists'
    | 'serviceDocuments'
    | 'myDeadlines'
    | 'calendars'
    | 'audit'
    | 'calls'
    | 'scripts'
    | 'qa'
    | 'complaints'
    | 'complaintApprovals'
    | 'policyImport'
    | 'claimRules'
    | 'majorInbox'
    | 'complaintRules'
    | 'handover'
    | 'knowledge'
    | 'tasks'
    | 'dutyPlan'
    | 'myShifts'
    | 'usersAdmin'
    | 'dataSharing'
    | 'assessment'
    | 'training'
    | 'frontDesk'
    | 'catastrophes'
    | 'customers'
    | 'fraudGraph'
    | 'serviceAnalytics'
    | 'fraud';
  icon: ReactNode;
};

/** Each desk of the side menu and the permission that opens it; a role sees only the desks it may use. */
export const DESKS: readonly Desk[] = [
  // Issue #17: first, so it is where a role with KPIs lands after login.
  { key: 'home', path: '/home', permission: 'kpi.read', labelKey: 'home', icon: <HomeOutlined /> },
  { key: 'cases', path: '/cases', permission: 'case.read', labelKey: 'cases', icon: <ProfileOutlined /> },
  {
    key: 'newCase',
    path: '/cases/new',
    permission: 'case.create',
    labelKey: 'newCase',
    icon: <FileAddOutlined />,
  },
  {
    key: 'claimIntake',
    path: '/claim-reports/new',
    permission: 'case.create',
    labelKey: 'claimIntake',
    icon: <AlertOutlined />,
  },
  {
    key: 'claimDesk',
    path: '/claim-applications',
    permission: 'case.create',
    labelKey: 'claimDesk',
    icon: <FileDoneOutlined />,
  },
  // Issue #14: claim decisions above their handler's authority, for team leads and above (核决权限).
  {
    key: 'claimApprovals',
    path: '/claim-applications/approvals',
    permission: 'case.supervise',
    labelKey: 'claimApprovals',
    icon: <CheckSquareOutlined />,
  },
  // Issue #14: head office's inbox of the major cases branches report to it (seed 003 重大案件).
  {
    key: 'majorInbox',
    path: '/major-cases',
    permission: 'majorCase.review',
    labelKey: 'majorInbox',
    icon: <FireOutlined />,
  },
  {
    key: 'myDeadlines',
    path: '/deadlines',
    permission: 'case.read',
    labelKey: 'myDeadlines',
    icon: <FieldTimeOutlined />,
  },
  // C8 (issue #5)
  // Issue 15: one person's records by phone or ID number (sent in the body).
  {
    key: 'customers',
    path: '/customers',
    permission: 'case.read',
    labelKey: 'customers',
    icon: <IdcardOutlined />,
  },
  {
    key: 'calls',
    path: '/calls',
    permission: 'call.read',
    labelKey: 'calls',
    icon: <CustomerServiceOutlined />,
  },
  {
    key: 'scripts',
    path: '/scripts',
    permission: 'script.read',
    labelKey: 'scripts',
    icon: <ReadOutlined />,
  },
  { key: 'qa', path: '/qa', permission: 'qa.review', labelKey: 'qa', icon: <FileProtectOutlined /> },
  {
    key: 'complaints',
    path: '/complaints',
    permission: 'case.read',
    labelKey: 'complaints',
    icon: <CommentOutlined />,
  },
  {
    key: 'complaintApprovals',
    path: '/complaints/approvals',
    permission: 'case.supervise',
    labelKey: 'complaintApprovals',
    icon: <CheckSquareOutlined />,
  },
  // Issue #20: the knowledge base (知识库): find an answer, maintain articles, questions to colleagues.
  {
    key: 'knowledge',
    path: '/knowledge',
    permission: 'knowledge.read',
    labelKey: 'knowledge',
    icon: <BookOutlined />,
  },
  // Issue #20 part 4: ad-hoc tasks from the team lead (everyone signed in has a task list).
  { key: 'tasks', path: '/tasks', permission: 'case.read', labelKey: 'tasks', icon: <CheckCircleOutlined /> },
  // Issue #16: the two-party shift hand-over, presence and equipment faults (seed 000 第九条–第十一条).
  {
    key: 'handover',
    path: '/handover',
    permission: 'handover.work',
    labelKey: 'handover',
    icon: <SwapOutlined />,
  },
  // Issue #16: the duty roster (seed 000 第一条 客户服务管理岗 draws it up; everyone on the line reads theirs).
  {
    key: 'dutyPlan',
    path: '/duty/plan',
    permission: 'duty.plan',
    labelKey: 'dutyPlan',
    icon: <ScheduleOutlined />,
  },
  {
    key: 'myShifts',
    path: '/duty/my-shifts',
    permission: 'duty.read',
    labelKey: 'myShifts',
    icon: <DashboardOutlined />,
  },
  // Issue #18 part 2: ask another department for its data; its manager decides (seed 002 §七(四)2).
  {
    key: 'dataSharing',
    path: '/data-sharing',
    permission: 'dataShare.request',
    labelKey: 'dataSharing',
    icon: <ShareAltOutlined />,
  },
  // Issue #17 parts 4–5 (seed 002 §四–§五): assessments and training.
  {
    key: 'assessment',
    path: '/assessment',
    permission: 'assessment.read',
    labelKey: 'assessment',
    icon: <TrophyOutlined />,
  },
  {
    key: 'training',
    path: '/training',
    permission: 'training.read',
    labelKey: 'training',
    icon: <BookOutlined />,
  },
  // Issue #15 part 1 (seed 004 §二): the walk-in counter.
  {
    key: 'frontDesk',
    path: '/front-desk',
    permission: 'visit.work',
    labelKey: 'frontDesk',
    icon: <SolutionOutlined />,
  },
  // Issue #19 part 5: typhoon mode; the claim-report board by event, and head office's declarations.
  {
    key: 'catastrophes',
    path: '/catastrophes',
    permission: 'case.read',
    labelKey: 'catastrophes',
    icon: <ThunderboltOutlined />,
  },
  // Issue 22 parts 2 and 6 (seed 004 四.9–10): the link graph and the service analytics.
  {
    key: 'fraudGraph',
    path: '/fraud-graph',
    permission: 'fraudGraph.read',
    labelKey: 'fraudGraph',
    icon: <ApartmentOutlined />,
  },
  {
    key: 'serviceAnalytics',
    path: '/analytics',
    permission: 'analytics.read',
    labelKey: 'serviceAnalytics',
    icon: <BarChartOutlined />,
  },
  // Issue #22 (seed 004 §四.10): the investigation queue and file; signal settings for head office.
  {
    key: 'fraud',
    path: '/fraud',
    permission: 'fraud.investigate',
    labelKey: 'fraud',
    icon: <SafetyCertificateOutlined />,
  },
  { key: 'audit', path: '/audit', permission: 'audit.read', labelKey: 'audit', icon: <AuditOutlined /> },
  {
    key: 'calendars',
    path: '/calendars',
    permission: 'calendar.manage',
    labelKey: 'calendars',
    icon: <CalendarOutlined />,
  },
  {
    key: 'policyImport',
    path: '/policy-imports',
    permission: 'policy.import',
    labelKey: 'policyImport',
    icon: <ImportOutlined />,
  },
  {
    key: 'claimRules',
    path: '/claim-rules',
    permission: 'claimRules.manage',
    labelKey: 'claimRules',
    icon: <SettingOutlined />,
  },
  {
    key: 'claimChecklists',
    path: '/claim-applications/checklists',
    permission: 'claimRules.manage',
    labelKey: 'claimChecklists',
    icon: <OrderedListOutlined />,
  },
  // Issue 15: the documents to bring for a surrender or endorsement (head office, like the claim checklists).
  {
    key: 'serviceDocuments',
    path: '/policy-services/documents',
    permission: 'claimRules.manage',
    labelKey: 'serviceDocuments',
    icon: <OrderedListOutlined />,
  },
  // Issue #18 part 1: accounts and departments (system and branch administrators).
  {
    key: 'usersAdmin',
    path: '/admin/users',
    permission: 'user.manage',
    labelKey: 'usersAdmin',
    icon: <TeamOutlined />,
  },
  {
    key: 'complaintRules',
    path: '/complaints/admin',
    permission: 'complaintRules.manage',
    labelKey: 'complaintRules',
    icon: <ControlOutlined />,
  },
];

export const desksFor = (me: Me): Desk[] => DESKS.filter((d) => me.permissions.includes(d.permission));

/** Where a user lands after signing in: the first desk they have. */
export const homePath = (me: Me): string => desksFor(me)[0]?.path ?? '/no-desk';

/** The menu entry of a location: the longest desk path that is a prefix of it. */
export const deskKeyOf = (pathname: string): string | undefined => {
  const matches = DESKS.filter((d) => pathname === d.path || pathname.startsWith(`${d.path}/`));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
};
