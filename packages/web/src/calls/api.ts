import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';
import type { SilentLogInput } from '../scripts/silent-call-panel.tsx';

export type CallSummary = Answers['CallSummary'];
export type CallDetail = Answers['CallDetail'];

export const callsKey = ['calls'] as const;
const callKey = (id: string) => [...callsKey, 'one', id] as const;

export const useCalls = (query: { page: number; pageSize: number; mine?: boolean; agentId?: string }) =>
  useQuery({
    queryKey: [...callsKey, 'list', query],
    queryFn: ({ signal }) =>
      api<Answers['CallPage']>('/api/calls', {
        query: { ...query, mine: query.mine ? 'true' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useCall = (id: string) =>
  useQuery({
    queryKey: callKey(id),
    queryFn: ({ signal }) => api<CallDetail>(`/api/calls/${encodeURIComponent(id)}`, { signal }),
  });

const useCallChange = <I>(
  path: (input: I) => string,
  body: (input: I) => unknown,
  method: 'POST' | 'PUT' = 'POST',
) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => api<CallDetail>(path(input), { method, body: body(input) }),
    onSuccess: (detail) => {
      client.setQueryData(callKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: [...callsKey, 'list'] });
      void client.invalidateQueries({ queryKey: ['qa'] });
    },
  });
};

export const useSimulate = () =>
  useCallChange(
    () => '/api/calls/simulate',
    (scenario: string) => ({ scenario }),
  );

/** Adds a transcript version; a reviewer's correction carries its reason (issue #17 part 7). */
export const useUploadTranscript = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/transcript`,
    (input: { text: string; reason?: string | undefined }) => input,
    'PUT',
  );

export const useLinkCase = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/cases`,
    (caseId: string) => ({ caseId }),
  );

export const useLogSilent = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/silent-protocol`,
    (log: SilentLogInput) => log,
  );

export type ReviewInput = Body<'/api/calls/{id}/review', 'post'>;
export const useReview = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/review`,
    (input: ReviewInput) => input,
  );
