import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';

export type TrainingPlan = Answers['TrainingPlan'];
export type TrainingSession = Answers['TrainingSession'];
export type TrainingCertificate = Answers['TrainingCertificate'];

const key = ['training'] as const;

export const usePlans = () =>
  useQuery({
    queryKey: [...key, 'plans'],
    queryFn: ({ signal }) => api<{ items: TrainingPlan[] }>('/api/training/plans', { signal }),
  });
export const useSessions = () =>
  useQuery({
    queryKey: [...key, 'sessions'],
    queryFn: ({ signal }) => api<{ items: TrainingSession[] }>('/api/training/sessions', { signal }),
  });
export const useCertificates = (soon: boolean) =>
  useQuery({
    queryKey: [...key, 'certificates', soon],
    queryFn: ({ signal }) =>
      api<{ items: TrainingCertificate[]; passMark: number }>('/api/training/certificates', {
        query: soon ? { expiringSoon: 'true' } : {},
        signal,
      }),
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key });
};

export const useCreatePlan = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { year: number; title: string; goals: string; content: string; schedule: string }) =>
      api<TrainingPlan>('/api/training/plans', { body }),
    onSuccess: refresh,
  });
};
export const useCreateSession = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { topic: string; title: string; day: string; place?: string; trainer?: string }) =>
      api<TrainingSession>('/api/training/sessions', { body }),
    onSuccess: refresh,
  });
};
export const useRecordAttendance = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      records: { userId: string; attended: boolean; examScore: number | null }[];
    }) =>
      api<TrainingSession>(`/api/training/sessions/${encodeURIComponent(id)}/attendance`, {
        method: 'PUT',
        body,
      }),
    onSuccess: refresh,
  });
};
