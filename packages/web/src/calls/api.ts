import type { ItemResult, Scorecard, Turn } from '@claimline/domain/qa';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { SilentLogInput } from '../scripts/silent-call-panel.tsx';

export type CallSummary = {
  id: string;
  callId: string;
  direction: 'inbound' | 'outbound';
  callerMasked: string | null;
  queue: string | null;
  agentName: string | null;
  agentNo: string | null;
  state: 'ringing' | 'answered' | 'ended';
  ringStartedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  hungUpBy: 'customer' | 'agent' | 'system' | null;
  rings: number | null;
  answeredWithinRings: boolean | null;
  simulated: boolean;
  score: number | null;
  hitCount: number | null;
  reviewed: boolean;
  caseCount: number;
};

export type CallDetail = Omit<
  CallSummary,
  'agentName' | 'agentNo' | 'score' | 'hitCount' | 'reviewed' | 'caseCount'
> & {
  lineName: string;
  agent: { id: string; name: string; agentNo: string | null } | null;
  events: { event: string; at: string; receivedAt: string }[];
  cases: { id: string; number: string; kind: string; status: string; customerName: string | null }[];
  silentLog: SilentLogInput | null;
  silentCheck: {
    followed: boolean;
    problems: {
      kind: 'STEP_MISSING' | 'STEP_ORDER' | 'WAIT_TOO_SHORT' | 'HUNG_UP_EARLY' | 'HANG_UP_MISSING';
      step: number;
    }[];
  } | null;
  transcript: { source: string; uploadedAt: string; turns: Turn[] } | null;
  scorecard: {
    version: number;
    score: number | null;
    autoScore: number | null;
    card: Scorecard;
    autoCard: Scorecard;
    reviewedAt: string | null;
    reviews: { at: string; reviewer: string; scoreBefore: number | null; scoreAfter: number | null }[];
  } | null;
};

export const callsKey = ['calls'] as const;
const callKey = (id: string) => [...callsKey, 'one', id] as const;

export const useCalls = (query: { page: number; pageSize: number; mine?: boolean; agentId?: string }) =>
  useQuery({
    queryKey: [...callsKey, 'list', query],
    queryFn: ({ signal }) =>
      api<{ items: CallSummary[]; total: number }>('/api/calls', {
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

export const useUploadTranscript = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/transcript`,
    (text: string) => ({ text }),
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

export type ReviewInput = {
  version: number;
  overrides: { id: string; result: ItemResult; comment: string }[];
};
export const useReview = (id: string) =>
  useCallChange(
    () => `/api/calls/${encodeURIComponent(id)}/review`,
    (input: ReviewInput) => input,
  );
