import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

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

export type BoardItem = Answers['BoardItem'];
export type BoardDeadline = BoardItem['deadlines'][number];
export type Approval = Answers['Approval'];
export type ComplaintDetail = Answers['ComplaintDetail'];
export type InboxItem = Answers['InboxItem'];
export type RoutingProposal = Answers['RoutingProposal'];
/** A move as the server offers it to this person (label, allowed or why not, what the dialog must ask). */
export type ComplaintMove = ComplaintDetail['moves'][number];

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
      api<Answer<'/api/complaints', 'get'>>('/api/complaints', {
        query: { mine: mine ? true : undefined },
        signal,
      }),
  });

export const useComplaint = (id: string) =>
  useQuery({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => api<ComplaintDetail>(`/api/complaints/${encodeURIComponent(id)}`, { signal }),
  });

export const useApprovalInbox = () =>
  useQuery({
    queryKey: keys.inbox,
    queryFn: ({ signal }) =>
      api<Answer<'/api/complaints/approvals', 'get'>>('/api/complaints/approvals', { signal }),
  });

export const useRouting = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.routing(id),
    queryFn: ({ signal }) =>
      api<RoutingProposal>(`/api/complaints/${encodeURIComponent(id)}/routing`, { signal }),
    enabled,
  });

export type NewComplaint = Body<'/api/complaints', 'post'>;

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
