import type { ComplaintEvent, ComplaintState } from '@claimline/domain/complaints';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Channel, Deadline, TimelineEvent } from '../api/types.ts';

// One list of states, events and classes, shared with the server (the server is still the judge of moves).
export {
  CLOCK_STOP_REASONS,
  COMPLAINT_CATEGORIES as CATEGORIES,
  COMPLAINT_EVENTS,
  COMPLAINT_STATES,
  COMPLEXITIES,
  type ComplaintEvent,
  type ComplaintState,
  REVIEW_OUTCOMES,
  URGENCIES,
} from '@claimline/domain/complaints';

export type ComplaintMove = {
  event: ComplaintEvent;
  label: { zh: string; en: string };
  allowed: boolean;
  reason: { code: string; zh: string; en: string } | null;
  /** The move's row asks for a note (its input guard), so the dialog makes the field required. */
  noteRequired: boolean;
  /** Refused only because another role makes this move: not shown at all. */
  otherRole: boolean;
};

export type BoardDeadline = {
  kind: string;
  dueAt: string;
  state: Deadline['state'];
  warned: boolean;
  escalationLevel: number;
  calendarNotPublished: boolean;
};

export type BoardItem = {
  id: string;
  number: string;
  subject: string;
  state: ComplaintState;
  source: 'customer' | 'regulator';
  category: string;
  majorReasons: string[];
  urgency: string | null;
  complexity: string | null;
  ownerName: string;
  branchName: string;
  customerName: string | null;
  createdAt: string;
  deadlines: BoardDeadline[];
};

export type Approval = {
  id: string;
  kind: 'extension' | 'decision';
  requiredLevel: string;
  requestedBy: string;
  requestedAt: string;
  amount: number | null;
  stage: number | null;
  note: string | null;
  outcome: 'approved' | 'rejected' | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
};

export type ComplaintDetail = {
  id: string;
  number: string;
  version: number;
  subject: string;
  description: string;
  channel: Channel;
  ownerName: string;
  branchName: string;
  customerName: string | null;
  customerPhoneMasked: string | null;
  createdAt: string;
  deadlines: Deadline[];
  events: (Omit<TimelineEvent, 'type'> & { type: string })[];
  complaint: {
    state: ComplaintState;
    source: 'customer' | 'regulator';
    regulatorRef: string | null;
    product: string;
    policyNo: string | null;
    category: string;
    request: string;
    apologyGiven: boolean;
    committedReplyHours: number | null;
    complainedUser: { id: string; name: string | null } | null;
    majorReasons: string[];
    complainantCount: number;
    representatives: number | null;
    disasterRelated: boolean;
    regulatorDesignated: boolean;
    urgency: string | null;
    complexity: string | null;
    handlerRole: string | null;
    extensionStage: number;
    decision: string | null;
    findings: string | null;
    basis: string | null;
    remedy: string | null;
    remedyAmount: number | null;
    withdrawnAt: string | null;
    withdrawnChannel: string | null;
    informedChannel: string | null;
    callbackScore: number | null;
    callbackComment: string | null;
    reopenCount: number;
    reviewLastDay: string | null;
    review: {
      requestedAt: string;
      channel: string | null;
      request: string | null;
      outcome: 'upheld' | 'changed' | null;
      findings: string | null;
      reviewedAt: string | null;
    } | null;
  };
  /**
   * The moves of the complaint machine from its state, as the server offers them to this person: the button label,
   * whether it is allowed now and, if not, why; the console never decides a move itself.
   */
  moves: ComplaintMove[];
  availableComplaintEvents: ComplaintEvent[];
  canFeedback: boolean;
  nextExtension: {
    stage: number;
    totalDays: number;
    approverLevel: string;
    noticeToComplainant: boolean;
  } | null;
  letterAvailable: boolean;
  approvals: Approval[];
  /** The decision clock stands still (appraisal or mediation, 办法 2020 arts. 18 ¶2, 23). */
  clockStopped: boolean;
  clockStops: {
    id: string;
    reason: string;
    startedAt: string;
    note: string;
    noticeChannel: string | null;
    endedAt: string | null;
    endNote: string | null;
  }[];
};

export type InboxItem = {
  id: string;
  caseId: string;
  number: string;
  subject: string;
  version: number;
  kind: 'extension' | 'decision';
  requiredLevel: string;
  amount: number | null;
  stage: number | null;
  decision: string | null;
  remedy: string | null;
  note: string | null;
  requestedBy: string;
  requestedAt: string;
  branchName: string;
};

export type RoutingProposal = {
  handlerRole: string;
  suggestion: { id: string; ruleId: string | null } | null;
  candidates: {
    id: string;
    name: string;
    role: string;
    openComplaints: number;
    eligible: boolean;
    interested: boolean;
  }[];
};

const keys = {
  all: ['complaints'] as const,
  board: (mine: boolean) => ['complaints', 'board', mine] as const,
  detail: (id: string) => ['complaints', 'detail', id] as const,
  inbox: ['complaints', 'approvals'] as const,
  routing: (id: string) => ['complaints', 'routing', id] as const,
};

export const useBoard = (mine: boolean) =>
  useQuery({
    queryKey: keys.board(mine),
    queryFn: ({ signal }) =>
      api<{ items: BoardItem[] }>('/api/complaints', { query: { mine: mine ? true : undefined }, signal }),
  });

export const useComplaint = (id: string) =>
  useQuery({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => api<ComplaintDetail>(`/api/complaints/${encodeURIComponent(id)}`, { signal }),
  });

export const useApprovalInbox = () =>
  useQuery({
    queryKey: keys.inbox,
    queryFn: ({ signal }) => api<{ items: InboxItem[] }>('/api/complaints/approvals', { signal }),
  });

export const useRouting = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.routing(id),
    queryFn: ({ signal }) =>
      api<RoutingProposal>(`/api/complaints/${encodeURIComponent(id)}/routing`, { signal }),
    enabled,
  });

export type NewComplaint = {
  channel: Channel;
  source: 'customer' | 'regulator';
  regulatorRef?: string;
  subject: string;
  description: string;
  customerName?: string;
  customerPhone: string;
  product: string;
  policyNo?: string;
  category: string;
  request: string;
  apologyGiven: boolean;
  committedReplyHours?: number;
  complainantCount?: number;
  representatives?: number;
  disasterRelated?: boolean;
  regulatorDesignated?: boolean;
};

export const useIntake = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: NewComplaint; key: string }) =>
      api<ComplaintDetail>('/api/complaints', { body: input, headers: { 'Idempotency-Key': key } }),
    onSuccess: (d) => {
      client.setQueryData(keys.detail(d.id), d);
      void client.invalidateQueries({ queryKey: keys.all });
    },
  });
};

/** Every move answers the new detail: store it, let the board and the inbox refetch. */
export const useComplaintChange = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: 'events' | 'feedback'; body: Record<string, unknown> }) =>
      api<ComplaintDetail>(`/api/complaints/${encodeURIComponent(id)}/${path}`, { body }),
    onSuccess: (d) => {
      client.setQueryData(keys.detail(id), d);
      void client.invalidateQueries({ queryKey: ['complaints', 'board'] });
      void client.invalidateQueries({ queryKey: keys.inbox });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
};

export const complaintKeys = keys;
