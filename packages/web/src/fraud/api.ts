import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';

export type FraudScore = Answers['FraudScore'];
export type FraudQueue = Answers['FraudQueue'];
export type FraudInvestigation = Answers['FraudInvestigation'];
export type FraudSettings = Answers['FraudSettings'];
export type QueueFilter = 'open' | 'queued' | 'mine' | 'awaitingApproval' | 'closed';
export type FraudMove = {
  event: string;
  version?: number;
  assigneeId?: string;
  outcome?: 'confirmed' | 'cleared' | 'inconclusive';
  note?: string;
};

const key = ['fraud'] as const;

export const useFraudQueue = (state: QueueFilter) =>
  useQuery({
    queryKey: [...key, 'queue', state],
    queryFn: ({ signal }) => api<FraudQueue>('/api/fraud/investigations', { query: { state }, signal }),
  });

export const useInvestigation = (id: string | null) =>
  useQuery({
    queryKey: [...key, 'one', id],
    enabled: id !== null,
    queryFn: ({ signal }) =>
      api<FraudInvestigation>(`/api/fraud/investigations/${encodeURIComponent(id ?? '')}`, { signal }),
  });

export const useCaseScore = (caseId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'score', caseId],
    enabled,
    queryFn: ({ signal }) =>
      api<FraudScore>(`/api/fraud/cases/${encodeURIComponent(caseId)}/score`, { signal }),
  });

export const useFraudSettings = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'settings'],
    enabled,
    queryFn: ({ signal }) => api<FraudSettings>('/api/fraud/settings', { signal }),
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key });
};

export const useFraudMove = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: FraudMove & { id: string }) =>
      api<FraudInvestigation>(`/api/fraud/investigations/${encodeURIComponent(id)}/moves`, { body }),
    onSuccess: refresh,
  });
};

export const useAddEvidence = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; note: string; documentRef?: string }) =>
      api<FraudInvestigation>(`/api/fraud/investigations/${encodeURIComponent(id)}/evidence`, { body }),
    onSuccess: refresh,
  });
};

export const useSaveFraudSettings = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { baseVersion: number; note: string; settings: FraudSettings['settings'] }) =>
      api<FraudSettings>('/api/fraud/settings', { method: 'PUT', body }),
    onSuccess: refresh,
  });
};
