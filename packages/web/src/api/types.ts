/** Shapes of the claimline HTTP API as the console uses them (see the server's route schemas). */

// One source of truth for the enumerations the server validates against.
import type { Role } from '@claimline/domain/access';
import type { CaseEvent, CaseKind, CaseStatus, Channel } from '@claimline/domain/cases';

export { ROLES, type Role } from '@claimline/domain/access';
export {
  CASE_EVENTS,
  CASE_KINDS,
  CASE_STATUSES,
  type CaseEvent,
  type CaseKind,
  type CaseStatus,
  CHANNELS,
  type Channel,
} from '@claimline/domain/cases';

export const CASE_SORTS = ['createdAt', 'number', 'updatedAt', 'status'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value);

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branchId: string;
  branchCode: string;
  branchName: string;
  permissions: string[];
  mustChangePassword: boolean;
};

export type Branch = {
  id: string;
  code: string;
  name: string;
  nameEn?: string | null;
  parentId: string | null;
  path: string;
};

export type UserSummary = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branchId: string;
  branchName: string;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type CaseSummary = {
  id: string;
  number: string;
  kind: CaseKind;
  channel: Channel;
  status: CaseStatus;
  subject: string;
  branchId: string;
  branchName: string;
  ownerId: string;
  ownerName: string;
  customerName: string | null;
  firstContactResolution: boolean | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The most urgent unmet deadline (C7); null when all are met or the kind has none. */
  nextDeadline?: NextDeadline | null;
};

export const DEADLINE_STATES = ['open', 'met', 'breached', 'escalated'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const ESCALATION_STEPS = ['owner', 'teamLead', 'supervisor', 'headOffice'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

export type NextDeadline = {
  kind: string;
  dueAt: string;
  state: DeadlineState;
  warned: boolean;
  calendarNotPublished: boolean;
};

export type Deadline = {
  id: string;
  kind: string;
  ruleId: string;
  ruleSource: string;
  unit: string;
  amount: number;
  startedAt: string;
  dueAt: string;
  warnAt: string | null;
  state: DeadlineState;
  escalationLevel: number;
  escalatedTo: EscalationStep | null;
  warnedAt: string | null;
  breachedAt: string | null;
  metAt: string | null;
  calendarNotPublished: boolean;
  /** A stopped clock: no due time runs while set. */
  pausedAt?: string | null;
};

export type MyDeadline = Deadline & {
  caseId: string;
  caseNumber: string;
  caseSubject: string;
  caseKind: CaseKind;
  caseStatus: CaseStatus;
};

export type AppNotification = {
  id: string;
  kind: 'warn' | 'escalate';
  caseId: string | null;
  caseNumber: string | null;
  deadlineId: string | null;
  escalationLevel: number;
  messageZh: string;
  messageEn: string;
  createdAt: string;
  readAt: string | null;
};

export type TimelineEvent = {
  id: string;
  at: string;
  /** Null for events the system writes (deadline escalations). */
  actorId: string | null;
  actorName: string | null;
  /** A code of TIMELINE_EVENT_TYPES (@claimline/domain/cases); a newer server may send one this console lacks. */
  type: string;
  note: string | null;
  data: unknown;
};

export type PendingTransfer = { toUserId: string; toUserName: string; requestedAt: string };

/** A move the server offers, read off its workflow table: the button's label and, when greyed out, why. */
export type OfferedMove = {
  event: string;
  label: { zh: string; en: string };
  allowed: boolean;
  reason: { code: string; zh: string; en: string } | null;
  /** Refused because of who the person is: only someone else could make it. */
  byRole: boolean;
  /** What the dialog must ask for (the table's input guards). */
  inputs: string[];
};

export type CaseDetail = CaseSummary & {
  description: string;
  customerPhoneMasked: string | null;
  pendingTransfer: PendingTransfer | null;
  availableEvents: string[];
  /** The hand-over moves (request, accept, decline, cancel) this person is offered now. */
  transferMoves: OfferedMove[];
  canTransfer?: boolean;
  canAcceptTransfer: boolean;
  canCancelTransfer?: boolean;
  deadlines?: Deadline[];
  events: TimelineEvent[];
};

export type CaseQuery = {
  kind?: CaseKind;
  status?: CaseStatus;
  channel?: Channel;
  q?: string;
  mine?: boolean;
  page: number;
  pageSize: number;
  sort: CaseSort;
  order: SortOrder;
};

export type NewCase = {
  kind: CaseKind;
  channel: Channel;
  subject: string;
  description: string;
  customerName?: string;
  customerPhone?: string;
};

export type CaseEventInput = {
  event: CaseEvent;
  version: number;
  note?: string;
  firstContactResolution?: boolean;
  /** C8 guard: reason to send a reply that contains a forbidden phrase. */
  overrideReason?: string | undefined;
};

export type AuditEntry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  requestId: string | null;
  details: unknown;
};

export type AuditQuery = {
  page: number;
  pageSize: number;
  action?: string;
  actorId?: string;
  objectId?: string;
};

export type AuditVerification = { ok: boolean; checked: number; firstBrokenId: string | null };

export type CalendarDayType = 'holiday' | 'makeUpWorkday' | 'closed' | 'open';

export type CalendarSummary = {
  id: string;
  name: string;
  kind: 'national' | 'branch';
  branchId: string | null;
  branchName: string | null;
  baseCalendarId: string | null;
  workingHours: unknown;
  weekendDays: number[];
  publishedYears: number[];
  needsNextYearNotice: boolean;
  editable: boolean;
  version: number;
  updatedAt: string;
};

export type CalendarDayEntry = { day: string; type: CalendarDayType; name: string };

export type CalendarYear = {
  calendar: CalendarSummary;
  year: number;
  days: CalendarDayEntry[];
  baseDays: CalendarDayEntry[];
};

export type NoticeDay = { date: string; type: 'holiday' | 'makeUpWorkday'; name: string };

export type CalendarDiff = {
  years: number[];
  added: NoticeDay[];
  removed: NoticeDay[];
  changedType: { date: string; from: string; to: string; name: string }[];
  renamed: { date: string; from: string; to: string }[];
  unchanged: number;
  version: number;
};
