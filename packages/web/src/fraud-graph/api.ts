import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

export type FraudRing = Answers['FraudRing'];
export type FraudRingGraph = Answers['FraudRingGraph'];
export type FraudGraphNode = Answers['FraudGraphNode'];

export const useRings = () =>
  useQuery({
    queryKey: ['fraud-graph', 'rings'],
    queryFn: ({ signal }) =>
      api<Answer<'/api/fraud-graph/rings', 'get'>>('/api/fraud-graph/rings', { signal }),
  });

/** Opening a ring is audited on the server: fetched once per opening, never polled. */
export const useRingGraph = (id: string | null) =>
  useQuery({
    queryKey: ['fraud-graph', 'ring', id],
    queryFn: ({ signal }) =>
      api<Answer<'/api/fraud-graph/rings/{id}', 'get'>>(`/api/fraud-graph/rings/${id}`, { signal }),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

export const useRevealNode = (ringId: string) =>
  useMutation({
    mutationFn: (body: Body<'/api/fraud-graph/rings/{id}/reveal', 'post'>) =>
      api<Answer<'/api/fraud-graph/rings/{id}/reveal', 'post'>>(`/api/fraud-graph/rings/${ringId}/reveal`, {
        body,
      }),
  });

export const useRebuild = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<Answer<'/api/fraud-graph/rebuild', 'post'>>('/api/fraud-graph/rebuild', {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['fraud-graph', 'rings'] }),
  });
};
