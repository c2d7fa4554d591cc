import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';

export type Catastrophe = Answers['Catastrophe'];
export type CatastropheReport = Answers['CatastropheReport'];
/** Kept fresh by the live stream: `catastrophe` and `claimReport` changes invalidate this key (api/live.ts). */
export const catastrophesKey = ['catastrophes'] as const;

export const useCatastrophes = () =>
  useQuery({
    queryKey: [...catastrophesKey, 'list'],
    queryFn: ({ signal }) => api<Answers['Catastrophes']>('/api/catastrophes', { signal }),
  });

export const useCatastrophesInForce = (enabled = true) =>
  useQuery({
    queryKey: [...catastrophesKey, 'in-force'],
    queryFn: ({ signal }) => api<Answers['Catastrophes']>('/api/catastrophes/in-force', { signal }),
    enabled,
  });

export const useCatastropheReports = (id: string | null) =>
  useQuery({
    queryKey: [...catastrophesKey, 'reports', id],
    queryFn: ({ signal }) =>
      api<Answers['CatastropheReports']>(`/api/catastrophes/${id}/reports`, { signal }),
    enabled: id !== null,
  });

export const useDeclare = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/catastrophes', 'post'>) =>
      api<Catastrophe>('/api/catastrophes', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: catastrophesKey }),
  });
};

export const useMoveCatastrophe = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<'/api/catastrophes/{id}/events', 'post'> }) =>
      api<Catastrophe>(`/api/catastrophes/${id}/events`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: catastrophesKey }),
  });
};

export const useCompleteReport = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id: string;
      body: Body<'/api/catastrophes/{id}/reports/complete', 'post'>;
    }) => api<CatastropheReport>(`/api/catastrophes/${id}/reports/complete`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: catastrophesKey }),
  });
};

/** One key per opened form: a retried submission replays the first answer instead of registering twice. */
export const useQuickReport = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
      idempotencyKey = newIdempotencyKey(),
    }: {
      id: string;
      body: Body<'/api/catastrophes/{id}/reports', 'post'>;
      idempotencyKey?: string;
    }) =>
      api<CatastropheReport>(`/api/catastrophes/${id}/reports`, {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: catastrophesKey });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
};
