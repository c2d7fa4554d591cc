/**
 * Shapes of the claimline HTTP API as the console uses them: aliases of schema.gen.ts, which `npm run gen:api`
 * generates from the server's route schemas (so a field the server stops sending fails the console's build).
 */

// One source of truth for the enumerations the server validates against.
import type { CaseKind, CaseStatus, Channel } from '@claimline/domain/cases';
import type { components, paths } from './schema.gen.ts';

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

/** The named answers of the API (components.schemas of docs/openapi.json). */
export type Answers = components['schemas'];

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Method = 'get' | 'post' | 'put' | 'delete';

/** The JSON answer of an operation, e.g. `Answer<'/api/calls/{id}', 'get'>`. */
export type Answer<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends {
  responses: infer R;
}
  ? S extends keyof R
    ? JsonOf<R[S]>
    : never
  : never;

/** The JSON body an operation takes, e.g. `Body<'/api/cases', 'post'>`. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: infer B }
  ? JsonOf<NonNullable<B>>
  : never;

export type Me = Answers['Me'];
export type Branch = Answers['Branch'];
export type UserSummary = Answers['UserSummary'];

/** A row of the case list: the case with its most urgent unmet deadline (C7). */
export type CaseSummary = Answers['CaseListItem'];
export type CasePage = Answers['CasePage'];

export const DEADLINE_STATES = ['open', 'met', 'breached', 'escalated'] as const;
export type DeadlineState = Answers['Deadline']['state'];
export const ESCALATION_STEPS = ['owner', 'teamLead', 'supervisor', 'headOffice'] as const;
export type EscalationStep = NonNullable<Answers['Deadline']['escalatedTo']>;

export type NextDeadline = Answers['NextDeadline'];
export type Deadline = Answers['Deadline'];
export type MyDeadline = Answers['MyDeadline'];
export type AppNotification = Answers['AppNotification'];
export type TimelineEvent = Answers['TimelineEvent'];
export type CaseDetail = Answers['CaseDetail'];
export type PendingTransfer = NonNullable<CaseDetail['pendingTransfer']>;
/** A move as the server offers it: label, allowed or why not (the console never decides a move itself). */
export type OfferedMove = Answers['OfferedMove'];

/** The case list's filters as the console keeps them (the query string carries `mine=true`). */
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

export type NewCase = Body<'/api/cases', 'post'>;
export type CaseEventInput = Body<'/api/cases/{id}/events', 'post'>;

export type AuditEntry = Answers['AuditEntry'];
export type AuditPage = Answers['AuditPage'];

/** The audit filters as the console keeps them. */
export type AuditQuery = {
  page: number;
  pageSize: number;
  action?: string;
  actorId?: string;
  objectId?: string;
};

export type AuditVerification = Answers['AuditVerification'];

export type CalendarDayType = Answers['CalendarDayEntry']['type'];
export type CalendarSummary = Answers['CalendarSummary'];
export type CalendarDayEntry = Answers['CalendarDayEntry'];
export type CalendarYear = Answers['CalendarYear'];
export type NoticeDay = Answers['NoticeDay'];
export type CalendarDiff = Answers['CalendarDiff'];
