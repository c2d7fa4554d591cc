import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';

export type Assessment = Answers['Assessment'];
export type AssessmentTemplate = Answers['AssessmentTemplate'];
export type AssessmentListItem = {
  id: string;
  agentId: string;
  agentName: string;
  periodKind: string;
  periodKey: string;
  state: string;
  stateLabel: { zh: string; en: string };
  total: number | null;
};
export type MoveInput = {
  event: string;
  version: number;
  self?: { strengths: string; weaknesses: string; plan: string };
  qualitative?: Record<string, number>;
  comment?: string;
  reason?: string;
};

const key = ['assessments'] as const;

export const useAssessments = (queue: 'mine' | 'review' | 'signOff' | 'all', enabled = true) =>
  useQuery({
    queryKey: [...key, queue],
    enabled,
    queryFn: ({ signal }) =>
      api<{ items: AssessmentListItem[] }>('/api/assessments', { query: { queue }, signal }),
  });

export const useAssessment = (id: string | null) =>
  useQuery({
    queryKey: [...key, 'one', id],
    enabled: id !== null,
    queryFn: ({ signal }) => api<Assessment>(`/api/assessments/${encodeURIComponent(id ?? '')}`, { signal }),
  });

export const useTemplates = () =>
  useQuery({
    queryKey: [...key, 'templates'],
    queryFn: ({ signal }) => api<{ items: AssessmentTemplate[] }>('/api/assessment-templates', { signal }),
  });

export const useAgents = (enabled: boolean) =>
  useQuery({
    queryKey: ['users', 'agents'],
    enabled,
    queryFn: ({ signal }) =>
      api<{ items: { id: string; displayName: string; username: string }[] }>('/api/users', {
        query: { role: 'agent' },
        signal,
      }),
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key });
};

export const useOpenAssessment = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { agentId: string; periodKind: 'month' | 'quarter'; periodKey: string }) =>
      api<Assessment>('/api/assessments', { body }),
    onSuccess: refresh,
  });
};

export const useAssessmentMove = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: MoveInput & { id: string }) =>
      api<Assessment>(`/api/assessments/${encodeURIComponent(id)}/moves`, { body }),
    onSuccess: refresh,
  });
};

export const useSaveTemplate = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: {
      templateKey?: string;
      periodKind: 'month' | 'quarter';
      nameZh: string;
      nameEn: string;
      items: AssessmentTemplate['items'];
      note?: string;
    }) => api<AssessmentTemplate>('/api/assessment-templates', { body }),
    onSuccess: refresh,
  });
};
